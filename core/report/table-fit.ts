// Which of the 13 tables print on one page, and at what size. A finance bureau reads 表1 (and every
// table the published disclosures print on one page) as one sheet: when the table does not fit at
// the normal size, the type and the cell padding shrink step by step, down to limits that stay
// legible on an A4 print-out. Below those limits the table breaks across pages as any other
// (its header rows repeat), rather than print too small to read. Any other table that would leave
// only a short tail (≤ 20 % of a page) on a second page is fitted to one page the same way.
//
// Legibility limits (decided here, used by the PDF and mirrored by the xlsx print setup):
// - table text not smaller than 8 pt (小六号 is 6.5 pt, 六号 7.5 pt; printed budget tables use 9–10 pt);
// - cell padding not below 1 pt above and below the text;
// - column widths stay proportional to the layout's hints (no column squeezed to fit).
import { formatTableCell } from '../money/format'
import { TABLE_IDS, type TableId, type TableModel } from '../tables/table-model'
import { lineCount } from './performance-forms/measure'
import { A4, STYLE_SIZES, TABLE_FONT_SIZE, TABLE_MARGINS, textWidth } from './styles'

/**
 * Tables kept to one page: 表1 always (a 收支总表 is one page; the 30 expenditure categories fit a
 * portrait page), and those the three published disclosures all print on one page. 表2 and 表12
 * (one row per unit or project) run as long as the department is large.
 */
export const ONE_PAGE_TABLES: readonly TableId[] = ['T1', 'T3', 'T4', 'T5', 'T6', 'T7', 'T8', 'T9', 'T10', 'T11', 'T13']

export const MIN_TABLE_FONT_SIZE = 8
/** Normal and compact cell padding above and below the text (the `grid` and `gridCompact` layouts). */
export const TABLE_PADDING_Y = { normal: 2, compact: 1 } as const

const FONT_STEPS = [TABLE_FONT_SIZE, 9.5, 9, 8.5, MIN_TABLE_FONT_SIZE]

/** Line pitch of the table text: the CJK fonts' ~1.44 em times the cells' 1.05, rounded up. */
const CELL_LINE_EM = 1.52
const RULE = 0.5
const PADDING_X = 3
/**
 * A table that runs past its page by at most this share of the page (a few rows on a page of their
 * own, as 表2 of a small department) is set smaller to fit, within the same limits.
 */
export const SHORT_TAIL = 0.2

/** Kept free at the page foot: the estimate must err towards breaking, never towards overflow. */
const SAFETY = 12

export interface TableFit {
  fontSize: number
  paddingY: number
  /** True when the table is estimated to fit one page at this size. */
  onePage: boolean
}

function contentWidths(t: TableModel): number[] {
  const n = t.columns.length
  const available = textWidth(t.orientation, TABLE_MARGINS) - n * 2 * PADDING_X - (n + 1) * RULE
  const hints = t.columns.reduce((a, c) => a + c.width, 0)
  return t.columns.map((c) => (available * c.width) / hints)
}

function rowHeight(texts: readonly { text: string; width: number; rowSpan?: number }[], fontSize: number, paddingY: number): number {
  let lines = 1
  for (const c of texts) lines = Math.max(lines, lineCount(c.text, c.width, fontSize) / (c.rowSpan ?? 1))
  return lines * fontSize * CELL_LINE_EM + 2 * paddingY + RULE
}

/** Estimated height in pt of the table grid (header and body rows) at a size. */
export function tableHeight(t: TableModel, fontSize: number, paddingY: number): number {
  const widths = contentWidths(t)
  const spanWidth = (col: number, span: number) => widths.slice(col, col + span).reduce((a, b) => a + b, 0) + (span - 1) * (2 * PADDING_X + RULE)
  let height = 0
  for (let r = 0; r < t.headerRowCount; r++) {
    const cells = t.header.filter((h) => h.row === r).map((h) => ({ text: h.text, width: spanWidth(h.col, h.colSpan), rowSpan: h.rowSpan }))
    height += rowHeight(cells, fontSize, paddingY)
  }
  for (const row of t.rows) {
    const cells = row.cells.map((c, i) => ({ text: c === null ? '' : c.kind === 'money' ? formatTableCell(c.value) : c.text, width: c?.kind === 'money' ? Number.POSITIVE_INFINITY : (widths[i] ?? 1) }))
    height += rowHeight(cells, fontSize, paddingY)
  }
  return height
}

/** Height in pt the table may take on its page: the page less its margins and the lines around it. */
export function tableRoom(t: TableModel, noteCount: number, leadHeight = 0): number {
  const page = t.orientation === 'portrait' ? A4.height : A4.width
  const around = STYLE_SIZES.tableLabel + STYLE_SIZES.tableTitle + STYLE_SIZES.tableMeta + noteCount * STYLE_SIZES.tableNote
  return page - TABLE_MARGINS[1] - TABLE_MARGINS[3] - around - leadHeight - SAFETY
}

/** The size a table prints at: normal when it fits or may break; else the largest size that fits one page. */
export function fitTable(t: TableModel, noteCount: number, leadHeight = 0): TableFit {
  const normal: TableFit = { fontSize: TABLE_FONT_SIZE, paddingY: TABLE_PADDING_Y.normal, onePage: false }
  const room = tableRoom(t, noteCount, leadHeight)
  const height = tableHeight(t, normal.fontSize, normal.paddingY)
  if (height <= room) return { ...normal, onePage: true }
  // Any other table is kept to one page only when it would leave a short tail on a second page.
  if (!ONE_PAGE_TABLES.includes(t.id) && height > room * (1 + SHORT_TAIL)) return normal
  for (const paddingY of [TABLE_PADDING_Y.normal, TABLE_PADDING_Y.compact]) {
    for (const fontSize of FONT_STEPS) {
      if (tableHeight(t, fontSize, paddingY) <= room) return { fontSize, paddingY, onePage: true }
    }
  }
  return normal
}

/** The ids, in order, of the tables that print on one page (what the xlsx print setup mirrors). */
export function onePageTableIds(tables: Record<TableId, TableModel>, noteCount: (t: TableModel) => number): TableId[] {
  return TABLE_IDS.filter((id) => ONE_PAGE_TABLES.includes(id) && fitTable(tables[id], noteCount(tables[id])).onePage)
}
