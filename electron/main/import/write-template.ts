// The import template as xlsx: one sheet per core/import/template-layout.ts sheet, dropdowns (data
// validation) for codes and types, the long lists on a hidden 代码表 sheet. Also the round trip:
// a whole document written into the same template.
import ExcelJS from 'exceljs'
import { writeExportFile } from '../export/write-export-file'
import type { Catalog } from '../../../core/catalogs/types'
import type { BudgetDocument } from '../../../core/document/envelope'
import {
  CODE_LIST_SHEET,
  EXAMPLE_COLUMN,
  EXAMPLE_MARK,
  INSTRUCTIONS_SHEET,
  LIST_TITLES,
  TEMPLATE_INPUT_ROWS,
  TEMPLATE_INSTRUCTIONS,
  TEMPLATE_SHEET_ORDER,
  TEMPLATE_SHEETS,
  templateLists,
  type ListKind,
  type TemplateSheet,
} from '../../../core/import/template-layout'
import { blankTemplateRows, templateRowsOf, type TemplateRows } from '../../../core/import/template-rows'
import { columnLetter } from '../../../core/import/sheet'
import { performanceExampleRows, performanceRowsOf } from '../../../core/import/performance-sheet-rows'
import { addPerformanceSheet } from './write-performance-sheet'

interface ValidationHost {
  dataValidations: { add(address: string, validation: ExcelJS.DataValidation): void }
}

const HEADER_FILL: ExcelJS.Fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFDDEBF7' } }
const EXAMPLE_FONT: Partial<ExcelJS.Font> = { italic: true, color: { argb: 'FF808080' } }

/**
 * Writes a sheet the layout list does not describe (e.g. one block per project) into the template,
 * blank or filled from the document. Each writer is called once, after the layout's sheets.
 */
export type TemplateSheetWriter = (wb: ExcelJS.Workbook, input: { catalog: Catalog; document?: BudgetDocument; listFormula: (kind: ListKind) => string | undefined }) => void

/** The 绩效目标表: one block per project (the example block in a blank template). */
const writePerformance: TemplateSheetWriter = (wb, { document, listFormula }) => {
  addPerformanceSheet(wb, document ? performanceRowsOf(document) : performanceExampleRows(), { project: listFormula('project'), unit: listFormula('unit') })
}

/** The template's further sheets, in order. */
export const EXTRA_SHEET_WRITERS: readonly TemplateSheetWriter[] = [writePerformance]
const REQUIRED_FONT: Partial<ExcelJS.Font> = { bold: true, color: { argb: 'FFC00000' } }

const quoteSheet = (name: string) => `'${name.replace(/'/g, "''")}'`

/** Amounts are written as numbers (officers sum them in Excel) when a double holds them exactly. */
function amountCell(text: string): number | string {
  if (text === '') return ''
  const digits = text.replace(/\D/g, '').replace(/^0+/, '')
  return digits.length <= 15 ? Number(text) : text
}

function listFormulae(kind: ListKind, lists: Partial<Record<ListKind, string[]>>, listColumns: Map<ListKind, string>): string | undefined {
  if (kind === 'unit') return `${quoteSheet(TEMPLATE_SHEETS.units.name)}!$B$2:$B$${TEMPLATE_INPUT_ROWS + 1}`
  if (kind === 'project') return `${quoteSheet(TEMPLATE_SHEETS.projects.name)}!$C$2:$C$${TEMPLATE_INPUT_ROWS + 1}`
  const letter = listColumns.get(kind)
  const n = lists[kind]?.length ?? 0
  return letter && n > 0 ? `${quoteSheet(CODE_LIST_SHEET)}!$${letter}$2:$${letter}$${n + 1}` : undefined
}

