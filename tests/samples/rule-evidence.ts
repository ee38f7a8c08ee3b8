// Which rule, run on the parsed seed tables, names a table row or one of its parents.
import type { Finding } from '../../core/rules/finding'
import type { TableModel } from '../../core/tables/table-model'

/** The row itself, then its ancestors: rows above with a lower level; T1/T4 categories roll up into 本年支出合计. */
export function rowAndAncestors(table: TableModel, rowKey: string): string[] {
  const i = table.rows.findIndex((r) => r.key === rowKey)
  if (i < 0) return [rowKey]
  const out = [rowKey]
  let level = table.rows[i]?.level ?? 0
  for (let k = i - 1; k >= 0 && level > 0; k--) {
    const r = table.rows[k]
    if (r && r.level < level) {
      out.push(r.key)
      level = r.level
    }
  }
  if ((table.id === 'T1' || table.id === 'T4') && rowKey.startsWith('cat:')) out.push('current-total', 'grand-total')
  return out
}

export function ruleNaming(findings: readonly Finding[], table: TableModel, publishedRowKey: string | null): Finding[] {
  const keys = publishedRowKey === null || publishedRowKey === '' ? null : new Set(rowAndAncestors(table, publishedRowKey))
  return findings.filter((f) => f.location.table === table.id && (keys === null || (f.location.rowKey !== undefined && keys.has(f.location.rowKey))))
}
