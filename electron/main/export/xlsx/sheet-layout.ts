// TableModel → a plan of one worksheet (cells, merges, widths, heights, print rows), as plain data
// so it can be tested without exceljs. Layout of every table (domain-spec §2.0):
//   row 1  label 预算公开表N            row 2  merged bold title
//   row 3  部门名称：… (left) | 单位：万元 (right)
//   then the multi-row merged header, the body, `注：本表无数据` when empty, and the footnotes.
import { EMPTY_TABLE_NOTE, type Cell, type TableModel } from '../../../../core/tables/table-model'
import { cellStyle, TITLE_FONT_SIZE, type CellRole } from './cell-styles'
import { CELL_PADDING, columnWidths, indentFor, INDENT_UNITS } from './column-widths'
import { wrappedLineCount } from './text-width'
import type { Style } from 'exceljs'

export type PlannedValue = string | number | null

export interface PlannedCell {
  /** 1-based, as in Excel. */
  row: number
  col: number
  value: PlannedValue
  role: CellRole
  style: Partial<Style>
}

export interface Merge {
  top: number
  left: number
  bottom: number
  right: number
}

export interface SheetPlan {
  columnWidths: number[]
  /** Row heights in points, index 0 = row 1. */
  rowHeights: number[]
  cells: PlannedCell[]
  merges: Merge[]
  /** First and last sheet row of the column header (repeated on every printed page). */
  headerRows: { first: number; last: number }
  /** First and last sheet row of the body (data rows). */
  bodyRows: { first: number; last: number }
  lastRow: number
  lastCol: number
  orientation: 'portrait' | 'landscape'
}

export const LABEL_ROW = 1
export const TITLE_ROW = 2
export const DEPARTMENT_ROW = 3
export const FIRST_HEADER_ROW = 4

/** Line height of 10 pt CJK text in points, and the vertical padding of a row. */
const LINE_HEIGHT = 14
const ROW_PADDING = 5
const TITLE_LINE_HEIGHT = 24

export function rowHeight(lines: number): number {
  return lines * LINE_HEIGHT + ROW_PADDING
}

/** Excel number value of a money cell: 0.01 万元 integers → 万元 (IEEE division rounds exactly). */
export function moneyValue(cents: number): number {
  return cents / 100
}

function bodyValue(cell: Cell): PlannedValue {
  if (cell === null) return null
  if (cell.kind === 'money') return moneyValue(cell.value)
  // An empty name (the 合计 row of T2/T3) stays an empty cell, not an empty string.
  return cell.text === '' ? null : cell.text
}

export function planSheet(table: TableModel): SheetPlan {
  const widths = columnWidths(table)
  const lastCol = table.columns.length
  const cells: PlannedCell[] = []
  const merges: Merge[] = []
  const heights: number[] = []
  const spanWidth = (left: number, right: number) => widths.slice(left - 1, right).reduce((a, b) => a + b, 0)
  const put = (row: number, col: number, value: PlannedValue, role: CellRole, style = cellStyle(role)) => cells.push({ row, col, value, role, style })
  const mergeRow = (row: number, left: number, right: number) => {
    if (right > left) merges.push({ top: row, left, bottom: row, right })
  }

  put(LABEL_ROW, 1, table.label, 'label')
  mergeRow(LABEL_ROW, 1, lastCol)
  heights[LABEL_ROW - 1] = rowHeight(1)

  put(TITLE_ROW, 1, table.title, 'title')
  mergeRow(TITLE_ROW, 1, lastCol)
  const titleLines = wrappedLineCount(table.title, spanWidth(1, lastCol) - CELL_PADDING, TITLE_FONT_SIZE / 10)
  heights[TITLE_ROW - 1] = titleLines * TITLE_LINE_HEIGHT + 10

  // 单位：万元 takes the last column (every table ends in a money column ≥ 12 units wide).
  const departmentText = `${table.ownerLabel ?? '部门名称'}：${table.departmentName}`
  put(DEPARTMENT_ROW, 1, departmentText, 'department')
  mergeRow(DEPARTMENT_ROW, 1, lastCol - 1)
  put(DEPARTMENT_ROW, lastCol, table.unitLabel, 'unit')
  heights[DEPARTMENT_ROW - 1] = rowHeight(wrappedLineCount(departmentText, spanWidth(1, lastCol - 1) - CELL_PADDING))

  const lastHeaderRow = FIRST_HEADER_ROW + table.headerRowCount - 1
  const covered = new Set<string>()
  const headerLines = new Array<number>(table.headerRowCount).fill(1)
  for (const h of table.header) {
    const top = FIRST_HEADER_ROW + h.row
    const left = h.col + 1
    const bottom = top + h.rowSpan - 1
    const right = left + h.colSpan - 1
    for (let r = top; r <= bottom; r++) {
      for (let c = left; c <= right; c++) {
        covered.add(`${r}:${c}`)
        put(r, c, r === top && c === left ? h.text : null, 'header')
      }
    }
    if (bottom > top || right > left) merges.push({ top, left, bottom, right })
    // A cell spanning rows only needs its lines spread over them; charge them to its last row.
    const lines = Math.ceil(wrappedLineCount(h.text, spanWidth(left, right) - CELL_PADDING) / h.rowSpan)
    const idx = h.row + h.rowSpan - 1
    headerLines[idx] = Math.max(headerLines[idx] ?? 1, lines)
  }
  for (let r = FIRST_HEADER_ROW; r <= lastHeaderRow; r++) {
    for (let c = 1; c <= lastCol; c++) if (!covered.has(`${r}:${c}`)) put(r, c, null, 'header')
    heights[r - 1] = rowHeight(headerLines[r - FIRST_HEADER_ROW] ?? 1)
  }

  const firstBodyRow = lastHeaderRow + 1
  table.rows.forEach((tableRow, i) => {
    const r = firstBodyRow + i
    let lines = 1
    table.columns.forEach((column, j) => {
      const cell = tableRow.cells[j] ?? null
      const bold = tableRow.kind === 'total'
      const indent = indentFor(table, j, tableRow.level)
      const role: CellRole = column.kind === 'money' ? 'money' : column.kind === 'code' ? 'code' : 'text'
      put(r, j + 1, bodyValue(cell), role, cellStyle(role, { bold, indent }))
      if (cell && cell.kind === 'text' && role === 'text') {
        lines = Math.max(lines, wrappedLineCount(cell.text, (widths[j] ?? 0) - CELL_PADDING - indent * INDENT_UNITS))
      }
    })
    heights[r - 1] = rowHeight(lines)
  })
  const lastBodyRow = firstBodyRow + table.rows.length - 1

  let r = lastBodyRow
  const footnotes = [...(table.empty ? [EMPTY_TABLE_NOTE] : []), ...table.notes]
  for (const note of footnotes) {
    r++
    put(r, 1, note, 'note')
    mergeRow(r, 1, lastCol)
    heights[r - 1] = rowHeight(wrappedLineCount(note, spanWidth(1, lastCol) - CELL_PADDING))
  }

  return {
    columnWidths: widths,
    rowHeights: heights,
    cells,
    merges,
    headerRows: { first: FIRST_HEADER_ROW, last: lastHeaderRow },
    bodyRows: { first: firstBodyRow, last: lastBodyRow },
    lastRow: r,
    lastCol,
    orientation: table.orientation,
  }
}
