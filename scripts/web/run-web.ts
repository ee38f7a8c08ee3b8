// Web mode: build the renderer if needed, start the local web host, print its URL (with the token)
// as the FIRST line of stdout so scripts can drive it, and open the system browser unless --no-open.
import { homedir } from 'node:os'
import { join } from 'node:path'
import { defaultAppDataDir, rendererDirFor } from '../../electron/main/paths'
import { startWebHost, type WebHost } from '../../electron/main/web-host'
import { buildRenderer, rendererBuilt, rendererNeedsBuild, rendererSourcePresent } from '../build/renderer'
import { parseWebArgs } from './args'
import { openInBrowser } from './open-browser'

export interface WebIo {
  out(line: string): void
  err(line: string): void
}

export const processIo: WebIo = { out: (l) => process.stdout.write(`${l}\n`), err: (l) => process.stderr.write(`${l}\n`) }

/** Returns the running host, or an exit code when it could not start. */
export async function runWeb(argv: readonly string[], root: string, io: WebIo = processIo): Promise<WebHost | number> {
  const parsed = parseWebArgs(argv)
  if (!parsed.ok) {
    io.err(parsed.message)
    return 2
  }
  const { args } = parsed
  let staticDir = args.staticDir
  if (!staticDir) {
    staticDir = rendererDirFor(root)
    if (!rendererSourcePresent(root)) {
      io.err('提示：界面源文件（renderer/index.html）尚不存在，浏览器中将显示提示页。')
    } else if (rendererNeedsBuild(root)) {
      io.err('正在构建界面，请稍候…')
      try {
        await buildRenderer(root)
      } catch (e) {
        io.err(`界面构建失败：${e instanceof Error ? e.message : String(e)}`)
        if (!rendererBuilt(root)) return 1
        io.err('将使用上次构建的界面。')
      }
    }
  }
  let host: WebHost
  try {
    host = await startWebHost({ port: args.port, host: '127.0.0.1', workspace: args.workspace, appDataDir: defaultAppDataDir(process.platform, process.env, homedir()), staticDir })
  } catch (e) {
    const code = (e as { code?: string }).code
    io.err(code === 'EADDRINUSE' ? `端口 ${args.port} 已被占用，请换一个端口（或用 --port 0 自动选择）` : `无法启动本地服务：${e instanceof Error ? e.message : String(e)}`)
    return 1
  }
  io.out(host.url)
  io.out(`预算公开编制助手已在本机启动（浏览器模式）。工作文件夹：${args.workspace}。按 Ctrl+C 退出。`)
  if (args.open) openInBrowser(host.url, io.err)
  return host
}

/** Closes the host on Ctrl+C or termination. */
export function closeOnSignals(host: WebHost): void {
  const stop = () => {
    void host.close().finally(() => process.exit(0))
  }
  process.once('SIGINT', stop)
  process.once('SIGTERM', stop)
}

export const repoRootFrom = (scriptDir: string) => join(scriptDir, '..')
