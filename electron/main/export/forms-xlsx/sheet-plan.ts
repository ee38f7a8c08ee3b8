// FormModel → the plan of one worksheet: title rows, the grid with its merges, the footer line,
// column widths, row heights and the manual page breaks that keep row groups on one page. Plain
// data, so it can be tested without exceljs.
import { anchoredCells, type FormCell, type FormModel, type FormRow } from '../../../../core/performance/form-model'
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
  /** Rows inside the grid range printed without borders (a continuation page's title lines). */
  plainRows: number[]
  /** Sheet row of each row of the form. */
  gridRows: number[]
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

/** Captions of the two column groups of a project form's indicator grid, as the PDF prints them. */
export const GROUP_LABELS = ['实施期绩效指标', '年度绩效指标'] as const

/** Heights of the rows the sheet adds: the continuation title, the project name, the group labels. */
const CONTINUED_HEIGHT = 22
const PROJECT_HEIGHT = 18
const GROUPS_HEIGHT = 18

/** A line of the sheet under the title rows: a row of the form, or one the sheet adds. */
type SheetLine =
  | { kind: 'grid'; src: number }
  /** `{title}（续）` at the top of a continuation page. */
  | { kind: 'continued' }
  /** `项目名称：…` under it (project forms). */
  | { kind: 'project' }
  /** 实施期绩效指标 | 年度绩效指标 over the indicator heading. */
  | { kind: 'groups' }
  /** A copy of a heading row on a continuation page of the indicator grid. */
  | { kind: 'heading'; src: number }

/** First columns of the two 二级指标 groups of the heading, or undefined for a one-half grid. */
function groupStarts(form: FormModel): number[] | undefined {
  if (!form.header) return undefined
  const cells = form.rows[form.header.start]?.cells ?? []
  const starts = cells.flatMap((c, i) => (c?.text === '二级指标' ? [i] : []))
  return starts.length === GROUP_LABELS.length ? starts : undefined
}

export function planFormSheet(form: FormModel): FormSheetPlan {
  const widths = form.columns.map((w) => Math.round((w * UNITS_PER_CHAR + CELL_PADDING) * 10) / 10)
  const n = widths.length
  const header = form.header
  const groups = groupStarts(form)
  // Heights of the form's rows: wrapped text, the rows of a span sharing the height it needs.
  const gridHeights = form.rows.map(() => MIN_ROW)
  for (const { row, col, cell } of anchoredCells(form.rows)) {
    // LibreOffice and Excel fit ~10 % more CJK characters on a line than the 2-unit estimate.
    const lines = wrappedLineCount(cell.text, (cellWidth(widths, col, cell.colSpan) - CELL_PADDING) * WRAP_SLACK)
    const share = (lines * LINE_HEIGHT + ROW_PADDING) / cell.rowSpan
    for (let k = 0; k < cell.rowSpan; k++) gridHeights[row + k] = Math.max(gridHeights[row + k] as number, Math.ceil(share))
  }
  const footerHeight = form.footer.length > 0 ? 20 : 0
  const pageStarts = new Set(pageStartRows(form, gridHeights, widths, footerHeight, groups !== undefined))

  // The sheet's lines: a continuation page starts with the form's title, the project name and,
  // inside the indicator grid, the group labels and the heading again.
  const lines: SheetLine[] = []
  const headingLines = new Map<number, Map<number, number>>()
  for (let r = 0; r < form.rows.length; r++) {
    if (pageStarts.has(r)) {
      lines.push({ kind: 'continued' })
      if (form.kind === 'project') lines.push({ kind: 'project' })
      if (header && r >= header.end) {
        if (groups) lines.push({ kind: 'groups' })
        const copies = new Map<number, number>()
        for (let h = header.start; h < header.end; h++) {
          copies.set(h, lines.length)
          lines.push({ kind: 'heading', src: h })
        }
        headingLines.set(r, copies)
      }
    }
    if (groups && header && r === header.start) lines.push({ kind: 'groups' })
    lines.push({ kind: 'grid', src: r })
  }
  const sheetRowOfLine = (i: number) => FIRST_GRID_ROW + i
  const rowOf: number[] = []
  lines.forEach((l, i) => l.kind === 'grid' && (rowOf[l.src] = sheetRowOfLine(i)))
  const last = FIRST_GRID_ROW + lines.length - 1
  const lineHeight = (l: SheetLine) =>
    l.kind === 'grid' || l.kind === 'heading' ? (gridHeights[l.src] as number) : l.kind === 'continued' ? CONTINUED_HEIGHT : l.kind === 'project' ? PROJECT_HEIGHT : GROUPS_HEIGHT
  const heights: number[] = [30, 20, ...lines.map(lineHeight)]

  const cells: PlannedCell[] = []
  const merges: FormSheetPlan['merges'] = []
  const place = (row: number, col: number, bottom: number, cell: FormCell) => {
    const money = cell.role === 'money' ? moneyValue(cell.text) : { value: cell.text }
    cells.push({ row, col: col + 1, cell, ...money })
    if (bottom > row || cell.colSpan > 1) merges.push({ top: row, left: col + 1, bottom, right: col + cell.colSpan })
  }
  const starts = [...pageStarts].sort((a, b) => a - b)
  for (const { row, col, cell } of anchoredCells(form.rows)) {
    // A span crossing a page break is cut there; its caption prints again on the next page (under
    // the heading copy when the span starts in the heading, as 绩效指标 does).
    const cuts = starts.filter((p) => p > row && p < row + cell.rowSpan)
    const ends = [...cuts, row + cell.rowSpan]
    place(rowOf[row] as number, col, rowOf[(ends[0] as number) - 1] as number, cell)
    cuts.forEach((p, k) => {
      const copy = header && row >= header.start && row < header.end ? headingLines.get(p)?.get(row) : undefined
      const top = copy !== undefined ? sheetRowOfLine(copy) : (rowOf[p] as number)
      place(top, col, rowOf[(ends[k + 1] as number) - 1] as number, cell)
    })
  }
  const plainRows: number[] = []
  lines.forEach((l, i) => {
    const row = sheetRowOfLine(i)
    const across = (text: string, bold: boolean): FormCell => ({ text, role: 'label', rowSpan: 1, colSpan: n, bold, align: 'center' })
    if (l.kind === 'continued') {
      plainRows.push(row)
      place(row, 0, row, across(`${form.title}（续）`, true))
    } else if (l.kind === 'project') {
      plainRows.push(row)
      place(row, 0, row, across(`项目名称：${form.caption}`, false))
    } else if (l.kind === 'groups' && groups) {
      const first = groups[0] as number
      if (first > 0) place(row, 0, row, { text: '', role: 'header', rowSpan: 1, colSpan: first, bold: false, align: 'center' })
      groups.forEach((start, k) => place(row, start, row, { text: GROUP_LABELS[k] as string, role: 'header', rowSpan: 1, colSpan: (groups[k + 1] ?? n) - start, bold: true, align: 'center' }))
    } else if (l.kind === 'heading' && header) {
      // Heading cells that stay inside the heading; a span reaching below it is placed above.
      for (const [col, c] of (form.rows[l.src] as FormRow).cells.entries()) {
        if (!c || l.src + c.rowSpan > header.end) continue
        place(row, col, row + c.rowSpan - 1, c)
      }
    }
  })

  let footerRow: number | undefined
  if (form.footer.length > 0) {
    footerRow = last + 1
    heights.push(footerHeight)
    form.footer.forEach((f, i) => {
      const left = Math.floor((i * n) / form.footer.length) + 1
      const right = Math.floor(((i + 1) * n) / form.footer.length)
      const cell: FormCell = { text: `${f.label}${f.value}`, role: 'label', rowSpan: 1, colSpan: right - left + 1, bold: false, align: 'left' }
      cells.push({ row: footerRow as number, col: left, cell, value: cell.text })
      if (right > left) merges.push({ top: footerRow as number, left, bottom: footerRow as number, right })
    })
  }
  const breaksAfter = lines.flatMap((l, i) => (l.kind === 'continued' ? [sheetRowOfLine(i) - 1] : []))
  return { columnWidths: widths, rowHeights: heights, cells, merges, grid: { first: FIRST_GRID_ROW, last }, plainRows, gridRows: rowOf, footerRow, lastRow: footerRow ?? last, lastCol: n, breaksAfter }
}

