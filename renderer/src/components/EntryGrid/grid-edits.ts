// Pure edits of the grid's rows: paste a parsed block, clear, delete and duplicate a selection.
import type { PasteResult } from '../paste/parse-paste'
import { clearCell, writeCell } from './grid-cells'
import type { CellPosition, GridColumn, GridRow } from './grid-types'

export interface Range {
  top: number
  bottom: number
  left: number
  right: number
}

export function rangeOf(a: CellPosition, b: CellPosition): Range {
  return { top: Math.min(a.row, b.row), bottom: Math.max(a.row, b.row), left: Math.min(a.col, b.col), right: Math.max(a.col, b.col) }
}

export function inRange(r: Range, row: number, col: number): boolean {
  return row >= r.top && row <= r.bottom && col >= r.left && col <= r.right
}

export interface PasteApplied<R> {
  rows: R[]
  /** Rows written, as indices of the new row list. */
  first: number
  last: number
  added: number
}

/** Writes a parsed block from `anchor` down, adding rows as needed; bad cells keep their text. */
export function applyPaste<R extends GridRow>(rows: readonly R[], result: PasteResult, columns: readonly GridColumn<R>[], anchor: number, newRow: () => R): PasteApplied<R> {
  const out = rows.slice()
  let added = 0
  result.rows.forEach((pasted, k) => {
    const index = anchor + k
    let row = out[index]
    if (row === undefined) {
      row = newRow()
      added++
    }
    for (const column of columns) {
      const cell = pasted.cells[column.key]
      if (!cell || column.readOnly) continue
      row = cell.ok ? writeCell(row, column, cell.value, false) : writeCell(row, column, cell.text, true)
    }
    out[index] = row
  })
  return { rows: out, first: anchor, last: anchor + Math.max(result.rows.length, 1) - 1, added }
}

export function clearRange<R extends GridRow>(rows: readonly R[], columns: readonly GridColumn<R>[], range: Range): R[] {
  return rows.map((row, i) => {
    if (i < range.top || i > range.bottom) return row
    let next = row
    for (let c = range.left; c <= range.right; c++) {
      const column = columns[c]
      if (column && !column.readOnly) next = clearCell(next, column)
    }
    return next
  })
}

export function deleteRows<R>(rows: readonly R[], top: number, bottom: number): R[] {
  return rows.filter((_, i) => i < top || i > bottom)
}

export function duplicateRows<R>(rows: readonly R[], top: number, bottom: number, copy: (row: R) => R): R[] {
  const copies = rows.slice(top, bottom + 1).map(copy)
  return [...rows.slice(0, bottom + 1), ...copies, ...rows.slice(bottom + 1)]
}

/** The selection as tab-separated text, the way Excel pastes it back. */
export function rangeToText(lines: readonly string[][]): string {
  // As Excel: a cell is quoted when it holds a tab or line break, or starts with a quote.
  const quote = (s: string) => (/[\t\n]/.test(s) || s.startsWith('"') ? `"${s.replace(/"/g, '""')}"` : s)
  return lines.map((cells) => cells.map(quote).join('\t')).join('\n')
}
