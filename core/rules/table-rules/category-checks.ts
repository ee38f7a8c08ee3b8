// Per-category comparisons between the summary tables (T1/T4, one row per 功能分类 类) and the
// function-code tables (T2/T3/T5/T8, 类 rows keyed `c:<code>`).
import { EXPENDITURE_CATEGORIES } from '../../tables/layouts'
import type { TableModel } from '../../tables/table-model'
import { formatWan } from '../finding'
import { categoryKey, cellName, childrenOf, codeRows, rowMoney } from './table-access'
import type { FindingCollector } from './table-findings'

export const CATEGORY_CODES: ReadonlySet<string> = new Set(EXPENDITURE_CATEGORIES.map((c) => c.code))

/** Calls `each` for the 30 categories with the T1/T4 row key and the function-table row key. */
export function forEachCategory(each: (summaryKey: string, codeKey: string, code: string) => void): void {
  for (const { code } of EXPENDITURE_CATEGORIES) each(categoryKey(code), `c:${code}`, code)
}

/** A 类 with money that is not one of the 30 categories cannot appear in T1/T4: one finding per column with money. */
export function checkUnknownCategories(c: FindingCollector, table: TableModel, columns: readonly string[], summary: string): void {
  for (const r of childrenOf(codeRows(table), null)) {
    if (CATEGORY_CODES.has(r.code)) continue
    for (const column of columns) {
      const v = rowMoney(table, r.row, column)
      if (v === 0) continue
      c.report(`${cellName(table, r.row.key, column)} ${formatWan(v)} 不属于${summary}所列30个支出功能分类，在${summary}中无处列示`, {
        table: table.id,
        rowKey: r.row.key,
        column,
      }, { expected: 0, actual: v })
    }
  }
}