/** A4 portrait with the sheet's margins, in points; Excel's column unit ≈ 5.6 pt at 宋体 10 pt (+ grid). */
const PRINTABLE = { width: 595 - 72, height: 842 - 0.6 * 72 - 0.7 * 72 - 24 }
const PT_PER_UNIT = 5.6

/**
 * The form rows a new page starts at, so that no row group crosses a page: fit-to-width scales
 * the sheet by printable width / sheet width, so a page holds height / scale points of rows. The
 * estimate is kept 10 % short so that Excel's own break never falls inside a group. A continuation
 * page loses the height of its head (title, project name, group labels and heading); the signature
 * line (`footerHeight`) counts with the last group, so it never prints alone on a page.
 */
function pageStartRows(form: FormModel, heights: readonly number[], widths: readonly number[], footerHeight: number, labelled: boolean): number[] {
  const sheetWidth = widths.reduce((a, w) => a + w * PT_PER_UNIT, 0)
  const scale = Math.min(1, PRINTABLE.width / sheetWidth)
  const capacity = (PRINTABLE.height / scale) * 0.9
  const header = form.header
  const sum = (from: number, to: number) => heights.slice(from, to).reduce((a, b) => a + b, 0)
  const headHeight = (r: number) => CONTINUED_HEIGHT + (form.kind === 'project' ? PROJECT_HEIGHT : 0) + (header && r >= header.end ? (labelled ? GROUPS_HEIGHT : 0) + sum(header.start, header.end) : 0)
  const groups = new Map(form.keepTogether.map((g) => [g.start, g.end]))
  // The grid heading stays with the first group under it.
  if (header) groups.set(header.start, groups.get(header.end) ?? header.end + 1)
  const out: number[] = []
  let used = 30 + 20
  let empty = true
  for (let r = 0; r < form.rows.length; ) {
    const end = groups.get(r) ?? r + 1
    let h = sum(r, end)
    if (header && labelled && r === header.start) h += GROUPS_HEIGHT
    if (end >= form.rows.length) h += footerHeight
    if (!empty && used + h > capacity && h <= capacity - headHeight(r)) {
      out.push(r)
      used = headHeight(r)
    }
    used += h
    empty = false
    r = end
  }
  return out
}
