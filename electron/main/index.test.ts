// The Electron glue, run against a fake `electron` module (the real binary cannot run here): it
// must wire the tested pieces — privileged scheme, hardened window, deny-all handlers, sender-checked
// IPC, menu, close handshake — and nothing may bypass them.
import { existsSync, mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import { afterAll, describe, expect, it, vi } from 'vitest'
import { WINDOW_STATE_FILE } from './window-state'

const fake = vi.hoisted(() => {
  type Fn = (...args: unknown[]) => unknown
  const appListeners = new Map<string, Fn>()
  const windows: Array<{ options: Record<string, unknown>; listeners: Map<string, Fn>; webContents: Record<string, unknown>; loadURL: ReturnType<typeof vi.fn> }> = []
  class BrowserWindow {
    options: Record<string, unknown>
    listeners = new Map<string, Fn>()
    webContents = { send: vi.fn(), on: vi.fn(), toggleDevTools: vi.fn(), mainFrame: { url: 'app://bundle/index.html' } }
    loadURL = vi.fn(async () => undefined)
    constructor(options: Record<string, unknown>) {
      this.options = options
      windows.push(this)
    }
    on(event: string, fn: Fn) {
      this.listeners.set(event, fn)
      return this
    }
    once(event: string, fn: Fn) {
      return this.on(event, fn)
    }
    isDestroyed = () => false
    maximize = vi.fn()
    show = vi.fn()
    close = vi.fn()
    isMaximized = () => false
    getNormalBounds = () => ({ x: 0, y: 0, width: 1280, height: 860 })
  }
  return {
    appListeners,
    windows,
    BrowserWindow,
    ipcHandle: vi.fn(),
    registerSchemes: vi.fn(),
    protocolHandle: vi.fn(),
    setMenu: vi.fn(),
    permissionRequest: vi.fn(),
    permissionCheck: vi.fn(),
    beforeRequest: vi.fn(),
    enableSandbox: vi.fn(),
    userData: '',
  }
})

vi.mock('electron', () => ({
  app: {
    on: (event: string, fn: (...args: unknown[]) => unknown) => fake.appListeners.set(event, fn),
    requestSingleInstanceLock: () => true,
    whenReady: () => Promise.resolve(),
    getAppPath: () => resolve(__dirname, '..', '..'),
    getPath: (name: string) => join(fake.userData, name),
    getVersion: () => '0.1.0',
    isPackaged: false,
    quit: vi.fn(),
    enableSandbox: fake.enableSandbox,
  },
  BrowserWindow: fake.BrowserWindow,
  dialog: { showOpenDialog: vi.fn(), showSaveDialog: vi.fn(), showErrorBox: vi.fn() },
  ipcMain: { handle: fake.ipcHandle },
  Menu: { setApplicationMenu: fake.setMenu, buildFromTemplate: (t: unknown) => t },
  protocol: { registerSchemesAsPrivileged: fake.registerSchemes, handle: fake.protocolHandle },
  screen: { getAllDisplays: () => [{ workArea: { x: 0, y: 0, width: 1920, height: 1080 } }] },
  session: { defaultSession: { setPermissionRequestHandler: fake.permissionRequest, setPermissionCheckHandler: fake.permissionCheck, webRequest: { onBeforeRequest: fake.beforeRequest } } },
  shell: { openPath: vi.fn(async () => '') },
}))

fake.userData = mkdtempSync(join(tmpdir(), 'electron-glue-'))
await import('./index')
await vi.waitFor(() => expect(fake.windows).toHaveLength(1))
const win = fake.windows[0]!
const call = fake.ipcHandle.mock.calls[0]?.[1] as (event: unknown, method: unknown, payload: unknown) => Promise<{ ok: boolean; error?: { code: string } }>
const ownEvent = { sender: win.webContents, senderFrame: win.webContents['mainFrame'] }
afterAll(() => rmSync(fake.userData, { recursive: true, force: true, maxRetries: 5 }))

describe('Electron glue (index.ts)', () => {
  it('sandboxes every renderer, registers the app scheme as privileged and serves it with the CSP', async () => {
    expect(fake.enableSandbox).toHaveBeenCalledOnce()
    expect(fake.registerSchemes).toHaveBeenCalledWith([{ scheme: 'app', privileges: { standard: true, secure: true, supportFetchAPI: true } }])
    const serve = fake.protocolHandle.mock.calls[0]?.[1] as (req: { url: string }) => Promise<Response>
    const res = await serve({ url: 'app://bundle/../../package.json' })
    expect(res.status).toBe(404)
    expect(res.headers.get('content-security-policy')).toContain("script-src 'self'")
  })

  it('opens one hardened window on the app origin', () => {
    expect(win.options['webPreferences']).toMatchObject({ sandbox: true, contextIsolation: true, nodeIntegration: false, webviewTag: false })
    expect(String((win.options['webPreferences'] as { preload: string }).preload)).toMatch(/preload[\\/]index\.cjs$/)
    expect(win.loadURL).toHaveBeenCalledWith('app://bundle/index.html')
  })

  it('denies permissions, navigation and new windows for every web contents', () => {
    const granted = vi.fn()
    ;(fake.permissionRequest.mock.calls[0]?.[0] as (w: unknown, p: string, cb: (g: boolean) => void) => void)({}, 'media', granted)
    expect(granted).toHaveBeenCalledWith(false)
    expect((fake.permissionCheck.mock.calls[0]?.[0] as () => boolean)()).toBe(false)
    const handlers = new Map<string, (...a: unknown[]) => unknown>()
    const contents = { on: (e: string, fn: (...a: unknown[]) => unknown) => handlers.set(e, fn), setWindowOpenHandler: vi.fn() }
    fake.appListeners.get('web-contents-created')?.({}, contents)
    const nav = { preventDefault: vi.fn() }
    handlers.get('will-navigate')?.(nav, 'https://evil.example/')
    expect(nav.preventDefault).toHaveBeenCalledOnce()
    expect((contents.setWindowOpenHandler.mock.calls[0]?.[0] as () => unknown)()).toEqual({ action: 'deny' })
    const frame = { url: 'https://evil.example/', preventDefault: vi.fn() }
    handlers.get('will-frame-navigate')?.(frame)
    expect(frame.preventDefault).toHaveBeenCalledOnce()
  })

  it('cancels every request for remote content in main, behind the CSP', () => {
    const guard = fake.beforeRequest.mock.calls[0]?.[0] as (d: { url: string }, cb: (r: { cancel: boolean }) => void) => void
    const answer = (url: string) => {
      let cancel: boolean | undefined
      guard({ url }, (r) => (cancel = r.cancel))
      return cancel
    }
    expect(answer('https://evil.example/x.js')).toBe(true)
    expect(answer('app://bundle/assets/index.js')).toBe(false)
  })

  it('answers IPC only from the window’s own main frame', async () => {
    expect(fake.ipcHandle.mock.calls[0]?.[0]).toBe('budget:call')
    expect(await call(ownEvent, 'app:info', {})).toMatchObject({ ok: true })
    expect(await call({ sender: win.webContents, senderFrame: { url: 'https://evil.example/' } }, 'app:info', {})).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } })
    expect(await call({ sender: {}, senderFrame: win.webContents['mainFrame'] }, 'app:info', {})).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } })
    expect(await call(ownEvent, 'document:new', { budgetYear: 'x' })).toMatchObject({ ok: false, error: { code: 'INVALID_REQUEST' } })
  })

  it('installs the Chinese menu', () => {
    const template = fake.setMenu.mock.calls.at(-1)?.[0] as Array<{ label?: string }>
    expect(template.map((m) => m.label)).toEqual(['文件(&F)', '编辑(&E)', '帮助(&H)'])
  })

  it('asks the renderer before closing with unsaved changes', async () => {
    const close = win.listeners.get('close')!
    const clean = { preventDefault: vi.fn() }
    close(clean)
    expect(clean.preventDefault).not.toHaveBeenCalled()
    // A clean close saves the window's place; the write finishes before the folder is removed.
    await vi.waitFor(() => expect(existsSync(join(fake.userData, 'userData', WINDOW_STATE_FILE))).toBe(true))
    await call(ownEvent, 'app:setDirty', { dirty: true })
    const dirty = { preventDefault: vi.fn() }
    close(dirty)
    expect(dirty.preventDefault).toHaveBeenCalledOnce()
    expect(win.webContents['send']).toHaveBeenCalledWith('app:closeRequested', {})
    await call(ownEvent, 'app:closeConfirmed', {})
    expect((win as unknown as { close: ReturnType<typeof vi.fn> }).close).toHaveBeenCalledOnce()
  })
})
