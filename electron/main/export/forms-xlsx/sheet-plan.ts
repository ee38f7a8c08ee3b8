// FormModel → the plan of one worksheet: title rows, the grid with its merges, the footer line,
// column widths, row heights and the manual page breaks that keep row groups on one page. Plain
// data, so it can be tested without exceljs.
import { anchoredCells, type FormCell, type FormModel } from '../../../../core/performance/form-model'
import { wrappedLineCount } from '../xlsx/text-width'

export const TITLE_ROW = 1
export const SUBTITLE_ROW = 2
export const FIRST_GRID_ROW = 3

/** Excel column units per CJK character of the form's relative widths (10 pt 宋体 ≈ 2 units). */
const UNITS_PER_CHAR = 2.1
const CELL_PADDING = 1
const LINE_HEIGHT = 13.5
const ROW_PADDING = 5
const MIN_ROW = 18
const WRAP_SLACK = 1.1

export interface PlannedCell {
  /** 1-based sheet row and column. */
  row: number
  col: number
  cell: FormCell
  /** Number shown for a money cell (元 or 万元), else the text. */
  value: string | number
  numFmt?: string
}

export interface FormSheetPlan {
  columnWidths: number[]
  rowHeights: number[]
  cells: PlannedCell[]
  merges: { top: number; left: number; bottom: number; right: number }[]
  /** Sheet rows of the grid (first, last). */
  grid: { first: number; last: number }
  footerRow?: number
  lastRow: number
  lastCol: number
  /** Rows after which a manual page break keeps the next group on one page. */
  breaksAfter: number[]
}

/**
 * A money cell as a number with the format that prints it as the form does: 元 with separators
 * and decimals only when not whole (`1,147,200`, `157,929.07`), 万元 with two decimals (`3229.82`).
 */
export function moneyValue(text: string): { value: string | number; numFmt?: string } {
  const s = text.replace(/,/g, '')
  if (!/^\d+(\.\d{1,2})?$/.test(s)) return { value: text }
  // A decimal string with at most two decimals parses to the nearest double: the exact amount.
  const value = Number(s)
  if (text.includes(',') || !s.includes('.')) return { value, numFmt: s.includes('.') ? '#,##0.00' : '#,##0' }
  return { value, numFmt: '0.00' }
}

function cellWidth(widths: readonly number[], col: number, span: number): number {
  let w = 0
  for (let k = col; k < col + span; k++) w += widths[k] ?? 0
  return w
}

export function planFormSheet(form: FormModel): FormSheetPlan {
  const widths = form.columns.map((w) => Math.round((w * UNITS_PER_CHAR + CELL_PADDING) * 10) / 10)
  const n = widths.length
  const last = FIRST_GRID_ROW + form.rows.length - 1
  const heights: number[] = [30, 20, ...form.rows.map(() => MIN_ROW)]
  const cells: PlannedCell[] = []
  const merges: FormSheetPlan['merges'] = []
  for (const { row, col, cell } of anchoredCells(form.rows)) {
    const r = FIRST_GRID_ROW + row
    const c = col + 1
    const money = cell.role === 'money' ? moneyValue(cell.text) : { value: cell.text }
    cells.push({ row: r, col: c, cell, ...money })
    if (cell.rowSpan > 1 || cell.colSpan > 1) merges.push({ top: r, left: c, bottom: r + cell.rowSpan - 1, right: c + cell.colSpan - 1 })
    // Wrapped text: the rows of the cell share the height it needs.
    // LibreOffice and Excel fit ~10 % more CJK characters on a line than the 2-unit estimate.
    const lines = wrappedLineCount(cell.text, (cellWidth(widths, col, cell.colSpan) - CELL_PADDING) * WRAP_SLACK)
    const share = (lines * LINE_HEIGHT + ROW_PADDING) / cell.rowSpan
    for (let k = 0; k < cell.rowSpan; k++) heights[r - 1 + k] = Math.max(heights[r - 1 + k] as number, Math.ceil(share))
  }
  let footerRow: number | undefined
  if (form.footer.length > 0) {
    footerRow = last + 1
    heights.push(20)
    form.footer.forEach((f, i) => {
      const left = Math.floor((i * n) / form.footer.length) + 1
      const right = Math.floor(((i + 1) * n) / form.footer.length)
      const cell: FormCell = { text: `${f.label}${f.value}`, role: 'label', rowSpan: 1, colSpan: right - left + 1, bold: false, align: 'left' }
      cells.push({ row: footerRow as number, col: left, cell, value: cell.text })
      if (right > left) merges.push({ top: footerRow as number, left, bottom: footerRow as number, right })
    })
  }
  return { columnWidths: widths, rowHeights: heights, cells, merges, grid: { first: FIRST_GRID_ROW, last }, footerRow, lastRow: footerRow ?? last, lastCol: n, breaksAfter: pageBreaks(form, heights, widths, footerRow !== undefined ? (heights[footerRow - 1] ?? 0) : 0) }
}

/** A4 portrait with the sheet's margins, in points; Excel's column unit ≈ 5.6 pt at 宋体 10 pt (+ grid). */
const PRINTABLE = { width: 595 - 72, height: 842 - 0.6 * 72 - 0.7 * 72 - 24 }
const PT_PER_UNIT = 5.6

/**
 * Manual breaks before a group that would cross a page: fit-to-width scales the sheet by
 * printable width / sheet width, so a page holds height / scale points of rows. The estimate is
 * kept 10 % short so that Excel's own break never falls inside a group. The signature line
 * (`footerHeight`) counts with the last group, so it never prints alone on a page.
 */
function pageBreaks(form: FormModel, heights: readonly number[], widths: readonly number[], footerHeight = 0): number[] {
  const sheetWidth = widths.reduce((a, w) => a + w * PT_PER_UNIT, 0)
  const scale = Math.min(1, PRINTABLE.width / sheetWidth)
  const titles = (heights[0] ?? 0) + (heights[1] ?? 0)
  const capacity = (PRINTABLE.height / scale) * 0.9 - titles
  const groups = new Map(form.keepTogether.map((g) => [g.start, g.end]))
  // The grid heading stays with the first group under it.
  if (form.header) groups.set(form.header.start, groups.get(form.header.end) ?? form.header.end + 1)
  const out: number[] = []
  let used = 0
  for (let r = 0; r < form.rows.length; ) {
    const end = groups.get(r) ?? r + 1
    let h = 0
    for (let k = r; k < end; k++) h += heights[FIRST_GRID_ROW - 1 + k] ?? 0
    if (end >= form.rows.length) h += footerHeight
    if (used > 0 && used + h > capacity && h <= capacity) {
      out.push(FIRST_GRID_ROW + r - 1)
      used = 0
    }
    used += h
    r = end
  }
  return out
}
