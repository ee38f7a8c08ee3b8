// npm 11 blocks dependency install scripts, so Electron's binary download is attempted here and a
// failure (no internet, blocked mirror) never fails `npm install`: the app then runs in the browser.
import { spawnSync } from 'node:child_process'
import { existsSync } from 'node:fs'
import { join } from 'node:path'

const installer = join(process.cwd(), 'node_modules', 'electron', 'install.js')
if (process.env.ELECTRON_SKIP_BINARY_DOWNLOAD === '1' || !existsSync(installer)) {
  process.exit(0)
}
const result = spawnSync(process.execPath, [installer], { stdio: 'ignore', timeout: 120_000 })
if (result.status !== 0) {
  console.log('提示：未能下载 Electron 运行文件（无网络或被拦截）；`npm start` 将改用浏览器打开本应用，导出可用 `npm run export`。')
}
