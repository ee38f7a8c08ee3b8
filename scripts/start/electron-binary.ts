// Whether Electron's binary was downloaded: `require('electron')` returns its path in plain Node,
// and throws "Electron failed to install correctly" when the download never happened.
import { accessSync, constants, statSync } from 'node:fs'
import { createRequire } from 'node:module'

export function electronBinaryPath(resolveElectron: () => unknown = () => createRequire(import.meta.url)('electron')): string | null {
  let path: unknown
  try {
    path = resolveElectron()
  } catch {
    return null
  }
  if (typeof path !== 'string' || path === '') return null
  try {
    if (!statSync(path).isFile()) return null
    accessSync(path, constants.X_OK)
    return path
  } catch {
    return null
  }
}

export const ELECTRON_MISSING_NOTICE = '未安装 Electron 运行文件（安装时无法联网下载），改用浏览器打开本应用。'
