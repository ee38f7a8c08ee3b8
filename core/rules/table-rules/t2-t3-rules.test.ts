import { describe, expect, it } from 'vitest'
import { moneyCell, textCell } from '../../tables/table-model'
import { cellsOf, exampleTableSet, findingsOf, removeRow, setMoney } from './fixtures.test-helpers'

describe('表2/表3 rules', () => {
  it.each(['R06', 'R07', 'R08', 'R09', 'R10', 'R11', 'R12', 'R13'])('%s holds on the consistent tables', (id) => {
    expect(findingsOf(id, exampleTableSet())).toEqual([])
  })

  it('R06 flags a row whose 本年收入合计 is not the sum of the sources', () => {
    const t = exampleTableSet()
    setMoney(t.T2, 'c:2010301', 'general', 54_999)
    expect(cellsOf(findingsOf('R06', t))).toEqual([['c:2010301', 'total', 54_999, 55_000]])
  })

  it('R07 flags the parent 款 whose 项 do not add up, in the column that differs', () => {
    const t = exampleTableSet()
    setMoney(t.T2, 'c:2010301', 'total', 55_001)
    const findings = findingsOf('R07', t)
    expect(cellsOf(findings)).toEqual([['c:20103', 'total', 95_001, 95_000]])
    expect(findings[0]?.message).toBe('表2“20103 政府办公厅（室）及相关机构事务”合计 950.00 与其下级科目之和 950.01 不等（差 0.01）')
  })

  it('R08 flags a source column of 合计 that differs from the 表1 income row', () => {
    const t = exampleTableSet()
    setMoney(t.T2, 'total', 'fund', 20_001)
    const findings = findingsOf('R08', t)
    expect(cellsOf(findings)).toEqual([['total', 'fund', 20_000, 20_001]])
    expect(findings[0]?.message).toContain('表1“二、政府性基金预算”2026年 200.00')
  })

  it('R09 flags a 表1 category with money that 表2 does not list', () => {
    const t = exampleTableSet()
    for (const key of ['c:221', 'c:22102', 'c:2210201']) removeRow(t.T2, key)
    const findings = findingsOf('R09', t)
    expect(cellsOf(findings)).toEqual([['c:221', 'total', 5_000, 0]])
    expect(findings[0]?.message).toBe('表2“221 住房保障支出”（未列示）合计 0.00 与表1“二十、住房保障支出”当年预算安排 50.00 不等（差 50.00）')
  })

  it('R09 flags a 表2 类 that is none of the 30 categories of 表1', () => {
    const t = exampleTableSet()
    t.T2.rows.push({ key: 'c:218', kind: 'group', level: 1, cells: [textCell('218'), textCell('某支出'), ...[100, 100, 0, 0, 0, 0, 0].map(moneyCell)] })
    const findings = findingsOf('R09', t)
    expect(cellsOf(findings)).toEqual([['c:218', 'total', 0, 100]])
    expect(findings[0]?.message).toContain('不属于表1所列30个支出功能分类')
  })

  it('R09 flags 上年结转 of a 类 that differs from 表1 上年结转安排', () => {
    const t = exampleTableSet()
    setMoney(t.T2, 'c:201', 'carryover', 11_000)
    expect(cellsOf(findingsOf('R09', t))).toEqual([['c:201', 'carryover', 12_000, 11_000]])
  })

  it('R10 flags a row whose 合计 is not 基本 + 项目', () => {
    const t = exampleTableSet()
    setMoney(t.T3, 'c:2010399', 'project', 51_999)
    expect(cellsOf(findingsOf('R10', t))).toEqual([['c:2010399', 'total', 51_999, 52_000]])
  })

  it('R11 flags the 款 whose 项 do not add up in 基本支出', () => {
    const t = exampleTableSet()
    setMoney(t.T3, 'c:2010301', 'basic', 55_001)
    expect(cellsOf(findingsOf('R11', t))).toEqual([['c:20103', 'basic', 55_001, 55_000]])
  })

  it('R12 flags a 类 of 表3 that differs from 表1 and 合计 that differs from 支出总计', () => {
    const t = exampleTableSet()
    setMoney(t.T3, 'c:212', 'total', 20_001)
    setMoney(t.T3, 'total', 'total', 132_001)
    expect(cellsOf(findingsOf('R12', t))).toEqual([
      ['total', 'total', 132_000, 132_001],
      ['c:212', 'total', 20_000, 20_001],
    ])
  })

  it('R13 flags a 表3 row that differs from 表2 本年收入合计 + 上年结转 of the same code', () => {
    const t = exampleTableSet()
    setMoney(t.T2, 'c:2010399', 'carryover', 11_000)
    expect(cellsOf(findingsOf('R13', t))).toEqual([['c:2010399', 'total', 51_000, 52_000]])
  })

  it('R13 flags a code that 表2 lists and 表3 does not', () => {
    const t = exampleTableSet()
    removeRow(t.T3, 'c:2210201')
    const findings = findingsOf('R13', t)
    expect(cellsOf(findings)).toEqual([['c:2210201', 'total', 5_000, 0]])
    expect(findings[0]?.message).toContain('（未列示）')
  })
})
