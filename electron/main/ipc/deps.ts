// What the handlers need, injected: the file system, the clock, where files go, the export writers.
// services.ts builds it from real modules; tests build it with fakes.
import type { EventName, EventPayload } from '../../../core/api/contract'
import type { Catalog } from '../../../core/catalogs/types'
import type { BackupPolicy } from '../documents/backups'
import type { FsLayer } from '../documents/fs-layer'
import type { Journal } from '../documents/journal'
import type { Places } from '../documents/places'
import type { RecentFiles } from '../documents/recent-files'
import type { ExportFormat, ExportWriter } from '../export'
import type { Session } from './session'

export interface HandlerDeps {
  mode: 'electron' | 'web'
  appVersion: string
  fs: FsLayer
  now: () => Date
  sleep?: (ms: number) => Promise<void>
  places: Places
  session: Session
  journal: Journal
  recent: RecentFiles
  backupsDir: string
  backupPolicy?: BackupPolicy
  samplesDir: string
  templatesRoot: string
  /** Loaded on the first export: exceljs, pdfmake and echarts take a second to load. */
  loadWriters: () => Promise<Record<ExportFormat, ExportWriter>>
  loadCatalog: (year: number) => Catalog
  /** The glossary (名词解释) lines of a template year. */
  readGlossary: (year: number) => string[]
  emit: <E extends EventName>(event: E, payload: EventPayload<E>) => void
  /** Electron: destroys the window after `app:closeConfirmed`; web: nothing. */
  closeWindow: () => void
  /** Electron: rebuild the 最近打开 menu. */
  onRecentChanged: () => void
}
