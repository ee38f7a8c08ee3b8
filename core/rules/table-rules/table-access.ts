// Read access to the neutral table model for the 勾稽 rules: cells by row key and column key
// (core/tables/layouts.ts), code trees, T6/T12 sections, and the Chinese names used in messages.
import { columnIndex, findRow, moneyAt } from '../../tables/access'
import { EXPENDITURE_CATEGORIES, LAYOUTS } from '../../tables/layouts'
import { cellMoney, type Cell, type RowKind, type TableId, type TableModel, type TableRow, type WanCents } from '../../tables/table-model'

export { columnIndex, findRow }

export function moneyColumns(id: TableId): string[] {
  return LAYOUTS[id].columns.filter((c) => c.kind === 'money').map((c) => c.key)
}

export function cellAt(table: TableModel, row: TableRow, column: string): Cell | undefined {
  return row.cells[columnIndex(table, column)]
}

/** Money of a row's cell; a blank published cell and a structurally blank cell read 0. */
export function rowMoney(table: TableModel, row: TableRow, column: string): WanCents {
  return cellMoney(cellAt(table, row, column))
}

/** Money by row key; a missing row reads 0 too. */
export function money(table: TableModel, rowKey: string, column: string): WanCents {
  return moneyAt(table, rowKey, column)
}

/** True when the row prints something in the column (a money cell, even if 0, or a text cell). */
export function hasCell(table: TableModel, row: TableRow, column: string): boolean {
  const c = cellAt(table, row, column)
  return c !== null && c !== undefined
}

export function textAt(table: TableModel, row: TableRow, column: string): string {
  const c = cellAt(table, row, column)
  return c && c.kind === 'text' ? c.text.trim() : ''
}

export function text(table: TableModel, rowKey: string, column: string): string {
  const row = findRow(table, rowKey)
  return row ? textAt(table, row, column) : ''
}

/** The rows with these keys that the table prints, in the given order. */
export function rowsByKeys(table: TableModel, keys: readonly string[]): TableRow[] {
  return keys.map((k) => findRow(table, k)).filter((r): r is TableRow => r !== undefined)
}

/** T6 item rows of one 部门预算支出经济科目, over all its 政府科目 pairs. */
export function economicItemRows(table: TableModel, departmentItem: string): TableRow[] {
  return table.rows.filter((r) => r.kind === 'item' && textAt(table, r, 'departmentItem') === departmentItem)
}

export function rowsOfKind(table: TableModel, kind: RowKind): TableRow[] {
  return table.rows.filter((r) => r.kind === kind)
}

export function sum(values: readonly WanCents[]): WanCents {
  return values.reduce((a, b) => a + b, 0)
}

export function sumAt(table: TableModel, rows: readonly TableRow[], column: string): WanCents {
  return sum(rows.map((r) => rowMoney(table, r, column)))
}

/** Σ of several columns of one row. */
export function rowSum(table: TableModel, row: TableRow, columns: readonly string[]): WanCents {
  return sum(columns.map((k) => rowMoney(table, row, k)))
}

/** True when any money cell of the table is not 0. */
export function hasMoney(table: TableModel): boolean {
  return table.rows.some((r) => r.cells.some((c) => c !== null && c !== undefined && c.kind === 'money' && c.value !== 0))
}

export interface CodeRow {
  code: string
  row: TableRow
}

/** Rows keyed `c:<code>` (T2/T3/T5/T7/T8). */
export function codeRows(table: TableModel): CodeRow[] {
  return table.rows.filter((r) => r.key.startsWith('c:')).map((row) => ({ code: row.key.slice(2), row }))
}

/** Rows whose `column` holds a code (T9, where income and expenditure codes share rows). */
export function codeRowsIn(table: TableModel, column: string): CodeRow[] {
  const out: CodeRow[] = []
  for (const row of table.rows) {
    const code = textAt(table, row, column)
    if (/^\d{3}(?:\d{2}){0,2}$/.test(code)) out.push({ code, row })
  }
  return out
}

/** 类 rows under 合计 (parent null), 款 rows under a 类, 项 rows under a 款. */
export function childrenOf(rows: readonly CodeRow[], parent: string | null): CodeRow[] {
  if (parent === null) return rows.filter((r) => r.code.length === 3)
  return rows.filter((r) => r.code.length === parent.length + 2 && r.code.startsWith(parent))
}

export function codeRow(rows: readonly CodeRow[], code: string): CodeRow | undefined {
  return rows.find((r) => r.code === code)
}

export const categoryKey = (code: string): string => `cat:${code}`

