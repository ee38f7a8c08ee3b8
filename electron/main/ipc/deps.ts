// What the handlers need, injected: the file system, the clock, where files go, the export writers.
// services.ts builds it from real modules; tests build it with fakes.
import type { EventName, EventPayload } from '../../../core/api/contract'
import type { Catalog } from '../../../core/catalogs/types'
import type { BackupPolicy } from '../documents/backups'
import type { FsLayer } from '../documents/fs-layer'
import type { Journal } from '../documents/journal'
import type { Places } from '../documents/places'
import type { RecentFiles } from '../documents/recent-files'
import type { ExportFormat, ExportRequest, ExportWriter } from '../export'
import type { AuditReport } from '../export/audit/audit-report'
import type { ExportOutcome } from '../export/export-with-audit'
import type { UnitsExportRequest, UnitsExportResult } from '../export/export-units'
import type { MappingStore } from '../import/mapping-store'
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
  /** The PDF fonts folder (fonts.json): `<resources>/assets/fonts` when packaged. */
  fontsDir: string
  /** third-party-notices.txt, shown in 关于. */
  noticesPath: string
  /** Loaded on the first export: exceljs, pdfmake and echarts take a second to load. */
  loadWriters: () => Promise<Record<ExportFormat, ExportWriter>>
  /**
   * Re-reads the written PDF and workbook and compares them with the model (official-rules (c)14).
   * Absent when the writers are test fakes: there is no real file to re-read.
   */
  auditExport?: (req: ExportRequest, written: ExportOutcome['written']) => Promise<AuditReport | undefined>
  /** Writes each 所属单位's 单位预算公开 (export:units); loaded on first use like the writers. */
  exportUnits?: (req: UnitsExportRequest) => Promise<UnitsExportResult>
  loadCatalog: (year: number) => Catalog
  /** Column mappings remembered for the next workbook with the same headers (app data folder). */
  mappingStore?: MappingStore
  /** The glossary (名词解释) lines of a template year. */
  readGlossary: (year: number) => string[]
  emit: <E extends EventName>(event: E, payload: EventPayload<E>) => void
  /** Electron: destroys the window after `app:closeConfirmed`; web: nothing. */
  closeWindow: () => void
  /** Electron: rebuild the 最近打开 menu. */
  onRecentChanged: () => void
}
