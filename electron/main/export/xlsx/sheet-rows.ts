// A sheet written row by row for the streaming writer: a row's cells are set, the merged ranges
// that start on it are merged, and the row is committed (turned into XML, then forgotten) before
// the next one is begun. The sheet reads as if every cell had been set first and every range
// merged at the end: a merged range's covered cells carry its first cell's style and no value.
import type { Style, Worksheet } from 'exceljs'

export interface RowCell {
  col: number
  /** Left unset when undefined. */
  value?: string | number | null
  style: Partial<Style>
}

export interface MergedRange {
  top: number
  left: number
  bottom: number
  right: number
}

export interface SheetRows {
  lastRow: number
  /** Row heights in points, index 0 = row 1; a hole keeps the default height. */
  heights: readonly (number | undefined)[]
  /** The cells of one row, in the order they are set (a later one wins). */
  cells: (row: number) => Iterable<RowCell>
  merges: readonly MergedRange[]
  /** Rows after which a manual page break is set. */
  breaksAfter?: ReadonlySet<number>
}

/** Groups items by their 1-based row. */
export function byRow<T extends { row: number }>(items: readonly T[]): Map<number, T[]> {
  const rows = new Map<number, T[]>()
  for (const item of items) {
    const list = rows.get(item.row)
    if (list) list.push(item)
    else rows.set(item.row, [item])
  }
  return rows
}

export function writeSheetRows(ws: Worksheet, sheet: SheetRows): void {
  const startingAt = byRow(sheet.merges.map((m) => ({ row: m.top, m })))
  // Columns of the rows below that are covered by a range merged on an earlier row.
  const covered = new Map<number, Set<number>>()
  for (let r = 1; r <= sheet.lastRow; r++) {
    const row = ws.getRow(r)
    const height = sheet.heights[r - 1]
    if (height !== undefined) row.height = height
    const skip = covered.get(r)
    covered.delete(r)
    for (const c of sheet.cells(r)) {
      if (skip?.has(c.col)) continue
      const cell = row.getCell(c.col)
      if (c.value !== undefined) cell.value = c.value
      cell.style = c.style
    }
    for (const { m } of startingAt.get(r) ?? []) {
      ws.mergeCells(m.top, m.left, m.bottom, m.right)
      for (let below = m.top + 1; below <= m.bottom; below++) {
        const cols = covered.get(below) ?? new Set<number>()
        for (let c = m.left; c <= m.right; c++) cols.add(c)
        covered.set(below, cols)
      }
    }
    if (sheet.breaksAfter?.has(r)) row.addPageBreak()
    row.commit()
  }
}
