import { describe, expect, it } from 'vitest'
import { exampleTableSet } from './fixtures.test-helpers'
import { cellName, childrenOf, codeRows, columnLabel, money, rowLabel, sections } from './table-access'

describe('table access', () => {
  const t = exampleTableSet()

  it('reads money by row key and column key; a missing row or structurally blank cell reads 0', () => {
    expect(money(t.T2, 'c:2010399', 'carryover')).toBe(12_000)
    expect(money(t.T2, 'c:999', 'total')).toBe(0)
    expect(money(t.T1, 'cat:230', 'income')).toBe(0)
  })

  it('walks the code tree: 类 under 合计, 款 under 类, 项 under 款', () => {
    const rows = codeRows(t.T3)
    expect(childrenOf(rows, null).map((r) => r.code)).toEqual(['201', '212', '221'])
    expect(childrenOf(rows, '201').map((r) => r.code)).toEqual(['20103'])
    expect(childrenOf(rows, '20103').map((r) => r.code)).toEqual(['2010301', '2010399'])
  })

  it('splits T6 into groups and T12 into units with the rows under them', () => {
    expect(sections(t.T6, 'group', 'item').map((s) => [s.head.key, s.children.length])).toEqual([['g:工资福利支出', 2], ['g:商品和服务支出', 3]])
    expect(sections(t.T12, 'group', 'item').map((s) => [s.head.key, s.children.map((c) => c.key)])).toEqual([['u:1', ['p:1.1', 'p:1.2']], ['u:2', ['p:2.1']]])
  })

  it('names columns by their lowest header cell, with the budget year', () => {
    expect(columnLabel(t.T1, 'total')).toBe('2026年合计')
    expect(columnLabel(t.T4, 'subtotal')).toBe('小计')
    expect(columnLabel(t.T12, 'total')).toBe('合计')
    expect(columnLabel(t.T2, 'carryover')).toBe('上年结转')
  })

  it('names rows and cells as the officer sees them', () => {
    expect(rowLabel(t.T1, 'current-total', 'income')).toBe('本年收入合计')
    expect(rowLabel(t.T1, 'current-total', 'total')).toBe('本年支出合计')
    expect(rowLabel(t.T6, 'i:基本工资|工资奖金津补贴')).toBe('基本工资—工资奖金津补贴')
    expect(cellName(t.T2, 'c:201', 'total')).toBe('表2“201 一般公共服务支出”合计')
    expect(cellName(t.T8, 'c:221', 'total')).toBe('表8“221 住房保障支出”（未列示）合计')
  })
})
