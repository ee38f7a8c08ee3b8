// What a table's worksheet must contain, built from the TableModel alone (not from the exporter's
// own layout code): row 1 label, row 2 title, row 3 部门名称 | 单位, header from row 4, then the
// body, then `注：本表无数据` and the footnotes. Readers plug in through `SheetReader`.
import { EMPTY_TABLE_NOTE, type TableModel } from '../../core/tables/table-model'

export const HEADER_START_ROW = 4
/** The money format the issue asks for (spec §3): two decimals, no separators, zero blank. */
export const MONEY_FORMAT = '0.00;-0.00;;@'

export type ExpectedValue = { type: 'string'; text: string } | { type: 'number'; cents: number } | { type: 'empty' }

export interface ExpectedCell {
  row: number
  col: number
  value: ExpectedValue
  /** Part of the table grid (header or body): must have thin borders. */
  grid: boolean
  /** Number format the cell must carry, when it matters. */
  numFmt?: string
}

export interface ReadCell {
  /** `string`, `number`, `empty` or anything else a reader reports (`formula`, `date` …). */
  type: string
  value: string | number | null
  numFmt: string
}

export type SheetReader = (row: number, col: number) => ReadCell

export const firstBodyRow = (t: TableModel) => HEADER_START_ROW + t.headerRowCount

export function lastRow(t: TableModel): number {
  return firstBodyRow(t) + t.rows.length - 1 + (t.empty ? 1 : 0) + t.notes.length
}

const str = (text: string): ExpectedValue => (text === '' ? { type: 'empty' } : { type: 'string', text })

export function expectedCells(t: TableModel, moneyFormat: string): ExpectedCell[] {
  const n = t.columns.length
  const out: ExpectedCell[] = [
    { row: 1, col: 1, value: str(t.label), grid: false },
    { row: 2, col: 1, value: str(t.title), grid: false },
    { row: 3, col: 1, value: str(`部门名称：${t.departmentName}`), grid: false },
    { row: 3, col: n, value: str(t.unitLabel), grid: false },
  ]
  const headerOwner = new Map<string, string | null>()
  for (const h of t.header) {
    for (let r = h.row; r < h.row + h.rowSpan; r++) {
      for (let c = h.col; c < h.col + h.colSpan; c++) headerOwner.set(`${r}:${c}`, r === h.row && c === h.col ? h.text : null)
    }
  }
  for (let r = 0; r < t.headerRowCount; r++) {
    for (let c = 0; c < n; c++) {
      const text = headerOwner.get(`${r}:${c}`)
      if (text === undefined) throw new Error(`${t.id}: header cell ${r}:${c} is not covered`)
      out.push({ row: HEADER_START_ROW + r, col: c + 1, value: text === null ? { type: 'empty' } : str(text), grid: true })
    }
  }
  t.rows.forEach((row, i) => {
    t.columns.forEach((column, j) => {
      const cell = row.cells[j] ?? null
      const value: ExpectedValue = cell === null ? { type: 'empty' } : cell.kind === 'money' ? { type: 'number', cents: cell.value } : str(cell.text)
      const numFmt = column.kind === 'money' ? moneyFormat : '@'
      out.push({ row: firstBodyRow(t) + i, col: j + 1, value, grid: true, numFmt })
    })
  })
  let r = firstBodyRow(t) + t.rows.length
  for (const note of [...(t.empty ? [EMPTY_TABLE_NOTE] : []), ...t.notes]) out.push({ row: r++, col: 1, value: str(note), grid: false })
  return out
}

/** Expected merges as A1 ranges: title rows, 部门名称, the header's spans and the note rows. */
export function expectedMerges(t: TableModel): string[] {
  const n = t.columns.length
  const col = (c: number) => String.fromCharCode(64 + c)
  const range = (r1: number, c1: number, r2: number, c2: number) => `${col(c1)}${r1}:${col(c2)}${r2}`
  const out = [range(1, 1, 1, n), range(2, 1, 2, n), range(3, 1, 3, n - 1)]
  for (const h of t.header) {
    if (h.rowSpan > 1 || h.colSpan > 1) out.push(range(HEADER_START_ROW + h.row, h.col + 1, HEADER_START_ROW + h.row + h.rowSpan - 1, h.col + h.colSpan))
  }
  const notes = (t.empty ? 1 : 0) + t.notes.length
  for (let i = 0; i < notes; i++) out.push(range(firstBodyRow(t) + t.rows.length + i, 1, firstBodyRow(t) + t.rows.length + i, n))
  return out.sort()
}

/** Compares every expected cell; returns the mismatches (empty when the sheet matches) and the count compared. */
export function compareSheet(t: TableModel, read: SheetReader, moneyFormat: string): { compared: number; mismatches: string[] } {
  const mismatches: string[] = []
  const cells = expectedCells(t, moneyFormat)
  for (const e of cells) {
    const got = read(e.row, e.col)
    const where = `${t.id} R${e.row}C${e.col}`
    const v = e.value
    if (v.type === 'empty') {
      if (got.type !== 'empty') mismatches.push(`${where}: expected empty, got ${got.type} ${String(got.value)}`)
    } else if (v.type === 'string') {
      if (got.type !== 'string' || got.value !== v.text) mismatches.push(`${where}: expected text ${JSON.stringify(v.text)}, got ${got.type} ${JSON.stringify(got.value)}`)
    } else if (got.type !== 'number' || typeof got.value !== 'number' || Math.abs(got.value * 100 - v.cents) > 1e-6) {
      mismatches.push(`${where}: expected number ${v.cents / 100}, got ${got.type} ${String(got.value)}`)
    }
    if (e.numFmt !== undefined && v.type !== 'empty' && got.numFmt !== e.numFmt) mismatches.push(`${where}: number format ${JSON.stringify(got.numFmt)}, expected ${JSON.stringify(e.numFmt)}`)
  }
  return { compared: cells.length, mismatches }
}
