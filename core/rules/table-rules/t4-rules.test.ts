import { describe, expect, it } from 'vitest'
import { codeTable, cellsOf, exampleTableSet, findingsOf, setMoney, setText } from './fixtures.test-helpers'

describe('表4 rules', () => {
  it.each(['R14', 'R15', 'R16', 'R17', 'R17n', 'R18'])('%s holds on the consistent tables', (id) => {
    expect(findingsOf(id, exampleTableSet())).toEqual([])
  })

  it('R14 flags a row whose 小计 is not the sum of the three budgets', () => {
    const t = exampleTableSet()
    setMoney(t.T4, 'cat:201', 'fund', 1)
    expect(cellsOf(findingsOf('R14', t))).toEqual([['cat:201', 'subtotal', 107_001, 107_000]])
  })

  it('R15 flags 本年支出合计 that differs from the sum of the categories', () => {
    const t = exampleTableSet()
    setMoney(t.T4, 'cat:221', 'general', 5_001)
    expect(cellsOf(findingsOf('R15', t))).toEqual([['current-total', 'general', 112_001, 112_000]])
  })

  it('R16 flags 上年财政拨款结转 that is not the sum of its three sub-rows', () => {
    const t = exampleTableSet()
    setMoney(t.T4, 'carryover:general', 'income', 11_000)
    expect(cellsOf(findingsOf('R16', t))).toEqual([['carryover', 'income', 11_000, 12_000]])
  })

  it('R16 flags 收入总计 that differs from 支出总计', () => {
    const t = exampleTableSet()
    for (const col of ['subtotal', 'general']) setMoney(t.T4, 'grand-total', col, col === 'subtotal' ? 132_100 : 112_100)
    expect(cellsOf(findingsOf('R16', t))).toEqual([
      ['grand-total', 'subtotal', 132_000, 132_100],
      ['grand-total', 'general', 112_000, 112_100],
      ['grand-total', 'subtotal', 132_000, 132_100],
    ])
  })

  it('R17 flags an income row that differs from 表1 and a category 小计 above 表1 年度合计', () => {
    const t = exampleTableSet()
    setMoney(t.T4, 'cat:202', 'income', 20_001)
    setMoney(t.T4, 'cat:201', 'subtotal', 108_000)
    const findings = findingsOf('R17', t)
    expect(cellsOf(findings)).toEqual([
      ['cat:202', 'income', 20_000, 20_001],
      ['cat:201', 'subtotal', 107_000, 108_000],
    ])
    expect(findings[1]?.message).toBe('表4“一、一般公共服务支出”小计 1080.00 大于表1“一、一般公共服务支出”2026年合计 1070.00（超出 10.00）')
  })

  it('R17 accepts a 表1 category larger than 表4 (财政专户管理资金 or 单位资金)', () => {
    const t = exampleTableSet()
    setMoney(t.T1, 'cat:201', 'total', 110_000)
    expect(findingsOf('R17', t)).toEqual([])
  })

  it('R17n flags a category label of 表4 that differs from 表1', () => {
    const t = exampleTableSet()
    setText(t.T4, 'cat:215', 'item', '十五、资源勘探工业信息支出')
    const findings = findingsOf('R17n', t)
    expect(findings).toHaveLength(1)
    expect(findings[0]).toMatchObject({ location: { table: 'T4', rowKey: 'cat:215', column: 'item' } })
    expect(findings[0]?.message).toBe('表4支出项目“十五、资源勘探工业信息支出”与表1“十五、资源勘探工业信息等支出”名称不一致')
  })

  it('R18 requires 表8 = 表4 政府性基金预算 per category when there is no fund carry-over', () => {
    const t = exampleTableSet()
    t.T8 = codeTable('T8', {})
    const findings = findingsOf('R18', t)
    expect(cellsOf(findings)).toEqual([['c:212', 'total', 20_000, 0]])
    expect(findings[0]?.message).toBe('表8“212 城乡社区支出”（未列示）合计 0.00 与表4“十二、城乡社区支出”政府性基金预算 200.00 不等（差 200.00）')
  })

  it('R18 accepts 表5 below 表4 一般公共预算 when 表4 has 一般公共预算 carry-over, but not above it', () => {
    const t = exampleTableSet()
    expect(findingsOf('R18', t)).toEqual([]) // 201: 表5 950.00 ≤ 表4 1070.00 (120.00 carried over)
    setMoney(t.T5, 'c:201', 'total', 108_000)
    expect(cellsOf(findingsOf('R18', t))).toEqual([['c:201', 'total', 107_000, 108_000]])
  })

  it('R18 requires equality for 一般公共预算 when there is no carry-over', () => {
    const t = exampleTableSet()
    setMoney(t.T4, 'carryover:general', 'income', 0)
    expect(cellsOf(findingsOf('R18', t))).toEqual([['c:201', 'total', 107_000, 95_000]])
  })
})
