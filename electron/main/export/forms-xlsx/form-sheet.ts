// One form → one worksheet: merged cells as in the FormModel, thin borders on the whole grid,
// wrapped text, row heights, A4 portrait one page wide, and manual breaks that keep row groups
// together; each continuation page starts with the form's title（续）, the project name and, in the
// indicator grid, the 实施期/年度 labels and the heading (sheet-plan.ts).
import type { Style, Workbook, Worksheet } from 'exceljs'
import type { FormModel } from '../../../../core/performance/form-model'
import { cellStyle, sharedStyle, THIN_BORDERS, TITLE_FONT_SIZE } from '../xlsx/cell-styles'
import { columnLetter, PAGE_FOOTER } from '../xlsx/render-sheet'
import { xmlSafeText } from '../xlsx/xml-text'
import { byRow, writeSheetRows, type RowCell } from '../xlsx/sheet-rows'
import { planFormSheet, SUBTITLE_ROW, TITLE_ROW, type FormSheetPlan } from './sheet-plan'

/** Characters Excel refuses in sheet names. */
const FORBIDDEN = /[\\/?*[\]:]/g
export const SHEET_NAME_MAX = 31

/**
 * Unique, valid sheet names: `整体支出绩效目标`, then `01 项目名称` … cut to 31 characters (Excel's
 * limit); names are compared without case, as Excel does.
 */
export function formSheetNames(forms: readonly FormModel[]): string[] {
  const used = new Set<string>()
  let n = 0
  return forms.map((f) => {
    const base = xmlSafeText(f.kind === 'overall' ? f.caption : `${String(++n).padStart(2, '0')} ${f.caption}`).replace(FORBIDDEN, '_').replace(/^'+|'+$/g, '').trim() || '表'
    let name = [...base].slice(0, SHEET_NAME_MAX).join('')
    for (let k = 2; used.has(name.toLowerCase()); k++) {
      const suffix = `(${k})`
      name = [...base].slice(0, SHEET_NAME_MAX - suffix.length).join('') + suffix
    }
    used.add(name.toLowerCase())
    return name
  })
}

function writeTitle(ws: Worksheet, plan: FormSheetPlan, form: FormModel): void {
  const right = plan.lastCol
  ws.mergeCells(TITLE_ROW, 1, TITLE_ROW, right)
  ws.mergeCells(SUBTITLE_ROW, 1, SUBTITLE_ROW, right)
  const title = ws.getCell(TITLE_ROW, 1)
  // Officer-typed text: characters XML forbids would make the workbook unreadable (xml-text.ts).
  title.value = xmlSafeText(form.title)
  title.style = { ...cellStyle('title'), font: { ...cellStyle('title').font, size: TITLE_FONT_SIZE - 2 } }
  const subtitle = ws.getCell(SUBTITLE_ROW, 1)
  subtitle.value = xmlSafeText(form.subtitle)
  subtitle.style = { ...cellStyle('label'), alignment: { horizontal: 'center', vertical: 'middle' } }
}

// The style of a form cell depends on these few facts: one object per combination, built once.
const formCellStyles = new Map<string, Partial<Style>>()

function formCellStyle(inGrid: boolean, money: boolean, bold: boolean | undefined, align: FormSheetPlan['cells'][number]['cell']['align'], numFmt: string | undefined): Partial<Style> {
  const key = `${inGrid}|${money}|${bold === true}|${align}|${numFmt}`
  let style = formCellStyles.get(key)
  if (!style) {
    const label = cellStyle('label')
    const base = inGrid ? { ...cellStyle(money ? 'money' : 'text', { bold: bold === true }), border: THIN_BORDERS } : { ...label, font: { ...label.font, bold: bold === true } }
    style = sharedStyle({ ...base, numFmt: numFmt ?? base.numFmt, alignment: { horizontal: align, vertical: 'middle', wrapText: inGrid } })
    formCellStyles.set(key, style)
  }
  return style
}

function writeGrid(ws: Worksheet, plan: FormSheetPlan): void {
  // Borders on every grid position, merged or not: Excel draws a merged range's outline from the
  // cells along its edges.
  const gridStyle = sharedStyle({ ...cellStyle('text'), border: THIN_BORDERS })
  const plain = new Set(plan.plainRows)
  const rows = byRow(plan.cells)
  const cells = function* (r: number): Iterable<RowCell> {
    const inGrid = r >= plan.grid.first && r <= plan.grid.last && !plain.has(r)
    if (inGrid) for (let c = 1; c <= plan.lastCol; c++) yield { col: c, style: gridStyle }
    for (const p of rows.get(r) ?? []) {
      yield {
        col: p.col,
        value: typeof p.value === 'string' ? xmlSafeText(p.value) : p.value,
        style: formCellStyle(inGrid, inGrid && p.cell.role === 'money', p.cell.bold, p.cell.align, p.numFmt ?? (typeof p.value === 'string' ? '@' : undefined)),
      }
    }
  }
  writeSheetRows(ws, { lastRow: plan.lastRow, heights: plan.rowHeights, cells, merges: plan.merges, breaksAfter: new Set(plan.breaksAfter) })
}

/**
 * Adds the form's sheet with every row written and committed; the sheet itself is committed by
 * the caller (after setting anything written at its end, such as the page header).
 */
export function addFormSheet(wb: Workbook, form: FormModel, name: string): Worksheet {
  const plan = planFormSheet(form)
  const ws = wb.addWorksheet(name, {
    pageSetup: {
      paperSize: 9,
      orientation: 'portrait',
      fitToPage: true,
      fitToWidth: 1,
      fitToHeight: 0,
      horizontalCentered: true,
      printArea: `A1:${columnLetter(plan.lastCol)}${plan.lastRow}`,
      margins: { left: 0.5, right: 0.5, top: 0.6, bottom: 0.7, header: 0.3, footer: 0.3 },
    },
    headerFooter: { oddFooter: PAGE_FOOTER },
  })
  plan.columnWidths.forEach((w, i) => (ws.getColumn(i + 1).width = w))
  writeTitle(ws, plan, form)
  writeGrid(ws, plan)
  return ws
}
