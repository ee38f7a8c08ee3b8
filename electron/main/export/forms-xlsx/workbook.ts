// The workbook of the performance-target forms: one sheet per form, in the forms' print order
// (整体 first, then 表12 and 表13 projects). Written like the tables workbook: streamed sheet by
// sheet, fixed dates for a fixed export time, and the file through atomicWrite.
import type { Writable } from 'node:stream'
import type { Derivation } from '../../../../core/calc/derive'
import type { FormModel } from '../../../../core/performance/form-model'
import { buildAllFormModels, type AllFormsOptions } from '../../../../core/performance/forms'
import { ExportWorkbookWriter, workbookBytes } from '../xlsx/stream-workbook'
import { DRAFT_PAGE_HEADER, setWorkbookProperties } from '../xlsx/workbook'
import { addFormSheet, formSheetNames } from './form-sheet'
import { writeExportFile } from '../write-export-file'
import { xmlSafeText } from '../xlsx/xml-text'
import { DRAFT_MARK, type DraftStatus } from '../../../../core/report/draft-mark'

export interface FormsWorkbookMeta {
  departmentName: string
  budgetYear: number
  generatedAt: Date
  /** Set while the 体检 finds errors: the 核对稿 mark in every page header and the properties. */
  draft?: DraftStatus
}

/** Streams the forms workbook into `out`; resolves once `out` has finished. */
export async function writeFormsWorkbookTo(out: Writable, forms: readonly FormModel[], meta: FormsWorkbookMeta): Promise<void> {
  const wb = new ExportWorkbookWriter({ stream: out, generatedAt: meta.generatedAt })
  setWorkbookProperties(wb, meta.generatedAt)
  wb.title = xmlSafeText(`${meta.departmentName}${meta.budgetYear}年绩效目标表`)
  wb.subject = `${meta.budgetYear}年部门预算公开`
  wb.company = xmlSafeText(meta.departmentName)
  wb.keywords = '绩效目标'
  if (meta.draft) {
    wb.subject += '（核对稿）'
    wb.description = `${DRAFT_MARK}（${meta.draft.errors} 个错误）`
  }
  const names = formSheetNames(forms)
  for (const [i, f] of forms.entries()) {
    const ws = addFormSheet(wb, f, names[i] as string)
    if (meta.draft) ws.headerFooter.oddHeader = DRAFT_PAGE_HEADER
    await wb.commitSheet(ws)
  }
  await wb.commit()
}

/** The forms workbook as bytes, for small uses (the export streams to its file). */
export function formsXlsxBuffer(forms: readonly FormModel[], meta: FormsWorkbookMeta): Promise<Buffer> {
  return workbookBytes((out) => writeFormsWorkbookTo(out, forms, meta))
}

export interface WriteFormsOptions extends AllFormsOptions {
  generatedAt: Date
  draft?: DraftStatus
}

/** Writes the forms workbook of a document to `outFile` (a path main chose); returns the forms written. */
export async function writeFormsWorkbook(derivation: Derivation, outFile: string, options: WriteFormsOptions): Promise<FormModel[]> {
  const forms = buildAllFormModels(derivation, options)
  const dept = derivation.data.department
  const meta: FormsWorkbookMeta = { departmentName: dept.displayName, budgetYear: dept.budgetYear, generatedAt: options.generatedAt, ...(options.draft ? { draft: options.draft } : {}) }
  await writeExportFile(outFile, (out) => writeFormsWorkbookTo(out, forms, meta))
  return forms
}
