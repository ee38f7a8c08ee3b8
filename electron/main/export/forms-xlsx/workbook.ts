// The workbook of the performance-target forms: one sheet per form, in the forms' print order
// (整体 first, then 表12 and 表13 projects). Written like the tables workbook: fixed dates for a
// fixed export time, and the file through atomicWrite.
import ExcelJS from 'exceljs'
import type { Derivation } from '../../../../core/calc/derive'
import type { FormModel } from '../../../../core/performance/form-model'
import { buildAllFormModels, type AllFormsOptions } from '../../../../core/performance/forms'
import { APP_NAME } from '../xlsx/workbook'
import { setZipEntryDates } from '../xlsx/zip-dates'
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

export function buildFormsWorkbook(forms: readonly FormModel[], meta: FormsWorkbookMeta): ExcelJS.Workbook {
  const wb = new ExcelJS.Workbook()
  wb.creator = APP_NAME
  wb.lastModifiedBy = APP_NAME
  wb.created = meta.generatedAt
  wb.modified = meta.generatedAt
  wb.title = xmlSafeText(`${meta.departmentName}${meta.budgetYear}年绩效目标表`)
  wb.subject = `${meta.budgetYear}年部门预算公开`
  wb.company = xmlSafeText(meta.departmentName)
  wb.keywords = '绩效目标'
  if (meta.draft) {
    wb.subject += '（核对稿）'
    wb.description = `${DRAFT_MARK}（${meta.draft.errors} 个错误）`
  }
  const names = formSheetNames(forms)
  forms.forEach((f, i) => {
    const ws = addFormSheet(wb, f, names[i] as string)
    if (meta.draft) ws.headerFooter.oddHeader = `&C&"-,Bold"&KB00000${DRAFT_MARK}`
  })
  return wb
}

export async function formsXlsxBuffer(forms: readonly FormModel[], meta: FormsWorkbookMeta): Promise<Buffer> {
  const data = await buildFormsWorkbook(forms, meta).xlsx.writeBuffer()
  return setZipEntryDates(Buffer.from(data as ArrayBuffer), meta.generatedAt)
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
  await writeExportFile(outFile, await formsXlsxBuffer(forms, meta))
  return forms
}
