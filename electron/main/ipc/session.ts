// The main-side state of one editing session (one window, or one web host): which file the
// document belongs to, whether it has unsaved changes, a file waiting to be opened, the export.
import type { ExportProgress } from '../../../core/api/contract'
import type { SheetData } from '../../../core/import/sheet'

/** A workbook picked for import, read once: previews run on these sheets, not on data the renderer sends. */
export interface ImportWorkbook {
  path: string
  name: string
  sheets: SheetData[]
}

export interface Session {
  /** The file `document:save` writes to; null for a new document, a sample or a restored draft. */
  currentPath: string | null
  /** Reported by the renderer (`app:setDirty`); main asks before closing when true. */
  dirty: boolean
  /** From the command line, a double-click or a second instance; taken by `document:takePending`. */
  pendingOpenPath: string | null
  /** The file the last checked recovery journal belonged to. */
  journalDocumentPath: string | null
  lastExportFolder: string | null
  exportProgress: ExportProgress
  importWorkbook: ImportWorkbook | null
}

export function createSession(): Session {
  return { currentPath: null, dirty: false, pendingOpenPath: null, journalDocumentPath: null, lastExportFolder: null, exportProgress: { running: false, percent: 0, label: '' }, importWorkbook: null }
}
