// Column widths that fit CJK text: measured from the header and body, capped by the layout's
// width hint (in CJK characters) so long names wrap instead of pushing the table off the page.
import { formatTableCell } from '../../../../core/money/format'
import type { TableColumn, TableModel } from '../../../../core/tables/table-model'
import { TITLE_FONT_SIZE } from './cell-styles'
import { textWidth } from './text-width'

/** Cell padding in column units (Excel keeps ~1 unit of margin around a value). */
export const CELL_PADDING = 2
/** One indent level is about one CJK character in Excel, WPS and LibreOffice. */
export const INDENT_UNITS = 2

const MIN_WIDTH: Record<TableColumn['kind'], number> = { code: 9, text: 12, money: 12 }

/** Tables printed as trees (类 → 款 → 项, department → unit → project): their name column is indented by level. */
const TREE_TABLES = new Set(['T2', 'T3', 'T5', 'T6', 'T7', 'T8', 'T11', 'T12', 'T13'])

/** Index of the column indented by row level, or -1 for flat tables (T1, T4, T9, T10). */
export function treeColumn(table: TableModel): number {
  return TREE_TABLES.has(table.id) ? table.columns.findIndex((c) => c.kind === 'text') : -1
}

export function indentFor(table: TableModel, col: number, level: number): number {
  return col === treeColumn(table) ? Math.max(0, level) : 0
}

function contentWidth(table: TableModel, col: number): number {
  let widest = 0
  for (const row of table.rows) {
    const cell = row.cells[col]
    if (!cell) continue
    const text = cell.kind === 'money' ? formatTableCell(cell.value) : cell.text
    widest = Math.max(widest, textWidth(text) + indentFor(table, col, row.level) * INDENT_UNITS)
  }
  return widest
}

/** Widest header cell that sits in this column alone; wider ones wrap onto two lines. */
function headerWidth(table: TableModel, col: number): number {
  let widest = 0
  for (const h of table.header) if (h.col === col && h.colSpan === 1) widest = Math.max(widest, textWidth(h.text))
  return widest
}

const TITLE_SCALE = TITLE_FONT_SIZE / 10

function fittedWidths(table: TableModel): number[] {
  return table.columns.map((column, col) => {
    const cap = column.kind === 'text' ? column.width * 2 + CELL_PADDING : Number.POSITIVE_INFINITY
    const header = headerWidth(table, col)
    // A header up to 12 units stays on one line; longer ones may wrap onto two.
    const headerNeed = header <= 12 ? header : Math.ceil(header / 2)
    const need = Math.max(contentWidth(table, col), headerNeed) + CELL_PADDING
    return Math.min(cap, Math.max(MIN_WIDTH[column.kind], need))
  })
}

/**
 * Narrow tables (T7, T11, an empty T9) are widened so the title fits on one line: the extra goes
 * to the text columns, in proportion to their width.
 */
export function columnWidths(table: TableModel): number[] {
  const widths = fittedWidths(table)
  const total = widths.reduce((a, b) => a + b, 0)
  const want = Math.ceil(textWidth(table.title) * TITLE_SCALE) + CELL_PADDING * 2
  if (total >= want) return widths
  const grow = table.columns.map((c, i) => (c.kind === 'text' ? (widths[i] ?? 0) : 0))
  const growTotal = grow.reduce((a, b) => a + b, 0)
  const shares = growTotal > 0 ? grow.map((g) => g / growTotal) : widths.map((w) => w / total)
  return widths.map((w, i) => Math.ceil(w + (want - total) * (shares[i] ?? 0)))
}
