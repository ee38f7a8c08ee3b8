// Builds the handlers and the registry from real modules for one session. Electron (index.ts) and
// the web host differ only in `places`, `trust` and the few callbacks into the window.
import { existsSync } from 'node:fs'
import { join } from 'node:path'
import { noticesPathFor } from './about'
import type { BackupPolicy } from './documents/backups'
import { nodeFs, type FsLayer } from './documents/fs-layer'
import { createJournal } from './documents/journal'
import { webPlaces, type Places } from './documents/places'
import { createRecentFiles } from './documents/recent-files'
import { createWorkspace } from './documents/workspace'
import type { ExportFormat, ExportWriter } from './export'
import { MAPPING_STORE_FILE, mappingStoreAt } from './import/mapping-store'
import { fontsDir } from './export/pdf/fonts'
import type { HandlerDeps } from './ipc/deps'
import { createHandlers } from './ipc/handlers'
import { createRegistry, type Registry, type Trust } from './ipc/registry'
import { createSession, type Session } from './ipc/session'
import { appVersionAt, samplesDirFor, sourceAppRoot } from './paths'
import { loadCatalog } from './templates/catalog-loader'
import { loadNarrativeTemplate } from './templates/narrative-template'

/** Test seams. */
export interface MainServiceOverrides {
  fs?: FsLayer
  now?: () => Date
  sleep?: (ms: number) => Promise<void>
  writers?: Partial<Record<ExportFormat, ExportWriter>>
  samplesDir?: string
  templatesRoot?: string
  fontsDir?: string
  noticesPath?: string
  appVersion?: string
  backupPolicy?: BackupPolicy
  validateResponses?: boolean
}

export interface MainServiceOptions {
  mode: 'electron' | 'web'
  appDataDir: string
  trust: Trust
  /** Web mode: the workspace folder (created if missing). */
  workspace?: string
  /** Electron: dialog-backed places; web mode builds workspace places. */
  places?: Places
  emit?: HandlerDeps['emit']
  closeWindow?: () => void
  onRecentChanged?: () => void
  /** The app's folder (package.json): the repository in development, app.asar when packaged. */
  appRoot?: string
  /** Electron's process.resourcesPath when packaged (templates, samples, fonts, notices as extraResources). */
  resourcesPath?: string
  /** Electron creates it first, so open requests that arrive before ready are kept. */
  session?: Session
  overrides?: MainServiceOverrides
}

/** Packaged: `<resources>/templates`; otherwise the app folder's `templates/`. */
export function templatesRootFor(appRoot: string, resourcesPath?: string): string {
  const packaged = resourcesPath ? join(resourcesPath, 'templates') : undefined
  return packaged && existsSync(packaged) ? packaged : join(appRoot, 'templates')
}

export interface MainServices {
  registry: Registry
  session: Session
  deps: HandlerDeps
}

export async function createMainServices(options: MainServiceOptions): Promise<MainServices> {
  const o = options.overrides ?? {}
  const fs = o.fs ?? nodeFs
  const appRoot = options.appRoot ?? sourceAppRoot()
  const root = o.templatesRoot ?? templatesRootFor(appRoot, options.resourcesPath)
  let places = options.places
  let workspaceRoot: string | undefined
  if (!places) {
    if (!options.workspace) throw new Error('web mode needs a workspace folder')
    const workspace = createWorkspace(fs, options.workspace)
    await fs.mkdir(workspace.root)
    places = webPlaces(workspace)
    workspaceRoot = workspace.root
  }
  await fs.mkdir(options.appDataDir)
  const session = options.session ?? createSession()
  const deps: HandlerDeps = {
    mode: options.mode,
    appVersion: o.appVersion ?? appVersionAt(appRoot),
    fs,
    now: o.now ?? (() => new Date()),
    ...(o.sleep ? { sleep: o.sleep } : {}),
    places,
    session,
    journal: createJournal(fs, join(options.appDataDir, 'recovery')),
    recent: createRecentFiles(fs, options.appDataDir),
    backupsDir: join(options.appDataDir, 'backups'),
    ...(o.backupPolicy ? { backupPolicy: o.backupPolicy } : {}),
    samplesDir: o.samplesDir ?? samplesDirFor(appRoot, options.resourcesPath),
    templatesRoot: root,
    fontsDir: o.fontsDir ?? fontsDir(options.resourcesPath),
    noticesPath: o.noticesPath ?? noticesPathFor(appRoot, options.resourcesPath),
    loadWriters: async () => ({ ...(await import('./export')).WRITERS, ...o.writers }),
    // Fake writers (tests) write nothing worth re-reading; the real ones are audited.
    ...(o.writers ? {} : { auditExport: async (req, written) => (await import('./export/export-with-audit')).auditWritten(req, written) }),
    exportUnits: async (req) => (await import('./export/export-units')).exportUnits({ fs, ...req }),
    loadCatalog: (year) => loadCatalog(year, undefined, root),
    mappingStore: mappingStoreAt(join(options.appDataDir, MAPPING_STORE_FILE), o.now),
    readGlossary: (year) => {
      try {
        return loadNarrativeTemplate(year, root).glossary
      } catch {
        return []
      }
    },
    emit: options.emit ?? (() => undefined),
    closeWindow: options.closeWindow ?? (() => undefined),
    onRecentChanged: options.onRecentChanged ?? (() => undefined),
  }
  const registry = createRegistry(createHandlers(deps, workspaceRoot), { trust: options.trust, validateResponses: o.validateResponses ?? false })
  return { registry, session, deps }
}
