// Reading figures out of a TableModel by row key and column key.
import { LAYOUTS } from './layouts'
import { cellMoney, type TableModel, type TableRow, type WanCents } from './table-model'

const columnIndexes = new Map<TableModel['id'], Map<string, number>>()

export function columnIndex(table: TableModel, columnKey: string): number {
  let byKey = columnIndexes.get(table.id)
  if (!byKey) {
    byKey = new Map(LAYOUTS[table.id].columns.map((c, i) => [c.key, i] as const).reverse())
    columnIndexes.set(table.id, byKey)
  }
  const i = byKey.get(columnKey)
  if (i === undefined) throw new Error(`${table.id} has no column ${columnKey}`)
  return i
}

// Rows by key, built once per row list: the rules look up hundreds of rows of 表12 by key, and a
// search through the rows for each was most of their time on a large department.
const rowIndexes = new WeakMap<readonly TableRow[], Map<string, TableRow>>()

export function findRow(table: TableModel, rowKey: string): TableRow | undefined {
  let byKey = rowIndexes.get(table.rows)
  if (!byKey) {
    byKey = new Map()
    for (const r of table.rows) if (!byKey.has(r.key)) byKey.set(r.key, r)
    rowIndexes.set(table.rows, byKey)
  }
  return byKey.get(rowKey)
}

/** The money in a cell; 0 for a blank cell or a missing row. */
export function moneyAt(table: TableModel, rowKey: string, columnKey: string): WanCents {
  const r = findRow(table, rowKey)
  return r ? cellMoney(r.cells[columnIndex(table, columnKey)]) : 0
}
