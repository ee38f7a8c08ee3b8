// The decisions behind Electron's lifecycle events, as plain functions: which document the command
// line or the OS asks to open, when to ask before closing, how a second instance hands over.
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import type { Session } from './ipc/session'

/**
 * The document in a command line: `预算公开编制助手.exe D:\\报表\\2026.ysgk.json` (double-click),
 * `electron . 2026.ysgk.json` (development), a `file://` URL (some Linux file managers), or what a
 * second instance received (Chromium adds `--switches` there). The last `.json` or `.ysgk` argument
 * wins (`.ysgk` is the extension Windows can associate: electron-builder.yml fileAssociations).
 */
export function documentPathFromArgv(argv: readonly string[], cwd: string, paths: path.PlatformPath = path): string | null {
  for (let i = argv.length - 1; i >= 1; i--) {
    const arg = argv[i]
    if (typeof arg !== 'string' || arg === '' || arg.startsWith('-')) continue
    let file = arg
    if (/^file:\/\//i.test(arg)) {
      try {
        file = fileURLToPath(arg)
      } catch {
        continue
      }
    }
    if (!/\.(json|ysgk)$/i.test(file)) continue
    return paths.isAbsolute(file) ? file : paths.resolve(cwd, file)
  }
  return null
}

/**
 * A document to open, from argv, `open-file` (macOS) or `second-instance`. It waits in the session
 * until the renderer takes it (`document:takePending`); a loaded renderer is told to take it now.
 */
export function queueOpen(session: Session, path: string | null, notify: (() => void) | null): boolean {
  if (!path) return false
  session.pendingOpenPath = path
  notify?.()
  return true
}

/** On the window's `close`: unsaved changes → ask the renderer (which calls `app:closeConfirmed`). */
export function closeDecision(session: Pick<Session, 'dirty'>): 'close' | 'ask' {
  return session.dirty ? 'ask' : 'close'
}

export interface FocusableWindow {
  isMinimized(): boolean
  restore(): void
  show(): void
  focus(): void
}

/** A second launch (e.g. a double-clicked file) brings the existing window forward. */
export function bringToFront(win: FocusableWindow | null): void {
  if (!win) return
  if (win.isMinimized()) win.restore()
  win.show()
  win.focus()
}
