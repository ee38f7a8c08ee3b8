import { describe, expect, it } from 'vitest'
import { cellsOf, exampleTableSet, findingsOf, projectTable, setMoney } from './fixtures.test-helpers'

describe('表12/表13 rules', () => {
  it.each(['R33', 'R34', 'R35', 'R36'])('%s holds on the consistent tables', (id) => {
    expect(findingsOf(id, exampleTableSet())).toEqual([])
  })

  it('R33 flags a row whose 合计 (col 2) is not the sum of cols 3…7', () => {
    const t = exampleTableSet()
    setMoney(t.T12, 'p:1.1', 'general', 29_999)
    const findings = findingsOf('R33', t)
    expect(cellsOf(findings)).toEqual([['p:1.1', 'total', 29_999, 30_000]])
    expect(findings[0]?.location.step).toBe('projects')
  })

  it('R34 flags a unit row that differs from its projects', () => {
    const t = exampleTableSet()
    setMoney(t.T12, 'p:1.2', 'total', 20_001)
    const findings = findingsOf('R34', t)
    expect(cellsOf(findings)).toEqual([['u:1', 'total', 50_001, 50_000]])
    expect(findings[0]?.message).toBe('表12“示例局”合计 500.00 与其下项目之和 500.01 不等（差 0.01）')
  })

  it('R34 flags the department row that differs from its units', () => {
    const t = exampleTableSet()
    setMoney(t.T12, 'u:2', 'total', 10_001)
    expect(cellsOf(findingsOf('R34', t))).toEqual([
      ['u:2', 'total', 10_000, 10_001],
      ['dept', 'total', 60_001, 60_000],
    ])
  })

  it('R35 flags 一般公共预算 that differs from 表5 项目支出 and 政府性基金预算 that differs from 表8', () => {
    const t = exampleTableSet()
    setMoney(t.T5, 'total', 'project', 40_001)
    setMoney(t.T8, 'total', 'project', 19_000)
    expect(cellsOf(findingsOf('R35', t))).toEqual([
      ['dept', 'general', 40_001, 40_000],
      ['dept', 'fund', 19_000, 20_000],
    ])
  })

  it('R35 flags 表12 + 表13 above 表3 项目支出', () => {
    const t = exampleTableSet()
    setMoney(t.T3, 'total', 'project', 71_999)
    const findings = findingsOf('R35', t)
    expect(cellsOf(findings)).toEqual([['dept', 'total', 59_999, 60_000]])
    expect(findings[0]?.message).toBe('表12“示例局”合计 600.00 大于表3项目支出合计 719.99 减表13合计 120.00 之差 599.99（超出 0.01）')
  })

  it('R35 accepts 表3 项目支出 above 表12 + 表13 (non-fiscal carry-over)', () => {
    const t = exampleTableSet()
    setMoney(t.T3, 'total', 'project', 80_000)
    expect(findingsOf('R35', t)).toEqual([])
  })

  it('R36 flags 表13 above 上年财政拨款结转, in total and by source', () => {
    const t = exampleTableSet()
    setMoney(t.T4, 'carryover', 'income', 11_000)
    setMoney(t.T4, 'carryover:general', 'income', 11_000)
    const findings = findingsOf('R36', t)
    expect(cellsOf(findings)).toEqual([
      ['dept', 'total', 11_000, 12_000],
      ['dept', 'general', 11_000, 12_000],
    ])
    expect(findings[1]?.message).toBe('表13“示例局”一般公共预算 120.00 大于表4上年财政拨款结转中“一、一般公共预算” 110.00（超出 10.00）')
  })

  it('R36 flags broken sums inside 表13', () => {
    const t = exampleTableSet()
    setMoney(t.T13, 'p:1.1', 'general', 9_999)
    expect(cellsOf(findingsOf('R36', t))).toEqual([
      ['p:1.1', 'total', 9_999, 10_000],
      ['u:1', 'general', 11_999, 12_000],
    ])
  })

  it('R36 holds for an empty 表13', () => {
    const t = exampleTableSet()
    t.T13 = projectTable('T13', [])
    expect(findingsOf('R36', t)).toEqual([])
  })
})
