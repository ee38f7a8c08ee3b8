import { describe, expect, it } from 'vitest'
import { cellsOf, exampleTableSet, findingsOf, setMoney } from './fixtures.test-helpers'

describe('表5/表6 rules', () => {
  it.each(['R19', 'R20', 'R21', 'R22', 'R23', 'R24', 'R24p'])('%s holds on the consistent tables', (id) => {
    expect(findingsOf(id, exampleTableSet())).toEqual([])
  })

  it('R19 flags a row that is not 基本 + 项目 and the 款 whose 项 do not add up', () => {
    const t = exampleTableSet()
    setMoney(t.T5, 'c:2010301', 'basic', 55_001)
    expect(cellsOf(findingsOf('R19', t))).toEqual([
      ['c:2010301', 'total', 55_001, 55_000],
      ['c:20103', 'basic', 55_001, 55_000],
    ])
  })

  it('R20 flags a 表5 row that differs from 表2 一般公共预算 of the same code', () => {
    const t = exampleTableSet()
    setMoney(t.T2, 'c:2210201', 'general', 5_001)
    const findings = findingsOf('R20', t)
    expect(cellsOf(findings)).toEqual([['c:2210201', 'total', 5_001, 5_000]])
    expect(findings[0]?.message).toBe('表5“2210201 住房公积金”合计 50.00 与表2“2210201 住房公积金”一般公共预算 50.01 不等（差 0.01）')
  })

  it('R20 flags 表5 合计 that differs from 表1 一般公共预算 income', () => {
    const t = exampleTableSet()
    setMoney(t.T1, 'cat:201', 'income', 100_100)
    expect(cellsOf(findingsOf('R20', t))).toEqual([['total', 'total', 100_100, 100_000]])
  })

  it('R21 flags 表5 基本支出 above 表3 基本支出 of the same code', () => {
    const t = exampleTableSet()
    setMoney(t.T5, 'c:2010301', 'basic', 56_000)
    expect(cellsOf(findingsOf('R21', t))).toEqual([['c:2010301', 'basic', 55_000, 56_000]])
  })

  it('R21 accepts 表3 基本支出 above 表5 (other sources or carry-over)', () => {
    const t = exampleTableSet()
    setMoney(t.T3, 'c:2010301', 'basic', 56_000)
    expect(findingsOf('R21', t)).toEqual([])
  })

  it('R22 flags a row whose 合计 is not 人员经费 + 公用经费', () => {
    const t = exampleTableSet()
    setMoney(t.T6, 'i:办公费|办公经费', 'publicUse', 9_999)
    const findings = findingsOf('R22', t)
    expect(cellsOf(findings)).toEqual([['i:办公费|办公经费', 'total', 9_999, 10_000]])
    expect(findings[0]?.location.step).toBe('basic')
    expect(findings[0]?.message).toBe('表6“办公费—办公经费”合计 100.00 与本行人员经费与公用经费之和 99.99 不等（差 0.01）')
  })

  it('R23 flags a group row that differs from its items and 合计 that differs from the groups', () => {
    const t = exampleTableSet()
    setMoney(t.T6, 'i:基本工资|工资奖金津补贴', 'total', 40_001)
    setMoney(t.T6, 'g:商品和服务支出', 'publicUse', 15_001)
    expect(cellsOf(findingsOf('R23', t))).toEqual([
      ['g:工资福利支出', 'total', 45_001, 45_000],
      ['g:商品和服务支出', 'publicUse', 15_000, 15_001],
      ['total', 'publicUse', 15_001, 15_000],
    ])
  })

  it('R24 flags 人员经费 that is not 工资福利支出 + 对个人和家庭的补助', () => {
    const t = exampleTableSet()
    setMoney(t.T6, 'total', 'personnel', 45_001)
    expect(cellsOf(findingsOf('R24', t))).toEqual([['total', 'personnel', 45_000, 45_001]])
  })

  it('R24p flags 表6 合计 that differs from 表5 基本支出 合计', () => {
    const t = exampleTableSet()
    setMoney(t.T5, 'total', 'basic', 60_001)
    expect(cellsOf(findingsOf('R24p', t))).toEqual([['total', 'total', 60_001, 60_000]])
  })
})
