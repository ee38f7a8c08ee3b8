// The table rules on the three published seeds: the rules with findings must be exactly those that
// spec §6.2 marks tail / FAIL / differs, and the cells of spec §6.3 must be the ones reported.
import { describe, expect, it } from 'vitest'
import type { Finding, TableRuleContext } from '../../core/rules/finding'
import { runTableRules, TABLE_RULES } from '../../core/rules/table-rules'
import type { TableSet } from '../../core/tables/table-model'
import { parseSeedTables } from '../seeds/parse-seed-tables'
import { readSeedText, SEED_FILES, SEED_IDS, type SeedId } from '../seeds/seed-files'

type Outcome = 'ok' | 'tail' | 'FAIL' | 'differs'

/**
 * Spec §6.2, columns 000 / 001 / 004 (R24/R24′ is split into R24 and R24p). Where a rule is restated
 * (scopeNote), the outcome on the seeds does not change:
 * - R17, R21, R30, R32a, R36 are now inequalities; the seeds satisfy them (they hold with equality).
 * - R18 on 001 still fails: 表4 has 275.58 of 政府性基金预算 under 十二、城乡社区支出, no fund carry-over,
 *   so equality with 表8 is required, and 表8 is printed empty.
 * - R35 on 001 still fails for the same reason: 表12 政府性基金预算 275.58 vs 表8 项目支出 0.
 * E01 (空表 mark) and R37 (表9) are not in §6.2; every seed satisfies them. R23b (表6 合计 = Σ items) is
 * not in §6.2 either: each seed carries a group tail that reaches 合计 (000: two tails, 0.02).
 */
const SPEC_62: Record<string, [Outcome, Outcome, Outcome]> = {
  R01: ['ok', 'ok', 'ok'], R02: ['tail', 'ok', 'tail'], R03: ['ok', 'ok', 'ok'], R04: ['ok', 'ok', 'ok'],
  R05: ['ok', 'ok', 'ok'], R06: ['ok', 'ok', 'ok'], R07: ['tail', 'ok', 'tail'], R08: ['ok', 'ok', 'ok'],
  R09: ['ok', 'ok', 'ok'], R10: ['tail', 'tail', 'tail'], R11: ['tail', 'tail', 'tail'], R12: ['ok', 'ok', 'ok'],
  R13: ['ok', 'ok', 'ok'], R14: ['ok', 'ok', 'ok'], R15: ['tail', 'ok', 'tail'], R16: ['ok', 'ok', 'ok'],
  R17: ['ok', 'ok', 'ok'], R17n: ['ok', 'FAIL', 'ok'], R18: ['ok', 'FAIL', 'ok'], R19: ['tail', 'tail', 'tail'],
  R20: ['ok', 'ok', 'ok'], R21: ['ok', 'ok', 'ok'], R22: ['ok', 'ok', 'ok'], R23: ['tail', 'tail', 'tail'], R23b: ['differs', 'tail', 'tail'],
  R24: ['ok', 'ok', 'ok'], R24p: ['ok', 'ok', 'ok'], R25: ['ok', 'ok', 'ok'], R26: ['ok', 'FAIL', 'ok'],
  R27: ['ok', 'ok', 'ok'], R28: ['ok', 'ok', 'ok'], R29: ['ok', 'ok', 'ok'], R30: ['ok', 'ok', 'ok'],
  R31: ['ok', 'ok', 'ok'], R32a: ['ok', 'ok', 'ok'], R32b: ['ok', 'differs', 'differs'], R33: ['ok', 'ok', 'ok'],
  R34: ['tail', 'tail', 'tail'], R35: ['ok', 'FAIL', 'ok'], R36: ['ok', 'ok', 'ok'], R37: ['ok', 'ok', 'ok'],
  E01: ['ok', 'ok', 'ok'],
  S1: ['ok', 'ok', 'tail'], S2: ['ok', 'ok', 'tail'], S3: ['ok', 'ok', 'ok'], S4: ['ok', 'ok', 'ok'],
  S5: ['ok', 'ok', 'ok'], S6: ['ok', 'ok', 'differs'], S7: ['ok', 'ok', 'ok'],
}

/** Unit facts the tables do not carry (概况 unit lists): which units have 机关运行经费. */
const UNITS: Record<SeedId, TableRuleContext['units']> = {
  '000': [{ name: '孝义市行政审批服务管理局', hasOfficeOperationFunds: true }],
  '001': [{ name: '孝义经济开发区管理委员会', hasOfficeOperationFunds: false }],
  '004': [
    { name: '大同市行政审批服务管理局', hasOfficeOperationFunds: true },
    { name: '大同市政务服务中心', hasOfficeOperationFunds: true },
    { name: '大同市公共资源交易中心（大同市政府采购中心）', hasOfficeOperationFunds: true },
    { name: '大同市营商环境发展促进中心', hasOfficeOperationFunds: false },
  ],
}

