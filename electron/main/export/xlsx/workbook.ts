// The tables workbook: 表1 … 表13 (or a single table for portals that take them one by one),
// workbook properties for the 财政局's file list, and byte-identical output for a fixed date.
// Streamed sheet by sheet into its file (stream-workbook.ts).
import type { Writable } from 'node:stream'
import { DRAFT_MARK, type DraftStatus } from '../../../../core/report/draft-mark'
import type { TableModel } from '../../../../core/tables/table-model'
import { addTableSheet } from './render-sheet'
import { xmlSafeText } from './xml-text'
import { ExportWorkbookWriter, workbookBytes } from './stream-workbook'

export const APP_NAME = '预算公开编制助手'
/** The 核对稿 mark at the top of every printed page of a draft. */
export const DRAFT_PAGE_HEADER = `&C&"-,Bold"&KB00000${DRAFT_MARK}`

export interface WorkbookMeta {
  departmentName: string
  budgetYear: number
  generatedAt: Date
  /** `unit`: a 所属单位's 单位预算公开 (titles say 单位 instead of 部门). */
  level?: 'department' | 'unit'
  /** Exported while the 体检 finds errors: the subject says 核对稿 and every printed page carries the mark. */
  draft?: DraftStatus
}

/** `孝义市行政审批服务管理局2025年部门预算公开表`, or the table's own title for a one-table file. */
export function workbookTitle(tables: readonly TableModel[], meta: WorkbookMeta): string {
  const only = tables.length === 1 ? tables[0] : undefined
  return only ? `${meta.departmentName}${only.title}` : `${meta.departmentName}${meta.budgetYear}年${levelWord(meta)}预算公开表`
}

const levelWord = (meta: WorkbookMeta) => (meta.level === 'unit' ? '单位' : '部门')

/** Sets the properties of an export workbook that both workbooks share. */
export function setWorkbookProperties(wb: ExportWorkbookWriter, generatedAt: Date): void {
  wb.creator = APP_NAME
  wb.lastModifiedBy = APP_NAME
  wb.created = generatedAt
  wb.modified = generatedAt
}

/** Streams the workbook of `tables` into `out`; resolves once `out` has finished. */
export async function writeTablesWorkbook(out: Writable, tables: readonly TableModel[], meta: WorkbookMeta): Promise<void> {
  const wb = new ExportWorkbookWriter({ stream: out, generatedAt: meta.generatedAt })
  setWorkbookProperties(wb, meta.generatedAt)
  wb.title = xmlSafeText(workbookTitle(tables, meta))
  wb.subject = `${meta.budgetYear}年${levelWord(meta)}预算公开`
  wb.company = xmlSafeText(meta.departmentName)
  wb.keywords = `${levelWord(meta)}预算公开`
  if (meta.draft) {
    wb.subject += '（核对稿）'
    wb.description = `${DRAFT_MARK}（${meta.draft.errors} 个错误）`
  }
  for (const table of tables) {
    const ws = addTableSheet(wb, table)
    if (meta.draft) ws.headerFooter.oddHeader = DRAFT_PAGE_HEADER
    await wb.commitSheet(ws)
  }
  await wb.commit()
}

/** The workbook of `tables` as bytes, for small uses (the export streams to its file). */
export function tablesXlsx(tables: readonly TableModel[], meta: WorkbookMeta): Promise<Buffer> {
  return workbookBytes((out) => writeTablesWorkbook(out, tables, meta))
}
