// Reading figures out of a TableModel by row key and column key.
import { LAYOUTS } from './layouts'
import { cellMoney, type TableModel, type TableRow, type WanCents } from './table-model'

export function columnIndex(table: TableModel, columnKey: string): number {
  const i = LAYOUTS[table.id].columns.findIndex((c) => c.key === columnKey)
  if (i < 0) throw new Error(`${table.id} has no column ${columnKey}`)
  return i
}

export function findRow(table: TableModel, rowKey: string): TableRow | undefined {
  return table.rows.find((r) => r.key === rowKey)
}

/** The money in a cell; 0 for a blank cell or a missing row. */
export function moneyAt(table: TableModel, rowKey: string, columnKey: string): WanCents {
  const r = findRow(table, rowKey)
  return r ? cellMoney(r.cells[columnIndex(table, columnKey)]) : 0
}
