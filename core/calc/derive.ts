// One derivation of a document: rounded lines, the 13 tables and the rounding tails per fund
// source. Everything the exports, narrative and checks show comes from here; nothing is stored.
import { roundFenToWanCents } from '../money/money'
import type { DocumentData } from '../model/document-data'
import { FUND_SOURCES, type FundSource, type Period } from '../model/enums'
import { deriveTables, tableContext } from '../tables/derive-tables'
import type { TableSet, WanCents } from '../tables/table-model'
import type { ClassificationNames } from './names'
import { roundLines, type RoundedLine } from './rounded-lines'

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

/** `remember`: reuse unchanged rounding groups (see roundLines). */
export function derive(data: DocumentData, names: ClassificationNames, remember = false): Derivation {
  const lines = roundLines(data, remember)
  const tables = deriveTables(tableContext(data, names, lines))
  return { data, names, lines, tables, tails: roundingTails(lines) }
}
