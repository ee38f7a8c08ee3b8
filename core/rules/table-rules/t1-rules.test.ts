import { describe, expect, it } from 'vitest'
import { cellsOf, exampleTableSet, findingsOf, setMoney } from './fixtures.test-helpers'

describe('表1 rules', () => {
  it.each(['R01', 'R02', 'R03', 'R04', 'R05'])('%s holds on the consistent tables', (id) => {
    expect(findingsOf(id, exampleTableSet())).toEqual([])
  })

  it('R01 flags 本年收入合计 that is not the sum of the income rows', () => {
    const t = exampleTableSet()
    setMoney(t.T1, 'current-total', 'income', 119_999)
    const [f, ...rest] = findingsOf('R01', t)
    expect(rest).toEqual([])
    expect(f).toMatchObject({ ruleId: 'R01', severity: 'error', location: { table: 'T1', rowKey: 'current-total', column: 'income', step: 'review' }, figures: { expected: 120_000, actual: 119_999 } })
    expect(f?.message).toBe('表1“本年收入合计”2026年 1199.99 与收入各项之和 1200.00 不等（差 0.01）')
  })

  it('R02 flags each column of 本年支出合计 that differs from the 30 categories', () => {
    const t = exampleTableSet()
    setMoney(t.T1, 'cat:201', 'total', 107_001)
    setMoney(t.T1, 'cat:201', 'current', 95_001)
    expect(cellsOf(findingsOf('R02', t))).toEqual([
      ['current-total', 'total', 132_001, 132_000],
      ['current-total', 'current', 120_001, 120_000],
    ])
  })

  it('R03 flags a row whose 合计 is not 当年 + 结转', () => {
    const t = exampleTableSet()
    setMoney(t.T1, 'cat:201', 'carryover', 12_001)
    expect(cellsOf(findingsOf('R03', t))).toEqual([['cat:201', 'total', 107_001, 107_000]])
  })

  it('R04 flags 收入总计 ≠ 本年收入合计 + 上年结转 and 收入总计 ≠ 支出总计', () => {
    const t = exampleTableSet()
    setMoney(t.T1, 'grand-total', 'income', 131_999)
    expect(cellsOf(findingsOf('R04', t))).toEqual([
      ['grand-total', 'income', 132_000, 131_999],
      ['grand-total', 'total', 131_999, 132_000],
    ])
  })

  it('R05 flags 上年结转安排 of 本年支出合计 that differs from 上年结转', () => {
    const t = exampleTableSet()
    setMoney(t.T1, 'carryover', 'income', 12_001)
    expect(cellsOf(findingsOf('R05', t))).toEqual([['current-total', 'carryover', 12_001, 12_000]])
  })
})