const seedTables = new Map<SeedId, TableSet>()
function tablesOf(id: SeedId): TableSet {
  let t = seedTables.get(id)
  if (!t) seedTables.set(id, (t = parseSeedTables(readSeedText(id), SEED_FILES[id].budgetYear)))
  return t
}

const findingsOf = (id: SeedId): Finding[] => runTableRules(tablesOf(id), { units: UNITS[id] })

/** `ruleId table rowKey column expected actual` of each finding. */
const cells = (findings: readonly Finding[], ruleId: string): string[] =>
  findings.filter((f) => f.ruleId === ruleId).map((f) => [f.location.table, f.location.rowKey, f.location.column, f.figures?.expected, f.figures?.actual].join(' '))

describe('table rules on the published seeds (spec §6.2)', () => {
  it('covers every rule of TABLE_RULES', () => {
    expect(Object.keys(SPEC_62).sort()).toEqual(TABLE_RULES.map((r) => r.id).sort())
  })

  SEED_IDS.forEach((seed, column) => {
    it(`${seed}: the rules with findings are those §6.2 marks tail, FAIL or differs`, () => {
      const flagged = new Set(findingsOf(seed).map((f) => f.ruleId))
      const expected = Object.entries(SPEC_62).filter(([, o]) => o[column] !== 'ok').map(([id]) => id)
      expect([...flagged].sort()).toEqual(expected.sort())
    })

    it(`${seed}: every tail is 0.01 and every finding quotes both figures`, () => {
      for (const f of findingsOf(seed)) {
        const outcome = SPEC_62[f.ruleId]?.[column]
        if (outcome === 'tail') expect(Math.abs((f.figures?.expected ?? 0) - (f.figures?.actual ?? 0)), f.message).toBe(1)
        if (f.figures) expect(f.message).toMatch(/\d+\.\d{2}.*\d+\.\d{2}/)
      }
    })
  })
})

