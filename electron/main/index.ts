// Electron glue, and nothing else: every decision lives in a plain, tested module (security.ts,
// window.ts, window-state.ts, menu.ts, app-lifecycle.ts, app-protocol.ts, ipc/, documents/).
// This file never runs on the build machines (no Electron binary); it must type-check.
import { app, BrowserWindow, dialog, ipcMain, Menu, protocol, screen, session as electronSession, shell, type IpcMainInvokeEvent } from 'electron'
import { join } from 'node:path'
import type { EventName, EventPayload } from '../../core/api/contract'
import { CALL_CHANNEL } from '../preload/channels'
import { bringToFront, closeDecision, documentPathFromArgv, queueOpen } from './app-lifecycle'
import { appProtocolAnswer } from './app-protocol'
import { nodeFs } from './documents/fs-layer'
import { electronPlaces, type NativeDialogs } from './documents/places'
import { recentId } from './documents/recent-files'
import { createSession } from './ipc/session'
import { buildMenuTemplate } from './menu'
import { APP_USER_MODEL_ID, rendererDirFor } from './paths'
import { APP_ENTRY_URL, APP_ORIGIN, APP_SCHEME, denyPermissionCheck, denyPermissionRequest, denyWindowOpen, guardFrameNavigation, guardNavigation, guardRequest, preventWebview } from './security'
import { createMainServices, type MainServices } from './services'
import { windowOptions } from './window'
import { debounce, loadWindowState, saveWindowState, stateFromBounds } from './window-state'

// Every renderer sandboxed, whatever its webPreferences say.
app.enableSandbox()
// The NSIS shortcuts carry the appId as their AppUserModelID; the window must match to share their taskbar button.
if (process.platform === 'win32') app.setAppUserModelId(APP_USER_MODEL_ID)
protocol.registerSchemesAsPrivileged([{ scheme: APP_SCHEME, privileges: { standard: true, secure: true, supportFetchAPI: true } }])

const session = createSession()
let win: BrowserWindow | null = null
let rendererLoaded = false
let services: MainServices | null = null

const send = <E extends EventName>(event: E, payload: EventPayload<E>) => {
  if (win && !win.isDestroyed()) win.webContents.send(event, payload)
}
const notifyPendingOpen = () => (rendererLoaded ? send('document:pendingOpen', {}) : undefined)
const parent = () => (win && !win.isDestroyed() ? win : undefined)

const dialogs: NativeDialogs = {
  async showOpen(o) {
    const options = { title: o.title, filters: o.filters, properties: ['openFile' as const], ...(o.defaultPath ? { defaultPath: o.defaultPath } : {}) }
    const w = parent()
    const r = w ? await dialog.showOpenDialog(w, options) : await dialog.showOpenDialog(options)
    return r.canceled ? null : (r.filePaths[0] ?? null)
  },
  async showSave(o) {
    const w = parent()
    const r = w ? await dialog.showSaveDialog(w, o) : await dialog.showSaveDialog(o)
    return r.canceled || !r.filePath ? null : r.filePath
  },
  async pickFolder(o) {
    const options = { title: o.title, buttonLabel: o.buttonLabel, properties: ['openDirectory' as const, 'createDirectory' as const], ...(o.defaultPath ? { defaultPath: o.defaultPath } : {}) }
    const w = parent()
    const r = w ? await dialog.showOpenDialog(w, options) : await dialog.showOpenDialog(options)
    return r.canceled ? null : (r.filePaths[0] ?? null)
  },
  openPath: (path) => shell.openPath(path),
}

async function rebuildMenu(): Promise<void> {
  if (!services) return
  const { deps } = services
  const recent = (await deps.recent.list()).map((e) => ({ id: recentId(e.path), ...deps.places.refOf(e.path) }))
  const actions = {
    command: (command: EventPayload<'menu:command'>['command'], extra: { recentId?: string; sampleId?: '000' | '001' | '004' } = {}) => send('menu:command', { command, ...extra }),
    clearRecent: () => void deps.recent.clear().then(rebuildMenu),
    quit: () => app.quit(),
    toggleDevTools: () => parent()?.webContents.toggleDevTools(),
  }
  Menu.setApplicationMenu(Menu.buildFromTemplate(buildMenuTemplate({ platform: process.platform, recent, actions, isDev: !app.isPackaged })))
}

