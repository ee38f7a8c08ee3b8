// Excel export of the 13 tables: one workbook (表1 … 表13), or one file per table with
// `xlsxSplitTables` for portals that take each table separately.
import { join } from 'node:path'
import { atomicWrite } from '../documents/atomic-write'
import { nodeFs } from '../documents/fs-layer'
import { TABLE_IDS, type TableModel } from '../../../core/tables/table-model'
import { tablesXlsx, type WorkbookMeta } from './xlsx/workbook'
import type { ExportRequest, ExportWriter } from './writers'

/** Characters Windows refuses in file names. */
const UNSAFE_FILE_CHARS = /[\\/:*?"<>|\u0000-\u001f]/g

export function tableFileName(baseName: string, table: TableModel): string {
  return `${baseName}.表${Number(table.id.slice(1))}-${table.title.replace(UNSAFE_FILE_CHARS, '_')}.xlsx`
}

export function tablesFileName(baseName: string): string {
  return `${baseName}.tables.xlsx`
}

export function xlsxFiles(req: ExportRequest): { file: string; tables: TableModel[] }[] {
  const tables = TABLE_IDS.map((id) => req.analysis.derivation.tables[id])
  if (!req.xlsxSplitTables) return [{ file: join(req.outDir, tablesFileName(req.baseName)), tables }]
  return tables.map((t) => ({ file: join(req.outDir, tableFileName(req.baseName, t)), tables: [t] }))
}

export const writeXlsx: ExportWriter = async (req) => {
  const department = req.document.data.department
  const meta: WorkbookMeta = { departmentName: department.displayName, budgetYear: department.budgetYear, generatedAt: req.generatedAt }
  const files = xlsxFiles(req)
  const written: string[] = []
  for (const [i, { file, tables }] of files.entries()) {
    // atomicWrite retries while WPS or Excel holds the previous export open, and says so in Chinese.
    const result = await atomicWrite(file, await tablesXlsx(tables, meta), { fs: nodeFs, action: '导出' })
    if (!result.ok) throw new Error(result.error.message)
    written.push(file)
    req.onProgress?.(i + 1, files.length, file)
  }
  return written
}
