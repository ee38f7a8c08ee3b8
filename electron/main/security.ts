// The security baseline of architecture rule 15, in one file, asserted by security.test.ts:
// sandboxed renderer with context isolation and no Node, a strict CSP, no navigation away from the
// app, no new windows, every permission request denied, and the fuses flipped in packaged builds.
import type { WebPreferences } from 'electron'

/** The app's pages are served from this origin by a privileged custom protocol (index.ts). */
export const APP_SCHEME = 'app'
export const APP_HOST = 'bundle'
export const APP_ORIGIN = `${APP_SCHEME}://${APP_HOST}`
export const APP_ENTRY_URL = `${APP_ORIGIN}/index.html`

// antd injects <style> tags, so styles allow 'unsafe-inline'; scripts stay 'self' only.
// frame-ancestors and form-action have effect only as HTTP headers, which both hosts send.
export const CSP_DIRECTIVES = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data:",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'none'",
  "frame-ancestors 'none'",
] as const
export const CONTENT_SECURITY_POLICY = CSP_DIRECTIVES.join('; ')

/** Headers on every response of the app protocol and the web host. */
export const SECURITY_HEADERS: Readonly<Record<string, string>> = {
  'Content-Security-Policy': CONTENT_SECURITY_POLICY,
  'X-Content-Type-Options': 'nosniff',
  'Referrer-Policy': 'no-referrer',
  'X-Frame-Options': 'DENY',
  'Cross-Origin-Opener-Policy': 'same-origin',
  'Cross-Origin-Resource-Policy': 'same-origin',
}

export function webPreferences(preloadPath: string): WebPreferences {
  return {
    preload: preloadPath,
    sandbox: true,
    contextIsolation: true,
    nodeIntegration: false,
    nodeIntegrationInWorker: false,
    nodeIntegrationInSubFrames: false,
    webviewTag: false,
    webSecurity: true,
    allowRunningInsecureContent: false,
    experimentalFeatures: false,
    navigateOnDragDrop: false,
    safeDialogs: true,
    spellcheck: false,
  }
}

/** Only the app's own pages; everything else (http, file, javascript:, data:) is blocked. */
export function isAllowedNavigation(url: string): boolean {
  let u: URL
  try {
    u = new URL(url)
  } catch {
    return false
  }
  return u.protocol === `${APP_SCHEME}:` && u.host === APP_HOST && u.username === '' && u.password === ''
}

/** `will-navigate` / `will-redirect` / `will-frame-navigate`: cancel anything not allowed. */
export function guardNavigation(event: { preventDefault(): void }, url: string): void {
  if (!isAllowedNavigation(url)) event.preventDefault()
}

/** `will-frame-navigate` (any frame, Electron ≥ 25): the details carry the URL. */
export function guardFrameNavigation(details: { url: string; preventDefault(): void }): void {
  if (!isAllowedNavigation(details.url)) details.preventDefault()
}

/**
 * What the window may load: its own pages, inline `data:`/`blob:` content and DevTools. http(s),
 * file, ftp and ws requests are cancelled in main (`session.webRequest.onBeforeRequest`), a second
 * wall behind the CSP: no remote content even if a page slipped past `default-src 'self'`.
 */
export function isAllowedRequest(url: string): boolean {
  let u: URL
  try {
    u = new URL(url)
  } catch {
    return false
  }
  if (u.protocol === `${APP_SCHEME}:`) return u.host === APP_HOST && u.username === '' && u.password === ''
  return u.protocol === 'data:' || u.protocol === 'blob:' || u.protocol === 'devtools:'
}

/** `session.webRequest.onBeforeRequest`. */
export function guardRequest(details: { url: string }, callback: (response: { cancel: boolean }) => void): void {
  callback({ cancel: !isAllowedRequest(details.url) })
}

/** `setWindowOpenHandler`: the app never opens a second window. */
export function denyWindowOpen(): { action: 'deny' } {
  return { action: 'deny' }
}

/** `setPermissionRequestHandler`: camera, notifications, geolocation, clipboard-read… all denied. */
export function denyPermissionRequest(_webContents: unknown, _permission: string, callback: (granted: boolean) => void): void {
  callback(false)
}

/** `setPermissionCheckHandler`. */
export function denyPermissionCheck(): boolean {
  return false
}

/** `will-attach-webview`: no webviews, even if the tag were re-enabled. */
export function preventWebview(event: { preventDefault(): void }): void {
  event.preventDefault()
}

/**
 * Electron fuses for packaged builds (applied with @electron/fuses in electron-builder's afterPack;
 * names are FuseV1Options keys): no ELECTRON_RUN_AS_NODE, no NODE_OPTIONS, no --inspect.
 */
export const FUSES = {
  RunAsNode: false,
  EnableNodeOptionsEnvironmentVariable: false,
  EnableNodeCliInspectArguments: false,
  EnableCookieEncryption: true,
  EnableEmbeddedAsarIntegrityValidation: true,
  OnlyLoadAppFromAsar: true,
  GrantFileProtocolExtraPrivileges: false,
} as const
