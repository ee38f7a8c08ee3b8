// One writer per export format; the CLI and the app's export step call the same functions.
import type { Analysis } from '../../../core/rules/analyze'
import type { BudgetDocument } from '../../../core/document/envelope'
import type { DraftStatus } from '../../../core/report/draft-mark'

export interface ExportRequest {
  document: BudgetDocument
  analysis: Analysis
  outDir: string
  /** File name without extension. */
  baseName: string
  /** Fixed in tests so outputs are byte-identical. */
  generatedAt: Date
  /** Folder of the document, for attachments given by relative path. */
  documentDir: string
  onProgress?: (done: number, total: number, label: string) => void
  /** xlsx: one file per table instead of one workbook (`--split-tables`). */
  xlsxSplitTables?: boolean
  /** Read the written PDF and workbook back and compare them with the model (default on; `--no-audit`). */
  audit?: boolean
  /** Set while the 发布前体检 finds errors: the files carry the 核对稿 mark (core/report/draft-mark). */
  draft?: DraftStatus
}

/** Returns the paths written. */
export type ExportWriter = (req: ExportRequest) => Promise<string[]>
