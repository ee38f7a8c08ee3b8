// Domain-core issue §3 and §6: on random documents every table adds up, each project's amount is
// its exact 元 total rounded, no line moves more than 0.01万元, tails are reported, and every
// cross-table rule that holds by construction holds.
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { derive } from '../../core/calc/derive'
import { roundFenToWanCents } from '../../core/money/money'
import { tableRuleContext } from '../../core/rules/analyze'
import { runDocumentRules } from '../../core/rules/document-rules'
import { runTableRules, TABLE_RULES } from '../../core/rules/table-rules'
import { catalogFor, namesFor } from '../builders/catalog'
import { randomDocument } from '../builders/random-document'

const names = namesFor(2026)
const catalog = catalogFor(2026)
const byConstruction = new Set(TABLE_RULES.filter((r) => r.byConstruction).map((r) => r.id))
const RUNS = { numRuns: 150, seed: 424242 }

describe('derivation on random documents', () => {
  it('satisfies every cross-table rule that holds by construction', () => {
    fc.assert(
      fc.property(randomDocument, (data) => {
        const { tables } = derive(data, names)
        const broken = runTableRules(tables, tableRuleContext(data)).filter((f) => byConstruction.has(f.ruleId))
        expect(broken.map((f) => `${f.ruleId} ${f.message}`)).toEqual([])
      }),
      RUNS,
    )
  })

  it('rounds each project to its exact 元 total and moves no line more than 0.01万元', () => {
    fc.assert(
      fc.property(randomDocument, (data) => {
        const { lines } = derive(data, names)
        const groups = new Map<string, { fen: number; wan: number }>()
        for (const l of lines) {
          expect(Math.abs(l.wan * 10_000 - l.fen)).toBeLessThan(10_000)
          const g = groups.get(l.groupKey) ?? { fen: 0, wan: 0 }
          g.fen += l.fen
          g.wan += l.wan
          groups.set(l.groupKey, g)
        }
        for (const g of groups.values()) expect(g.wan).toBe(roundFenToWanCents(g.fen))
      }),
      RUNS,
    )
  })

  it('reports a 尾差 finding exactly when a fund source differs from its rounded exact total', () => {
    fc.assert(
      fc.property(randomDocument, (data) => {
        const derivation = derive(data, names)
        const bySource = new Map<string, { fen: number; wan: number }>()
        for (const l of derivation.lines) {
          const k = `${l.line.source}|${l.line.period}`
          const a = bySource.get(k) ?? { fen: 0, wan: 0 }
          a.fen += l.fen
          a.wan += l.wan
          bySource.set(k, a)
        }
        const expected = [...bySource.values()].filter((a) => a.wan !== roundFenToWanCents(a.fen)).length
        const tails = runDocumentRules({ derivation, catalog }).filter((f) => f.ruleId === 'T01')
        expect(tails).toHaveLength(expected)
      }),
      RUNS,
    )
  })
})
