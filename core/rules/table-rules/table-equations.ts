// The equation shapes that recur across the tables: a row's total column against its part columns,
// a parent row against its child rows, and a 类/款/项 code tree. Exact to 0.01万元, no tolerance.
import type { TableModel, TableRow } from '../../tables/table-model'
import type { StepId } from '../finding'
import { childrenOf, columnLabel, hasCell, rowSum, sumAt, type CodeRow } from './table-access'
import { cell, type FindingCollector } from './table-findings'

/** `基本支出与项目支出之和`, `一般公共预算、政府性基金预算与国有资本经营预算之和`. */
export function sumLabel(table: TableModel, columns: readonly string[]): string {
  const labels = columns.map((k) => columnLabel(table, k))
  const last = labels.pop() ?? ''
  return labels.length > 0 ? `${labels.join('、')}与${last}之和` : last
}

/** Every row that prints the total column: total = Σ parts. */
export function checkRowSums(c: FindingCollector, table: TableModel, total: string, parts: readonly string[], rows: readonly TableRow[] = table.rows, step?: StepId): void {
  const what = `本行${sumLabel(table, parts)}`
  for (const row of rows) {
    if (!hasCell(table, row, total)) continue
    c.equal(cell(table, row.key, total), rowSum(table, row, parts), what, step)
  }
}


/** A parent row = Σ child rows, in each column. */
export function checkChildSum(c: FindingCollector, table: TableModel, parent: TableRow, children: readonly TableRow[], columns: readonly string[], what: string, step?: StepId): void {
  for (const col of columns) c.equal(cell(table, parent.key, col), sumAt(table, children, col), what, step)
}

/** 合计 = Σ 类; 类 = Σ its 款; 款 = Σ its 项 (every column); the parent row is reported. */
export function checkCodeTree(c: FindingCollector, table: TableModel, rows: readonly CodeRow[], columns: readonly string[], totalRow: TableRow | undefined, step?: StepId): void {
  if (totalRow) checkChildSum(c, table, totalRow, childrenOf(rows, null).map((r) => r.row), columns, '各类科目之和', step)
  for (const r of rows) {
    if (r.code.length !== 3 && r.code.length !== 5) continue
    checkChildSum(c, table, r.row, childrenOf(rows, r.code).map((x) => x.row), columns, '其下级科目之和', step)
  }
}
