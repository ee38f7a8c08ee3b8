// The 绩效目标表 sheet of the import template (layout: core/import/performance-sheet.ts): header,
// dropdowns for 栏目 / 一级 / 二级指标 / 符号, one block per project with its first row marked, the
// 实施期 money as numbers and the derived 年度资金 shaded as read-only reference.
import type ExcelJS from 'exceljs'
import { columnLetter } from '../../../core/import/sheet'
import { PERFORMANCE_COLUMNS, PERFORMANCE_EXAMPLE_MARK, PERFORMANCE_INSTRUCTIONS, PERFORMANCE_ITEMS, PERFORMANCE_LISTS, PERFORMANCE_SHEET_NAME } from '../../../core/import/performance-sheet'
import { INSTRUCTIONS_SHEET, TEMPLATE_INPUT_ROWS } from '../../../core/import/template-layout'

interface ValidationHost {
  dataValidations: { add(address: string, validation: ExcelJS.DataValidation): void }
}

const HEADER_FILL: ExcelJS.Fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFDDEBF7' } }
const BLOCK_FILL: ExcelJS.Fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFFFF2CC' } }
const EXAMPLE_FONT: Partial<ExcelJS.Font> = { italic: true, color: { argb: 'FF808080' } }
const REFERENCE_FILL: ExcelJS.Fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFEDEDED' } }
const BLOCK_TOP: Partial<ExcelJS.Borders> = { top: { style: 'medium', color: { argb: 'FF5B9BD5' } } }

const MONEY_ITEMS = new Set(PERFORMANCE_ITEMS.filter((i) => i.kind === 'total' || i.kind === 'split').map((i) => i.label))
const index = (key: (typeof PERFORMANCE_COLUMNS)[number]['key']) => PERFORMANCE_COLUMNS.findIndex((c) => c.key === key)

/** 元 as a number where a double holds it exactly (officers sum it in Excel), else the text. */
function moneyValue(text: string): number | string {
  if (text === '' || !/^\d+(\.\d{1,2})?$/.test(text)) return text
  return text.replace(/\D/g, '').replace(/^0+/, '').length <= 15 ? Number(text) : text
}

const inlineList = (items: readonly string[]) => `"${items.join(',')}"`

/**
 * Adds the sheet to `wb` (and its lines to the 填表说明 sheet when there is one). `rows` are the data rows (performanceRowsOf / performanceExampleRows);
 * `lists` are the formulas of the 项目 and 单位 sheets' name columns, for the 项目名称 and 单位 dropdowns.
 */
export function addPerformanceSheet(wb: ExcelJS.Workbook, rows: readonly (readonly string[])[], lists: { project?: string; unit?: string } = {}): ExcelJS.Worksheet {
  const guide = wb.getWorksheet(INSTRUCTIONS_SHEET)
  if (guide) {
    const after = guide.actualRowCount
    PERFORMANCE_INSTRUCTIONS.forEach((line, i) => (guide.getCell(after + 1 + i, 1).value = line))
  }
  const ws = wb.addWorksheet(PERFORMANCE_SHEET_NAME, { views: [{ state: 'frozen', ySplit: 1 }] })
  ws.columns = PERFORMANCE_COLUMNS.map((c) => ({ header: c.header, key: c.key, width: c.width }))
  const header = ws.getRow(1)
  PERFORMANCE_COLUMNS.forEach((c, i) => {
    const cell = header.getCell(i + 1)
    cell.fill = c.kind === 'reference' ? REFERENCE_FILL : HEADER_FILL
    cell.font = { bold: true }
    cell.alignment = { vertical: 'middle', wrapText: true }
    if (c.hint) cell.note = c.hint
  })
  const item = index('item')
  const content = index('content')
  const reference = index('annualAmount')
  let example = false
  rows.forEach((values, r) => {
    const row = ws.getRow(r + 2)
    const startsBlock = (values[index('projectId')] ?? '') !== '' || (values[index('project')] ?? '') !== ''
    if (startsBlock) example = [values[index('projectId')], values[index('project')]].some((v) => (v ?? '').startsWith(PERFORMANCE_EXAMPLE_MARK))
    PERFORMANCE_COLUMNS.forEach((c, i) => {
      const text = values[i] ?? ''
      const cell = row.getCell(i + 1)
      const money = (i === content && MONEY_ITEMS.has(values[item] ?? '')) || i === reference
      cell.value = money ? moneyValue(text) : text
      cell.numFmt = money ? '#,##0.00' : '@'
      if (i === content && !money) cell.alignment = { wrapText: true, vertical: 'top' }
      if (i === reference) cell.fill = REFERENCE_FILL
      else if (startsBlock) cell.fill = BLOCK_FILL
      if (startsBlock) cell.border = BLOCK_TOP
      if (example) cell.font = EXAMPLE_FONT
    })
  })
  const last = Math.max(TEMPLATE_INPUT_ROWS, rows.length + 200) + 1
  const host = ws as unknown as ValidationHost
  PERFORMANCE_COLUMNS.forEach((c, i) => {
    const letter = columnLetter(i)
    const range = `${letter}2:${letter}${last}`
    if (c.kind !== 'money') ws.getColumn(i + 1).numFmt = c.kind === 'reference' ? '#,##0.00' : '@'
    const formula = c.list === undefined ? undefined : c.list === 'project' || c.list === 'unit' ? lists[c.list] : inlineList(PERFORMANCE_LISTS[c.list])
    if (!formula) return
    host.dataValidations.add(range, {
      type: 'list',
      formulae: [formula],
      allowBlank: true,
      showErrorMessage: true,
      // 项目名称 and 单位 may name one of the document that the 项目 or 单位 sheet does not list.
      errorStyle: c.list === 'project' || c.list === 'unit' ? 'warning' : 'stop',
      errorTitle: '不在列表中',
      error: `请从下拉列表中选择${c.header}`,
      ...(c.hint ? { showInputMessage: true, promptTitle: c.header, prompt: c.hint } : {}),
    })
  })
  return ws
}