function addSheet(wb: ExcelJS.Workbook, layout: TemplateSheet, rows: string[][], lists: Partial<Record<ListKind, string[]>>, listColumns: Map<ListKind, string>): void {
  const ws = wb.addWorksheet(layout.name, { views: [{ state: 'frozen', ySplit: 1 }] })
  ws.columns = layout.columns.map((c) => ({ header: c.header, key: c.key, width: c.width }))
  const header = ws.getRow(1)
  layout.columns.forEach((c, i) => {
    const cell = header.getCell(i + 1)
    cell.fill = HEADER_FILL
    cell.font = c.required ? REQUIRED_FONT : { bold: true }
    if (c.hint) cell.note = c.hint
  })
  for (const values of rows) {
    const row = ws.addRow(layout.columns.map((c, i) => (c.kind === 'amount' ? amountCell(values[i] ?? '') : (values[i] ?? ''))))
    if (values.includes(EXAMPLE_MARK)) row.font = EXAMPLE_FONT
  }
  if (layout.fixedRows) {
    // Key/value sheets: long texts wrap; the 填写示例 column is grey and not read.
    const value = layout.columns.findIndex((c) => c.key === 'value')
    if (value >= 0) ws.getColumn(value + 1).alignment = { wrapText: true, vertical: 'top' }
    const example = layout.columns.findIndex((c) => c.header === EXAMPLE_COLUMN)
    if (example >= 0) ws.getColumn(example + 1).font = EXAMPLE_FONT
  }
  const last = Math.max(TEMPLATE_INPUT_ROWS, rows.length + 200) + 1
  const host = ws as unknown as ValidationHost
  layout.columns.forEach((c, i) => {
    const letter = columnLetter(i)
    const range = `${letter}2:${letter}${last}`
    const column = ws.getColumn(i + 1)
    if (c.kind === 'amount') {
      column.numFmt = '0.00'
      host.dataValidations.add(range, { type: 'decimal', operator: 'greaterThanOrEqual', formulae: [0], allowBlank: true, showErrorMessage: true, errorTitle: '金额有误', error: '金额应为不小于0的数字' })
    } else if (c.kind === 'code' || c.kind === 'text') column.numFmt = '@'
    const formula = c.list ? listFormulae(c.list, lists, listColumns) : undefined
    if (formula) {
      host.dataValidations.add(range, {
        type: 'list',
        formulae: [formula],
        allowBlank: !c.required,
        showErrorMessage: c.kind !== 'code',
        errorStyle: 'warning',
        errorTitle: '不在列表中',
        error: `请从下拉列表中选择${c.header}`,
        ...(c.hint ? { showInputMessage: true, promptTitle: c.header, prompt: c.hint } : {}),
      })
    }
  })
  // Key/value sheets: a dropdown on the value cell of the rows that have one (级次).
  layout.fixedRows?.forEach((item, r) => {
    const formula = 'list' in item && item.list ? listFormulae(item.list, lists, listColumns) : undefined
    if (formula) host.dataValidations.add(`B${r + 2}`, { type: 'list', formulae: [formula], allowBlank: true, showErrorMessage: true, error: '请从下拉列表中选择' })
  })
}

export async function templateWorkbook(catalog: Catalog, rows: TemplateRows, document?: BudgetDocument, extraSheets: readonly TemplateSheetWriter[] = EXTRA_SHEET_WRITERS): Promise<Buffer> {
  const wb = new ExcelJS.Workbook()
  wb.creator = '预算公开编制助手'
  const guide = wb.addWorksheet(INSTRUCTIONS_SHEET)
  guide.getColumn(1).width = 110
  TEMPLATE_INSTRUCTIONS.forEach((line, i) => {
    const cell = guide.getCell(i + 1, 1)
    cell.value = line
    if (i === 0) cell.font = { bold: true, size: 14 }
  })
  const lists = templateLists(catalog)
  const kinds = Object.keys(lists) as ListKind[]
  const listColumns = new Map(kinds.map((k, i) => [k, columnLetter(i)]))
  for (const id of TEMPLATE_SHEET_ORDER) addSheet(wb, TEMPLATE_SHEETS[id], rows[id], lists, listColumns)
  const listFormula = (kind: ListKind) => listFormulae(kind, lists, listColumns)
  for (const write of extraSheets) write(wb, { catalog, listFormula, ...(document ? { document } : {}) })
  const codes = wb.addWorksheet(CODE_LIST_SHEET, { state: 'hidden' })
  kinds.forEach((k, i) => {
    codes.getCell(1, i + 1).value = LIST_TITLES[k]
    ;(lists[k] ?? []).forEach((v, r) => (codes.getCell(r + 2, i + 1).value = v))
    codes.getColumn(i + 1).width = 36
  })
  return Buffer.from(await wb.xlsx.writeBuffer())
}

/** The blank template for a budget year, with that year's catalog codes in the dropdowns. */
export async function writeImportTemplate(path: string, year: number, catalog: Catalog): Promise<void> {
  await writeExportFile(path, await templateWorkbook(catalog, blankTemplateRows(year)))
}

/** A document as a filled template: every sheet, so importing it gives the same document. */
export async function documentTemplateWorkbook(document: BudgetDocument, catalog?: Catalog): Promise<Buffer> {
  const rows = templateRowsOf(document, catalog)
  const dropdownCatalog = catalog ?? { year: document.templateYear, functional: new Map(), economicDepartment: new Map(), economicGovernment: new Map(), income: new Map() }
  return templateWorkbook(dropdownCatalog, rows, document)
}

/** Writes the filled template of a document (导出为导入模板; `--format import-xlsx`). */
export async function exportLinesToTemplate(document: BudgetDocument, path: string, catalog?: Catalog): Promise<void> {
  await writeExportFile(path, await documentTemplateWorkbook(document, catalog))
}
