// `npm run web -- [--port <n>] [--no-open] [--workspace <dir>] [--static-dir <dir>]`
import { homedir } from 'node:os'
import { resolve } from 'node:path'
import { parseArgs } from 'node:util'
import { defaultWorkspaceDir } from '../../electron/main/paths'

export interface WebArgs {
  port: number
  open: boolean
  workspace: string
  /** A built renderer elsewhere than dist/renderer (tests, a prebuilt copy); skips building. */
  staticDir?: string
}

export const WEB_USAGE = '用法：npm run web -- [--port <端口>] [--no-open] [--workspace <文件夹>]'

export function parseWebArgs(argv: readonly string[], home: string = homedir(), cwd: string = process.cwd()): { ok: true; args: WebArgs } | { ok: false; message: string } {
  let parsed
  try {
    parsed = parseArgs({
      args: [...argv],
      allowPositionals: false,
      options: { port: { type: 'string' }, 'no-open': { type: 'boolean' }, workspace: { type: 'string' }, 'static-dir': { type: 'string' } },
    })
  } catch (e) {
    return { ok: false, message: `参数有误：${e instanceof Error ? e.message : String(e)}\n${WEB_USAGE}` }
  }
  const v = parsed.values
  const port = v.port === undefined ? 0 : Number(v.port)
  if (!Number.isInteger(port) || port < 0 || port > 65535) return { ok: false, message: `端口应为 0–65535 之间的整数（0 表示自动选择）：${v.port}\n${WEB_USAGE}` }
  return {
    ok: true,
    args: {
      port,
      open: !v['no-open'],
      workspace: v.workspace ? resolve(cwd, v.workspace) : defaultWorkspaceDir(home),
      ...(v['static-dir'] ? { staticDir: resolve(cwd, v['static-dir']) } : {}),
    },
  }
}