async function start(): Promise<void> {
  const appRoot = app.getAppPath()
  const appDataDir = app.getPath('userData')
  const rendererDir = rendererDirFor(appRoot)
  services = await createMainServices({
    mode: 'electron',
    appDataDir,
    appRoot,
    resourcesPath: process.resourcesPath,
    session,
    trust: { appOrigin: APP_ORIGIN },
    places: electronPlaces(dialogs, app.getPath('documents')),
    emit: send,
    closeWindow: () => parent()?.close(),
    onRecentChanged: () => void rebuildMenu(),
    overrides: { appVersion: app.getVersion() },
  })
  const registry = services.registry

  protocol.handle(APP_SCHEME, async (request) => {
    const a = await appProtocolAnswer(request.url, rendererDir)
    return new Response(new Uint8Array(a.body), { status: a.status, headers: a.headers })
  })
  electronSession.defaultSession.setPermissionRequestHandler(denyPermissionRequest)
  electronSession.defaultSession.setPermissionCheckHandler(denyPermissionCheck)
  electronSession.defaultSession.webRequest.onBeforeRequest(guardRequest)
  ipcMain.handle(CALL_CHANNEL, (event: IpcMainInvokeEvent, method: unknown, payload: unknown) =>
    registry.call(method, payload, { kind: 'electron', frameUrl: event.senderFrame?.url ?? '', isMainFrame: !!win && event.sender === win.webContents && event.senderFrame === win.webContents.mainFrame }),
  )
  await rebuildMenu()

  const state = await loadWindowState(nodeFs, appDataDir, screen.getAllDisplays().map((d) => d.workArea))
  const w = new BrowserWindow(windowOptions({ state, preloadPath: join(__dirname, '..', 'preload', 'index.cjs') }))
  win = w
  if (state.maximized) w.maximize()
  w.once('ready-to-show', () => w.show())
  const saveState = debounce(() => {
    if (!w.isDestroyed()) void saveWindowState(nodeFs, appDataDir, stateFromBounds(w.getNormalBounds(), w.isMaximized()))
  }, 500)
  w.on('resize', saveState.trigger)
  w.on('move', saveState.trigger)
  w.on('maximize', saveState.trigger)
  w.on('unmaximize', saveState.trigger)
  w.on('close', (e) => {
    if (closeDecision(session) === 'ask') {
      e.preventDefault()
      send('app:closeRequested', {})
      return
    }
    saveState.flush()
  })
  w.on('closed', () => {
    win = null
  })
  w.webContents.on('did-start-loading', () => {
    rendererLoaded = false
  })
  w.webContents.on('did-finish-load', () => {
    rendererLoaded = true
  })
  await w.loadURL(APP_ENTRY_URL)
}

app.on('web-contents-created', (_e, contents) => {
  contents.on('will-navigate', guardNavigation)
  contents.on('will-redirect', guardNavigation)
  contents.on('will-frame-navigate', guardFrameNavigation)
  contents.on('will-attach-webview', preventWebview)
  contents.setWindowOpenHandler(denyWindowOpen)
})

if (!app.requestSingleInstanceLock()) {
  app.quit()
} else {
  queueOpen(session, documentPathFromArgv(process.argv, process.cwd()), null)
  app.on('second-instance', (_e, argv, cwd) => {
    queueOpen(session, documentPathFromArgv(argv, cwd), notifyPendingOpen)
    bringToFront(win)
  })
  app.on('open-file', (e, path) => {
    e.preventDefault()
    queueOpen(session, path, notifyPendingOpen)
  })
  app.on('window-all-closed', () => app.quit())
  app
    .whenReady()
    .then(start)
    .catch((e: unknown) => {
      dialog.showErrorBox('预算公开编制助手无法启动', e instanceof Error ? e.message : String(e))
      app.quit()
    })
}
