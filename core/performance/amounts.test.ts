import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { derive } from '../calc/derive'
import { roundFenToWanCents } from '../money/money'
import type { DocumentData } from '../model/document-data'
import { moneyAt } from '../tables/access'
import { namesFor } from '../../tests/builders/catalog'
import { syntheticCarryoverDepartment } from '../../tests/builders/document-builder'
import { randomDocument } from '../../tests/builders/random-document'
import { defaultImplementationFunding, projectFormAmounts, wanOf } from './amounts'

const names = namesFor(2026)

/** 示例局 plus a project with 当年 and 结转 money from several sources. */
function mixed(): DocumentData {
  const d = syntheticCarryoverDepartment()
  d.projects.push({ id: 'p-mixed', unitId: 'u1', name: '示例混合项目', category: 'targeted', attribute: 'phased', durationYears: 3, continuing: true, classified: false })
  const line = (id: string, source: DocumentData['lines'][number]['source'], period: 'current' | 'carryover', amount: string) => ({
    id,
    unitId: 'u1',
    functionCode: '2010399',
    kind: 'project' as const,
    projectId: 'p-mixed',
    economicCode: '30227',
    source,
    ...(source === 'unit' ? { unitFundKind: 'other-income' as const } : {}),
    period,
    amount,
  })
  d.lines.push(line('m1', 'general', 'current', '12250.00'), line('m2', 'unit', 'current', '3000.40'), line('m3', 'special-account', 'current', '1000.00'), line('m4', 'fund', 'carryover', '50005.00'))
  return d
}

describe('projectFormAmounts', () => {
  it('takes the 年度 amounts from the lines, exact, split by fund row', () => {
    const a = projectFormAmounts(derive(mixed(), names), 'p-mixed')
    expect(a.current).toEqual({ fiscal: 1_225_000, other: 400_040, total: 1_625_040 })
    expect(a.carryover).toEqual({ fiscal: 5_000_500, other: 0, total: 5_000_500 })
    expect(a.total).toBe(6_625_540)
    // 财政拨款 → 市县（区）, 单位资金 → 单位自筹, 财政专户 → 其他; 中央/省级 never.
    expect(a.split).toEqual({ central: 0, provincial: 0, local: 6_225_500, selfRaised: 300_040, other: 100_000 })
  })

  it('agrees with 表12 and 表13: the exact 元 total, halved up to 0.01万元', () => {
    const derivation = derive(mixed(), names)
    const a = projectFormAmounts(derivation, 'p-mixed')
    expect(a.tableAmounts).toEqual({ t12: 163, t13: 500 })
    expect(moneyAt(derivation.tables.T12, 'p:p-mixed', 'total')).toBe(wanOf(a.current.total))
    expect(moneyAt(derivation.tables.T13, 'p:p-mixed', 'total')).toBe(wanOf(a.carryover.fiscal))
    // spec §2.14: the carried-over projects' forms show 1,000,000元 and 200,000元.
    expect(projectFormAmounts(derivation, 'p-system').total).toBe(100_000_000)
    expect(projectFormAmounts(derivation, 'p-ops').total).toBe(20_000_000)
  })

  it('holds on random documents: the form total rounds to the table amounts', () => {
    fc.assert(
      fc.property(randomDocument, (data) => {
        const derivation = derive(data, names)
        for (const p of data.projects) {
          if (p.classified) continue
          const a = projectFormAmounts(derivation, p.id)
          expect(moneyAt(derivation.tables.T12, `p:${p.id}`, 'total')).toBe(roundFenToWanCents(a.current.total))
          expect(a.tableAmounts.t12).toBe(roundFenToWanCents(a.current.total))
          // 表13 shows the 财政拨款 part; with only 财政拨款 carried over it is the exact total rounded.
          if (a.carryover.other === 0) expect(moneyAt(derivation.tables.T13, `p:${p.id}`, 'total')).toBe(roundFenToWanCents(a.carryover.total))
          expect(a.split.central + a.split.provincial + a.split.local + a.split.selfRaised + a.split.other).toBe(a.total)
        }
      }),
      { numRuns: 100, seed: 20260301 },
    )
  })

  it('defaults the 实施期 funding to the 年度 amounts', () => {
    const a = projectFormAmounts(derive(mixed(), names), 'p-mixed')
    expect(defaultImplementationFunding(a)).toEqual({
      implementationTotal: '66255.40',
      implementationSplit: { central: '0.00', provincial: '0.00', local: '62255.00', selfRaised: '3000.40', other: '1000.00' },
    })
  })
})
