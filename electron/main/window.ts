// The one BrowserWindow's options: remembered size, the security baseline's webPreferences, and
// hidden until the first paint (no white flash).
import type { BrowserWindowConstructorOptions } from 'electron'
import { webPreferences } from './security'
import { APP_NAME } from './text/zh-cn'
import { MIN_WINDOW_SIZE, type WindowState } from './window-state'

export interface WindowInput {
  state: WindowState
  preloadPath: string
  iconPath?: string
}

export function windowOptions({ state, preloadPath, iconPath }: WindowInput): BrowserWindowConstructorOptions {
  return {
    title: APP_NAME,
    width: state.width,
    height: state.height,
    ...(state.x !== undefined && state.y !== undefined ? { x: state.x, y: state.y } : { center: true }),
    minWidth: MIN_WINDOW_SIZE.width,
    minHeight: MIN_WINDOW_SIZE.height,
    show: false,
    backgroundColor: '#ffffff',
    ...(iconPath ? { icon: iconPath } : {}),
    webPreferences: webPreferences(preloadPath),
  }
}
