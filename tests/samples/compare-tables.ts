// Cell-by-cell comparison of a published seed's tables (parsed) with the tables derived from a sample.
// Rows are matched by key; T11–T13 unit and project rows by position (seeds carry no ids).
import { formatTableCell } from '../../core/money/format'
import { LAYOUTS } from '../../core/tables/layouts'
import { TABLE_IDS, type Cell, type TableId, type TableModel, type TableRow, type TableSet } from '../../core/tables/table-model'

export interface CellDifference {
  table: TableId
  /** Key of the derived row (or of the published row when the derived table lacks it). */
  rowKey: string
  /** Key of the published row (positional in T11–T13), or null when the seed lacks the row. */
  publishedRowKey: string | null
  /** Column key, or `title` / `departmentName` / `empty`. */
  column: string
  published: string | null
  derived: string | null
}

function printed(cell: Cell | undefined, kind: string): string {
  if (cell === null || cell === undefined) return ''
  if (cell.kind === 'money') return formatTableCell(cell.value)
  return kind === 'money' ? cell.text : cell.text
}

/** Derived keys of T11–T13 mapped to positional keys as the seed parser writes them. */
function positionalKeys(t: TableModel): Map<string, string> {
  const out = new Map<string, string>()
  if (t.id !== 'T11' && t.id !== 'T12' && t.id !== 'T13') return out
  let unit = 0
  let project = 0
  for (const r of t.rows) {
    if (r.key === 'dept' || r.key === 'total') continue
    if (t.id === 'T11' || r.kind === 'group') {
      unit++
      project = 0
      out.set(r.key, `u:#${unit}`)
    } else {
      project++
      out.set(r.key, `p:#${unit}.${project}`)
    }
  }
  return out
}

export function compareTable(published: TableModel, derived: TableModel): CellDifference[] {
  const diffs: CellDifference[] = []
  const id = derived.id
  const columns = LAYOUTS[id].columns
  for (const column of ['title', 'departmentName'] as const) {
    if (published[column] !== derived[column]) diffs.push({ table: id, rowKey: '', publishedRowKey: '', column, published: published[column], derived: derived[column] })
  }
  if (published.empty !== derived.empty) diffs.push({ table: id, rowKey: '', publishedRowKey: '', column: 'empty', published: String(published.empty), derived: String(derived.empty) })
  const toPublished = positionalKeys(derived)
  const publishedRows = new Map(published.rows.map((r) => [r.key, r]))
  const matched = new Set<string>()
  for (const d of derived.rows) {
    const pKey = toPublished.get(d.key) ?? d.key
    const p = publishedRows.get(pKey)
    if (p) matched.add(pKey)
    columns.forEach((col, i) => {
      const a = p ? printed(p.cells[i], col.kind) : null
      const b = printed(d.cells[i], col.kind)
      if (a !== b && !(a === null && b === '')) diffs.push({ table: id, rowKey: d.key, publishedRowKey: p ? pKey : null, column: col.key, published: a, derived: b })
    })
  }
  for (const p of published.rows as TableRow[]) {
    if (matched.has(p.key)) continue
    columns.forEach((col, i) => {
      const a = printed(p.cells[i], col.kind)
      if (a !== '') diffs.push({ table: id, rowKey: p.key, publishedRowKey: p.key, column: col.key, published: a, derived: null })
    })
  }
  return diffs
}

export function compareTables(published: TableSet, derived: TableSet): CellDifference[] {
  return TABLE_IDS.flatMap((id) => compareTable(published[id], derived[id]))
}
