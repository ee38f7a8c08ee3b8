import { describe, expect, it } from 'vitest'
import { moneyCell, textCell } from '../../tables/table-model'
import { cellsOf, exampleTableSet, findingsOf, setMoney } from './fixtures.test-helpers'

describe('soft rules S1–S7', () => {
  it.each(['S1', 'S2', 'S3', 'S4', 'S5', 'S6', 'S7'])('%s holds on the consistent tables', (id) => {
    expect(findingsOf(id, exampleTableSet())).toEqual([])
  })

  it('S1 reports, as info, 住房公积金 that differs from 表5 2210201 基本支出', () => {
    const t = exampleTableSet()
    setMoney(t.T6, 'i:住房公积金|住房公积金', 'total', 5_100)
    const findings = findingsOf('S1', t)
    expect(cellsOf(findings)).toEqual([['i:住房公积金|住房公积金', 'total', 5_000, 5_100]])
    expect(findings[0]).toMatchObject({ severity: 'info', location: { table: 'T6', step: 'basic' } })
    expect(findings[0]?.message).toBe('表6“住房公积金”合计 51.00 与表5“2210201 住房公积金”基本支出 50.00 不等（差 1.00），若人员经费未按对应功能科目列支可忽略')
  })

  it('S4 adds all pairs of the 经济科目 and both 项 codes', () => {
    const t = exampleTableSet()
    const item = (gov: string, v: number) => ({ key: `i:职工基本医疗保险缴费|${gov}`, kind: 'item' as const, level: 2, cells: [textCell('职工基本医疗保险缴费'), textCell(gov), moneyCell(v), moneyCell(v), moneyCell(0)] })
    t.T6.rows.push(item('社会保障缴费', 1_000), item('工资福利支出', 2_000))
    const code = (c: string, v: number) => ({ key: `c:${c}`, kind: 'item' as const, level: 3, cells: [textCell(c), textCell(''), moneyCell(v), moneyCell(v), moneyCell(0)] })
    t.T5.rows.push(code('2101101', 1_500), code('2101102', 1_500))
    expect(findingsOf('S4', t)).toEqual([])
    setMoney(t.T5, 'c:2101102', 'basic', 1_400)
    expect(cellsOf(findingsOf('S4', t))).toEqual([['i:职工基本医疗保险缴费|社会保障缴费', 'total', 2_900, 3_000]])
  })

  it('S6 reports 退休费 missing from 表6 while 表5 has 离退休 基本支出', () => {
    const t = exampleTableSet()
    t.T5.rows.push({ key: 'c:2080501', kind: 'item', level: 3, cells: [textCell('2080501'), textCell('行政单位离退休'), moneyCell(100), moneyCell(100), moneyCell(0)] })
    const findings = findingsOf('S6', t)
    expect(cellsOf(findings)).toEqual([[undefined, 'total', 100, 0]])
  })
})