/** T1/T4: the 30 category rows. */
export function categoryRows(table: TableModel): TableRow[] {
  return table.rows.filter((r) => r.key.startsWith('cat:'))
}

/** T1/T4 income rows stand beside the first category rows: income row i is on category row i. */
export function incomeRowKey(index: number): string {
  const cat = EXPENDITURE_CATEGORIES[index]
  if (!cat) throw new Error(`no income row ${index}`)
  return categoryKey(cat.code)
}

/** `十二、城乡社区支出` → `城乡社区支出`. */
export function categoryName(code: string): string {
  const label = EXPENDITURE_CATEGORIES.find((c) => c.code === code)?.label ?? ''
  return label.replace(/^[一二三四五六七八九十]+、/, '')
}

/**
 * The rows under each section head (T6 group → its items, T12/T13 unit → its projects): every row of
 * `childKind` after a head until the next head or a row of another kind.
 */
export function sections(table: TableModel, headKind: RowKind, childKind: RowKind): { head: TableRow; children: TableRow[] }[] {
  const out: { head: TableRow; children: TableRow[] }[] = []
  let current: { head: TableRow; children: TableRow[] } | undefined
  for (const row of table.rows) {
    if (row.kind === headKind) out.push((current = { head: row, children: [] }))
    else if (row.kind === childKind && current) current.children.push(row)
    else current = undefined
  }
  return out
}

export const tableName = (id: TableId): string => `表${LAYOUTS[id].number}`

function budgetYear(table: TableModel): string {
  return /^\d{4}/.exec(table.title)?.[0] ?? '本'
}

/** The lowest header text over a column (`小计`, `一般公共预算`, `2026年合计`), without the T12/T13 number row. */
export function columnLabel(table: TableModel, column: string): string {
  const i = columnIndex(table, column)
  const cells = LAYOUTS[table.id].header.filter((h) => h.col === i && h.colSpan === 1 && !/^\d+$/.test(h.text))
  cells.sort((a, b) => b.row - a.row)
  const label = cells[0]?.text ?? column
  return label.replace('{年}', budgetYear(table))
}

const INCOME_SIDE: Partial<Record<TableId, string[]>> = { T1: ['incomeItem', 'income'], T4: ['incomeItem', 'income'], T9: ['incomeCode', 'incomeName', 'income'] }

/** How a row is named in a message: `201 一般公共服务支出`, `本年支出合计`, `基本工资—工资奖金津补贴`. */
export function rowLabel(table: TableModel, rowKey: string, column?: string): string {
  const row = findRow(table, rowKey)
  const incomeSide = column !== undefined && (INCOME_SIDE[table.id] ?? []).includes(column)
  if (!row) {
    if (rowKey.startsWith('c:')) {
      const code = rowKey.slice(2)
      return code.length === 3 && categoryName(code) ? `${code} ${categoryName(code)}` : code
    }
    if (rowKey === 'total') return '合计'
    if (rowKey === 'dept') return table.departmentName || '部门'
    return rowKey
  }
  switch (table.id) {
    case 'T1':
    case 'T4': {
      const label = textAt(table, row, incomeSide ? 'incomeItem' : 'item')
      if (label) return label
      return rowKey.startsWith('cat:') ? (EXPENDITURE_CATEGORIES.find((c) => `cat:${c.code}` === rowKey)?.label ?? rowKey) : rowKey
    }
    case 'T6': {
      const a = textAt(table, row, 'departmentItem')
      const b = textAt(table, row, 'governmentItem')
      return b ? `${a}—${b}` : a || rowKey
    }
    case 'T9': {
      if (rowKey === 'total') return '合计'
      const [c, n] = incomeSide ? ['incomeCode', 'incomeName'] : ['code', 'name']
      return [textAt(table, row, c as string), textAt(table, row, n as string)].filter(Boolean).join(' ') || rowKey
    }
    default: {
      const texts = LAYOUTS[table.id].columns.filter((c) => c.kind !== 'money').map((c) => textAt(table, row, c.key))
      return texts.filter(Boolean).join(' ') || (rowKey === 'total' ? '合计' : rowKey)
    }
  }
}

/** `表2“201 一般公共服务支出”合计`; a row the table does not print reads `表8“212 城乡社区支出”（未列示）合计`. */
export function cellName(table: TableModel, rowKey: string, column: string): string {
  const missing = findRow(table, rowKey) ? '' : '（未列示）'
  return `${tableName(table.id)}“${rowLabel(table, rowKey, column)}”${missing}${columnLabel(table, column)}`
}
