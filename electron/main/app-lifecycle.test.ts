import { join, resolve, win32 } from 'node:path'
import { pathToFileURL } from 'node:url'
import { describe, expect, it, vi } from 'vitest'
import { bringToFront, closeDecision, documentPathFromArgv, queueOpen } from './app-lifecycle'
import { createSession } from './ipc/session'

const cwd = resolve('/home/officer')

describe('documentPathFromArgv', () => {
  it('finds the document a double-click or the command line passes', () => {
    expect(documentPathFromArgv(['C:\\app\\预算公开编制助手.exe', 'D:\\报表\\2026.ysgk.json'], 'C:\\Users\\o', win32)).toBe('D:\\报表\\2026.ysgk.json')
    expect(documentPathFromArgv(['C:\\app\\预算公开编制助手.exe', '2026.ysgk.json'], 'C:\\Users\\o', win32)).toBe('C:\\Users\\o\\2026.ysgk.json')
    expect(documentPathFromArgv(['/opt/app/budget', '/home/o/a.ysgk.json'], cwd)).toBe('/home/o/a.ysgk.json')
    expect(documentPathFromArgv(['electron', '.', 'docs/b.json'], cwd)).toBe(join(cwd, 'docs/b.json'))
    expect(documentPathFromArgv(['electron', 'dist/electron/main/index.cjs', '--inspect=0', 'c.YSGK.JSON'], cwd)).toBe(join(cwd, 'c.YSGK.JSON'))
  })

  it('opens a double-clicked .ysgk file (the extension Windows associates with the app)', () => {
    expect(documentPathFromArgv(['C:\\app\\预算公开编制助手.exe', 'D:\\报表\\2026年预算.ysgk'], 'C:\\Users\\o', win32)).toBe('D:\\报表\\2026年预算.ysgk')
    expect(documentPathFromArgv(['/opt/app/budget', 'a.YSGK'], cwd)).toBe(join(cwd, 'a.YSGK'))
    expect(documentPathFromArgv(['/opt/app/budget', 'a.ysgk.bak'], cwd)).toBeNull()
  })

  it('accepts file:// URLs from Linux file managers', () => {
    const path = resolve('/home/o/预算 2026.ysgk.json')
    expect(documentPathFromArgv(['/opt/app/budget', pathToFileURL(path).href], cwd)).toBe(path)
  })

  it('ignores the executable, switches and non-documents', () => {
    expect(documentPathFromArgv(['/opt/app/budget'], cwd)).toBeNull()
    expect(documentPathFromArgv(['x.json'], cwd)).toBeNull()
    expect(documentPathFromArgv(['/opt/app/budget', '--allow-file-access-from-files', '--original-process-start-time=1', 'readme.txt', ''], cwd)).toBeNull()
    expect(documentPathFromArgv(['/opt/app/budget', '--user-data-dir=/x.json'], cwd)).toBeNull()
  })
})

describe('lifecycle decisions', () => {
  it('queues a document until the renderer takes it, telling a loaded renderer', () => {
    const session = createSession()
    const notify = vi.fn()
    expect(queueOpen(session, null, notify)).toBe(false)
    expect(notify).not.toHaveBeenCalled()
    expect(queueOpen(session, '/a.json', notify)).toBe(true)
    expect(session.pendingOpenPath).toBe('/a.json')
    expect(notify).toHaveBeenCalledOnce()
    expect(queueOpen(session, '/b.json', null)).toBe(true)
    expect(session.pendingOpenPath).toBe('/b.json')
  })

  it('asks before closing only with unsaved changes', () => {
    expect(closeDecision({ dirty: false })).toBe('close')
    expect(closeDecision({ dirty: true })).toBe('ask')
  })

  it('brings a minimised window back for a second instance', () => {
    const w = { isMinimized: vi.fn(() => true), restore: vi.fn(), show: vi.fn(), focus: vi.fn() }
    bringToFront(w)
    expect(w.restore).toHaveBeenCalledOnce()
    expect(w.focus).toHaveBeenCalledOnce()
    expect(() => bringToFront(null)).not.toThrow()
  })
})