describe('violation details (spec §6.3)', () => {
  it('000: R02/R15 本年支出合计 2045.61 vs Σ categories 2045.60', () => {
    const f = findingsOf('000')
    expect(cells(f, 'R02')).toEqual(['T1 current-total total 204560 204561', 'T1 current-total current 204560 204561'])
    expect(cells(f, 'R15')).toEqual(['T4 current-total subtotal 204560 204561', 'T4 current-total general 204560 204561'])
  })

  it('000: R07 表2 合计, 20103, 20805, 21011 in 合计 and 一般公共预算', () => {
    expect(cells(findingsOf('000'), 'R07')).toEqual([
      'T2 total total 204560 204561', 'T2 total general 204560 204561',
      'T2 c:20103 total 76412 76413', 'T2 c:20103 general 76412 76413',
      'T2 c:20805 total 10440 10439', 'T2 c:20805 general 10440 10439',
      'T2 c:21011 total 4750 4749', 'T2 c:21011 general 4750 4749',
    ])
  })

  it('000: R10/R11/R19 表3 and 表5', () => {
    const f = findingsOf('000')
    expect(cells(f, 'R10')).toEqual(['T3 total total 204560 204561'])
    expect(cells(f, 'R11')).toEqual([
      'T3 total total 204560 204561',
      'T3 c:20103 total 76412 76413', 'T3 c:20103 basic 76061 76062',
      'T3 c:20805 total 10440 10439', 'T3 c:20805 basic 10440 10439',
      'T3 c:21011 total 4750 4749', 'T3 c:21011 basic 4750 4749',
    ])
    expect(cells(f, 'R19')).toContain('T5 total total 204560 204561')
    expect(cells(f, 'R19')).toContain('T5 c:20103 basic 76061 76062')
  })

  it('000: R23 表6 工资福利支出 919.87 vs 919.88, 商品和服务支出 71.36 vs 71.37; R34 unit 1047.69 vs 1047.68', () => {
    const f = findingsOf('000')
    expect(cells(f, 'R23')).toEqual([
      'T6 g:工资福利支出 total 91988 91987', 'T6 g:工资福利支出 personnel 91988 91987',
      'T6 g:商品和服务支出 total 7137 7136', 'T6 g:商品和服务支出 publicUse 7137 7136',
    ])
    expect(cells(f, 'R34')).toEqual(['T12 u:#1 total 104768 104769', 'T12 u:#1 general 104768 104769'])
  })

  it('001: R26, R18, R35 — 表8 printed empty although 政府性基金 is 275.58', () => {
    const f = findingsOf('001')
    expect(cells(f, 'R26')).toEqual(['T8 total total 27558 0', 'T8 total total 27558 0'])
    expect(cells(f, 'R18')).toEqual(['T8 c:212 total 27558 0'])
    expect(cells(f, 'R35')).toEqual(['T12 dept fund 0 27558'])
  })

  it('001: R17n 表4 misspells categories 十五 and 十九', () => {
    const f = findingsOf('001').filter((x) => x.ruleId === 'R17n')
    expect(f.map((x) => x.location.rowKey)).toEqual(['cat:215', 'cat:220'])
    expect(f[0]?.message).toBe('表4支出项目“十五、资源勘探工业信息支出”与表1“十五、资源勘探工业信息等支出”名称不一致')
    expect(f[1]?.message).toBe('表4支出项目“十九、自然资源海洋气象支出”与表1“十九、自然资源海洋气象等支出”名称不一致')
  })

  it('001: tails of R10, R11, R19, R23, R34', () => {
    const f = findingsOf('001')
    expect(cells(f, 'R10')).toEqual(['T3 total total 1214025 1214024'])
    expect(cells(f, 'R11')).toEqual(['T3 total basic 113843 113844'])
    expect(cells(f, 'R19')).toEqual(['T5 total total 1186467 1186466', 'T5 total basic 113843 113844'])
    expect(cells(f, 'R23')).toEqual(['T6 g:商品和服务支出 total 5165 5164', 'T6 g:商品和服务支出 publicUse 5165 5164'])
    expect(cells(f, 'R34')).toEqual(['T12 u:#1 total 1100180 1100181', 'T12 u:#1 general 1072622 1072623'])
  })

  it('001: R32b 表11 blank vs 表6 公用经费 51.64 (the 管委会 is a 事业单位)', () => {
    const f = findingsOf('001').filter((x) => x.ruleId === 'R32b')
    expect(cells(f, 'R32b')).toEqual(['T11 total general 5164 0'])
    expect(f[0]?.severity).toBe('info')
    expect(f[0]?.message).toContain('孝义经济开发区管理委员会')
  })

  it('004: tails of R02, R07, R10, R11, R15, R19, R23', () => {
    const f = findingsOf('004')
    expect(cells(f, 'R02')).toEqual(['T1 current-total total 322983 322982', 'T1 current-total current 322983 322982'])
    expect(cells(f, 'R15')).toEqual(['T4 current-total subtotal 322983 322982', 'T4 current-total general 322983 322982'])
    expect(cells(f, 'R07')).toEqual([
      'T2 total total 322983 322982', 'T2 total general 322983 322982',
      'T2 c:21011 total 8757 8758', 'T2 c:21011 general 8757 8758',
    ])
    expect(cells(f, 'R10')).toEqual(['T3 c:208 total 21874 21875', 'T3 c:20805 total 21874 21875', 'T3 c:2080505 total 15960 15961'])
    expect(cells(f, 'R11')).toEqual(['T3 total total 322983 322982', 'T3 c:21011 total 8757 8758', 'T3 c:21011 basic 7920 7921'])
    expect(cells(f, 'R19')).toEqual([
      'T5 c:208 total 21874 21875', 'T5 c:20805 total 21874 21875', 'T5 c:2080505 total 15960 15961',
      'T5 total total 322983 322982', 'T5 c:21011 total 8757 8758', 'T5 c:21011 basic 7920 7921',
    ])
    expect(cells(f, 'R23')).toEqual(['T6 g:工资福利支出 total 128980 128979', 'T6 g:工资福利支出 personnel 128980 128979'])
  })

  it('004: R34 表12 大同市政务服务中心 596.84 vs Σ 9 projects 596.85', () => {
    const f = findingsOf('004').filter((x) => x.ruleId === 'R34')
    expect(cells(f, 'R34')).toEqual(['T12 u:#2 total 59685 59684', 'T12 u:#2 general 59685 59684'])
    expect(f[0]?.message).toBe('表12“大同市政务服务中心”合计 596.84 与其下项目之和 596.85 不等（差 0.01）')
  })

  it('004: R32b 表11 144.81 vs 表6 公用经费 145.38, the 0.57 of 大同市营商环境发展促进中心', () => {
    const f = findingsOf('004').filter((x) => x.ruleId === 'R32b')
    expect(cells(f, 'R32b')).toEqual(['T11 total general 14538 14481'])
    expect(f[0]?.message).toBe('表11“部门合计”一般公共预算 144.81 与表6公用经费合计 145.38 相差 0.57，差额应为无机关运行经费的单位（大同市营商环境发展促进中心）的公用经费，请核对')
  })

  it('004: S1 住房公积金 133.84 vs 133.85, S2 养老 140.82 vs 140.81, S6 退休费 43.69 vs 44.53', () => {
    const f = findingsOf('004')
    expect(cells(f, 'S1')).toEqual(['T6 i:住房公积金|住房公积金 total 13385 13384'])
    expect(cells(f, 'S2')).toEqual(['T6 i:机关事业单位基本养老保险缴费|社会保障缴费 total 14081 14082'])
    expect(cells(f, 'S6')).toEqual(['T6 i:退休费|离退休费 total 4453 4369'])
  })

  it('R32b is skipped when the unit facts are not given', () => {
    expect(runTableRules(tablesOf('004')).some((f) => f.ruleId === 'R32b')).toBe(false)
  })
})
