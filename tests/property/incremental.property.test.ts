// Scale issue: the live analysis derives incrementally (only the rounding groups and tables an edit
// touches, only the rules whose inputs changed). On random documents and random edit sequences, each
// incremental result must be byte-equal to a derivation and checks from scratch on a fresh copy.
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { namesFromCatalog } from '../../core/calc/catalog-names'
import { derive, type Derivation } from '../../core/calc/derive'
import type { BudgetLine } from '../../core/model/budget'
import type { DocumentData } from '../../core/model/document-data'
import { FUND_SOURCES } from '../../core/model/enums'
import { analyze } from '../../core/rules/analyze'
import { catalogFor } from '../builders/catalog'
import { randomDocument } from '../builders/random-document'

const catalog = catalogFor(2026)
const names = namesFromCatalog(catalog)

const editArb = fc.record({
  kind: fc.constantFrom('amount', 'amount', 'amount', 'amounts', 'function', 'economic', 'government', 'source', 'period', 'unit', 'remove', 'add', 'rename-unit', 'footnote', 'same'),
  at: fc.nat(),
  fen: fc.integer({ min: 0, max: 900_000_000 }),
})
type Edit = { kind: string; at: number; fen: number }

const yuan = (fen: number) => (fen / 100).toFixed(2)

/** One edit as the grids and forms make it: new arrays and new objects for what changed only. */
function applyEdit(d: DocumentData, e: Edit): DocumentData {
  const i = e.at % d.lines.length
  const line = d.lines[i] as BudgetLine
  const replace = (l: BudgetLine) => ({ ...d, lines: d.lines.map((x, k) => (k === i ? l : x)) })
  switch (e.kind) {
    case 'amount':
      return replace({ ...line, amount: yuan(e.fen) })
    case 'amounts':
      // A paste over a few rows.
      return { ...d, lines: d.lines.map((x, k) => ((k - i + d.lines.length) % d.lines.length < 3 ? { ...x, amount: yuan(e.fen + k) } : x)) }
    case 'function':
      return replace({ ...line, functionCode: e.fen % 2 ? '2080505' : '2101102' })
    case 'economic':
      return replace({ ...line, economicCode: e.fen % 2 ? '30201' : '30101' })
    case 'government':
      return replace(line.governmentEconomicCode ? { ...line, governmentEconomicCode: undefined } : { ...line, governmentEconomicCode: '50201' })
    case 'source': {
      const source = FUND_SOURCES[e.fen % FUND_SOURCES.length] as BudgetLine['source']
      const { unitFundKind: _kind, ...rest } = line
      return replace(source === 'unit' ? { ...rest, source, unitFundKind: 'business-income' } : { ...rest, source })
    }
    case 'period':
      return replace({ ...line, period: line.period === 'current' ? 'carryover' : 'current' })
    case 'unit':
      return line.kind === 'basic' ? replace({ ...line, unitId: (d.units[e.fen % d.units.length] as DocumentData['units'][number]).id }) : d
    case 'remove':
      return d.lines.length > 1 ? { ...d, lines: d.lines.filter((_, k) => k !== i) } : d
    case 'add':
      return { ...d, lines: [...d.lines, { ...line, id: `${line.id}-${e.fen}`, amount: yuan(e.fen) }] }
    case 'rename-unit':
      return { ...d, units: d.units.map((u, k) => (k === e.at % d.units.length ? { ...u, name: `单位改名${e.fen}` } : u)) }
    case 'footnote':
      return { ...d, settings: { ...d.settings, roundingFootnote: !d.settings.roundingFootnote } }
    default:
      return { ...d }
  }
}

const derived = (x: Derivation) => JSON.stringify({ lines: x.lines, tables: x.tables, tails: x.tails })

describe('incremental derivation', () => {
  it('equals a derivation from scratch after every edit of a random sequence', () => {
    fc.assert(
      fc.property(randomDocument, fc.array(editArb, { minLength: 1, maxLength: 15 }), (doc, edits) => {
        let d = doc
        derive(d, names, true)
        for (const e of edits) {
          d = applyEdit(d, e)
          expect(derived(derive(d, names, true))).toBe(derived(derive(structuredClone(d), names)))
        }
      }),
      { numRuns: 120, seed: 2020 },
    )
  })

  it('gives the same findings as the checks from scratch after every edit of a random sequence', () => {
    fc.assert(
      fc.property(randomDocument, fc.array(editArb, { minLength: 1, maxLength: 10 }), (doc, edits) => {
        let d = doc
        analyze(d, catalog, { incremental: true })
        for (const e of edits) {
          d = applyEdit(d, e)
          const live = analyze(d, catalog, { incremental: true })
          const full = analyze(structuredClone(d), catalog)
          expect(JSON.stringify(live.findings)).toBe(JSON.stringify(full.findings))
          expect(derived(live.derivation)).toBe(derived(full.derivation))
        }
      }),
      { numRuns: 60, seed: 2021 },
    )
  })

  it('builds again only the tables whose lines an amount edit touched', () => {
    fc.assert(
      fc.property(randomDocument, fc.nat(), fc.integer({ min: 1, max: 900_000_000 }), (doc, at, fen) => {
        const before = derive(doc, names, true)
        const i = at % doc.lines.length
        const line = doc.lines[i] as BudgetLine
        const after = derive({ ...doc, lines: doc.lines.map((l, k) => (k === i ? { ...l, amount: yuan(Number(l.amount.replace('.', '')) + fen) } : l)) }, names, true)
        // 表7 sums income entries only; a 基本支出 line is never in 表12 or 表13.
        expect(after.tables.T7).toBe(before.tables.T7)
        if (line.kind === 'basic') {
          expect(after.tables.T12).toBe(before.tables.T12)
          expect(after.tables.T13).toBe(before.tables.T13)
        }
        // Every other line kept its rounded object unless its rounding group was allocated again.
        after.lines.forEach((l, k) => {
          if (l.groupKey !== after.lines[i]?.groupKey) expect(l).toBe(before.lines[k])
        })
      }),
      { numRuns: 80, seed: 2022 },
    )
  })
})
