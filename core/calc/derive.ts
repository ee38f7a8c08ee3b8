// One derivation of a document: rounded lines, the 13 tables and the rounding tails per fund
// source. Everything the exports, narrative and checks show comes from here; nothing is stored.
import { roundFenToWanCents } from '../money/money'
import type { DocumentData } from '../model/document-data'
import { FUND_SOURCES, type FundSource, type Period } from '../model/enums'
import { deriveTables, rederiveTables, tableContext } from '../tables/derive-tables'
import type { TableSet, WanCents } from '../tables/table-model'
import type { ClassificationNames } from './names'
import { roundEdited, rounding, type RoundedLine, type Rounding } from './rounded-lines'

/** Where a fund source's sum of rounded groups differs from the rounding of its exact total (尾差). */
export interface RoundingTail {
  source: FundSource
  period: Period
  summed: WanCents
  exact: WanCents
}

export interface Derivation {
  data: DocumentData
  names: ClassificationNames
  lines: RoundedLine[]
  tables: TableSet
  tails: RoundingTail[]
}

export function roundingTails(lines: readonly RoundedLine[]): RoundingTail[] {
  // One map per period, keyed by source: no key string built per line (this runs on every edit).
  const acc: Record<Period, Map<FundSource, { fen: number; wan: number }>> = { current: new Map(), carryover: new Map() }
  for (const l of lines) {
    const bySource = acc[l.line.period]
    const a = bySource.get(l.line.source)
    if (a) {
      a.fen += l.fen
      a.wan += l.wan
    } else bySource.set(l.line.source, { fen: l.fen, wan: l.wan })
  }
  const out: RoundingTail[] = []
  for (const source of FUND_SOURCES) {
    for (const period of ['current', 'carryover'] as const) {
      const a = acc[period].get(source)
      if (!a) continue
      const exact = roundFenToWanCents(a.fen)
      if (exact !== a.wan) out.push({ source, period, summed: a.wan, exact })
    }
  }
  return out
}

// The last derivation made with `remember`, and its rounding (one document is edited at a time).
let last: { derivation: Derivation; rounding: Rounding } | undefined

/** Everything but the lines is the same: the tables read nothing else (names included). */
function onlyLinesChanged(data: DocumentData, names: ClassificationNames, earlier: Derivation): boolean {
  if (names !== earlier.names) return false
  const keys = Object.keys(data) as (keyof DocumentData)[]
  if (keys.length !== Object.keys(earlier.data).length) return false
  return keys.every((k) => k === 'lines' || data[k] === earlier.data[k])
}

/**
 * `remember` (immutable data only): derive from the last remembered derivation when only a few
 * lines changed. Their rounding groups are allocated again (see roundEdited), and only the tables
 * that sum a changed line are built again; everything else is the earlier object. The result is
 * the same as a derivation from scratch (tests/property/incremental.property.test.ts).
 */
export function derive(data: DocumentData, names: ClassificationNames, remember = false): Derivation {
  if (!remember) {
    const lines = rounding(data).lines
    const tables = deriveTables(tableContext(data, names, lines))
    return { data, names, lines, tables, tails: roundingTails(lines) }
  }
  const edited = last ? roundEdited(data, last.rounding) : undefined
  const rounded = edited?.rounding ?? rounding(data, true)
  const lines = rounded.lines
  const ctx = tableContext(data, names, lines)
  const earlier = last?.derivation
  const tables = edited && earlier && onlyLinesChanged(data, names, earlier) ? rederiveTables(ctx, earlier.tables, edited.changed) : deriveTables(ctx)
  const derivation = { data, names, lines, tables, tails: roundingTails(lines) }
  last = { derivation, rounding: rounded }
  return derivation
}
