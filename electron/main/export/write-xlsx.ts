// Excel export of the 13 tables: one workbook (表1 … 表13), or one file per table with
// `xlsxSplitTables` for portals that take each table separately.
import { join } from 'node:path'
import { TABLE_IDS, type TableModel } from '../../../core/tables/table-model'
import { writeFormsWorkbook } from './forms-xlsx'
import { writeExportFile } from './write-export-file'
import { writeTablesWorkbook, type WorkbookMeta } from './xlsx/workbook'
import type { ExportRequest, ExportWriter } from './writers'

/** Characters Windows refuses in file names. */
const UNSAFE_FILE_CHARS = /[\\/:*?"<>|\u0000-\u001f]/g

export function tableFileName(baseName: string, table: TableModel): string {
  return `${baseName}.表${Number(table.id.slice(1))}-${table.title.replace(UNSAFE_FILE_CHARS, '_')}.xlsx`
}

export function formsFileName(baseName: string): string {
  return `${baseName}.绩效目标表.xlsx`
}

export function tablesFileName(baseName: string): string {
  return `${baseName}.公开表.xlsx`
}

export function xlsxFiles(req: ExportRequest): { file: string; tables: TableModel[] }[] {
  const tables = TABLE_IDS.map((id) => req.analysis.derivation.tables[id])
  if (!req.xlsxSplitTables) return [{ file: join(req.outDir, tablesFileName(req.baseName)), tables }]
  return tables.map((t) => ({ file: join(req.outDir, tableFileName(req.baseName, t)), tables: [t] }))
}

export const writeXlsx: ExportWriter = async (req) => {
  const department = req.document.data.department
  const meta: WorkbookMeta = { departmentName: department.displayName, budgetYear: department.budgetYear, generatedAt: req.generatedAt, ...(req.draft ? { draft: req.draft } : {}) }
  const files = xlsxFiles(req)
  const written: string[] = []
  for (const [i, { file, tables }] of files.entries()) {
    written.push(await writeExportFile(file, (out) => writeTablesWorkbook(out, tables, meta)))
    req.onProgress?.(i + 1, files.length, file)
  }
  // The performance-target forms get their own workbook (spec §5), when the document has any.
  if (req.document.data.performance.projectForms.length > 0 || req.document.data.performance.overall) {
    const formsFile = join(req.outDir, formsFileName(req.baseName))
    await writeFormsWorkbook(req.analysis.derivation, formsFile, { templateYear: req.document.templateYear, generatedAt: req.generatedAt, ...(req.draft ? { draft: req.draft } : {}) })
    written.push(formsFile)
  }
  return written
}
