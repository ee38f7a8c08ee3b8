// `npm start`: the desktop app when Electron's binary is installed (build, then launch); otherwise
// one line saying so and the same app in the system browser through the local web host.
import { spawn } from 'node:child_process'
import { buildElectron } from './build/electron'
import { buildRenderer, rendererNeedsBuild } from './build/renderer'
import { ELECTRON_MISSING_NOTICE, electronBinaryPath } from './start/electron-binary'
import { closeOnSignals, repoRootFrom, runWeb } from './web/run-web'

const root = repoRootFrom(import.meta.dirname)
const args = process.argv.slice(2)
const electron = electronBinaryPath()

if (electron) {
  if (rendererNeedsBuild(root)) await buildRenderer(root)
  await buildElectron(root)
  const env = { ...process.env }
  delete env['ELECTRON_RUN_AS_NODE']
  const child = spawn(electron, ['.', ...args], { cwd: root, stdio: 'inherit', env })
  child.on('exit', (code) => process.exit(code ?? 0))
} else {
  process.stderr.write(`${ELECTRON_MISSING_NOTICE}\n`)
  const result = await runWeb(args, root)
  if (typeof result === 'number') process.exit(result)
  closeOnSignals(result)
}
