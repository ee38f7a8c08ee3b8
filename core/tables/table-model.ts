// The neutral table model: one per published table (预算公开表1–13). Excel, PDF, screen previews and
// the 勾稽 rules all read this shape, so a figure reads the same in every output.

export type TableId = 'T1' | 'T2' | 'T3' | 'T4' | 'T5' | 'T6' | 'T7' | 'T8' | 'T9' | 'T10' | 'T11' | 'T12' | 'T13'

export const TABLE_IDS: readonly TableId[] = ['T1', 'T2', 'T3', 'T4', 'T5', 'T6', 'T7', 'T8', 'T9', 'T10', 'T11', 'T12', 'T13']

/** A money amount in 0.01 万元 (hundreds of 元), always an integer. */
export type WanCents = number

export type ColumnKind = 'code' | 'text' | 'money'

export interface TableColumn {
  key: string
  kind: ColumnKind
  /** Relative width in CJK characters, a hint for renderers. */
  width: number
}

export interface HeaderCell {
  text: string
  row: number
  col: number
  rowSpan: number
  colSpan: number
}

/**
 * A body cell. `null` is a structurally blank cell (e.g. T1's income side below row 5);
 * a money cell with value 0 is printed blank too, but stays a number.
 */
export type Cell = { kind: 'text'; text: string } | { kind: 'money'; value: WanCents } | null

export type RowKind =
  | 'total' // 合计 / 部门合计 / the T12/T13 department row
  | 'group' // 类/款 subtotal, T6 group row, T12/T13 unit row
  | 'item' // 项, T6 pair row, T12 project row, fixed rows of T1/T4/T10
  | 'closing' // T1/T4 closing block rows (本年收入合计, 上年结转, 收入总计 …)

export interface TableRow {
  /** Stable within a document: `total`, `c:2010301`, `cat:201`, `i:基本工资|工资奖金津补贴`, `u:<unitId>`, `p:<projectId>` (tables parsed from a published text use positions: `u:#1`, `p:#1.2`). */
  key: string
  kind: RowKind
  /** Tree depth: 0 for 合计/department, 1 for 类/unit/group, 2 for 款/project/item, 3 for 项. */
  level: number
  cells: Cell[]
}

export interface TableModel {
  id: TableId
  /** `预算公开表1` … `预算公开表13`; table 9 is `部门公开表9` by default. */
  label: string
  title: string
  /** Entry in the 目录: `表一2026年预算收支总表`. */
  tocTitle: string
  departmentName: string
  /** Label before the name: `部门名称` when absent; `单位名称` in a 单位预算公开. */
  ownerLabel?: string
  unitLabel: string
  orientation: 'portrait' | 'landscape'
  columns: TableColumn[]
  header: HeaderCell[]
  headerRowCount: number
  rows: TableRow[]
  /** True when the table has no data: it is printed with `注：本表无数据`. */
  empty: boolean
  /** Footnotes printed under the table (`注：本套报表因取数时四舍五入…`). */
  notes: string[]
}

export type TableSet = Record<TableId, TableModel>

export const EMPTY_TABLE_NOTE = '注：本表无数据'

export function textCell(text: string): Cell {
  return { kind: 'text', text }
}

export function moneyCell(value: WanCents): Cell {
  return { kind: 'money', value }
}

export function cellText(cell: Cell): string {
  if (cell === null) return ''
  return cell.kind === 'text' ? cell.text : String(cell.value)
}

export function cellMoney(cell: Cell | undefined): WanCents {
  return cell && cell.kind === 'money' ? cell.value : 0
}
