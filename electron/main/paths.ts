// Where things are on disk, as plain functions of the platform, environment and home folder.
import { existsSync, readFileSync } from 'node:fs'
import { dirname, join, resolve } from 'node:path'
import { fileURLToPath } from 'node:url'
import { APP_NAME } from './text/zh-cn'

export const PACKAGE_NAME = 'budget-disclosure-assistant'
/** electron-builder.yml `appId`: Windows groups the running window with the installed shortcut by it. */
export const APP_USER_MODEL_ID = 'local.budget.disclosure-assistant'

/** The folder holding this app's package.json, searching upward from `start`. */
export function findAppRoot(start: string): string | undefined {
  let dir = resolve(start)
  for (;;) {
    const pkg = join(dir, 'package.json')
    if (existsSync(pkg)) {
      try {
        if ((JSON.parse(readFileSync(pkg, 'utf8')) as { name?: string }).name === PACKAGE_NAME) return dir
      } catch {
        // not ours
      }
    }
    const up = dirname(dir)
    if (up === dir) return undefined
    dir = up
  }
}

/** The repository (development, web mode, CLI): found from this file, wherever it was bundled to. */
export function sourceAppRoot(): string {
  const here = typeof __filename === 'string' ? dirname(__filename) : dirname(fileURLToPath(import.meta.url))
  return findAppRoot(here) ?? process.cwd()
}

export function appVersionAt(appRoot: string): string {
  try {
    return (JSON.parse(readFileSync(join(appRoot, 'package.json'), 'utf8')) as { version?: string }).version ?? '0.0.0'
  } catch {
    return '0.0.0'
  }
}

/** The same folder Electron's `app.getPath('userData')` uses, so both modes share recovery and recent files. */
export function defaultAppDataDir(platform: NodeJS.Platform, env: NodeJS.ProcessEnv, home: string): string {
  if (platform === 'win32') return join(env['APPDATA'] ?? join(home, 'AppData', 'Roaming'), APP_NAME)
  if (platform === 'darwin') return join(home, 'Library', 'Application Support', APP_NAME)
  return join(env['XDG_CONFIG_HOME'] ?? join(home, '.config'), APP_NAME)
}

export const DEFAULT_WORKSPACE_NAME = '预算公开文档'

export function defaultWorkspaceDir(home: string): string {
  return join(home, DEFAULT_WORKSPACE_NAME)
}

/** Packaged: beside the templates in resources (electron-builder `extraResources`); else the repository's. */
export function samplesDirFor(appRoot: string, resourcesPath?: string): string {
  if (resourcesPath) {
    const packaged = join(resourcesPath, 'samples')
    if (existsSync(packaged)) return packaged
  }
  return join(appRoot, 'samples')
}

export function rendererDirFor(appRoot: string): string {
  return join(appRoot, 'dist', 'renderer')
}
