import { describe, expect, it } from 'vitest'
import { derive } from '../calc/derive'
import { moneyAt } from './access'
import { syntheticCarryoverDepartment } from '../../tests/builders/document-builder'
import { namesFor } from '../../tests/builders/catalog'

// spec §2.14: the synthetic 示例局 with 120.00 万元 carried over.
describe('deriveTables on the synthetic carry-over department', () => {
  const { tables: t } = derive(syntheticCarryoverDepartment(), namesFor(2026))

  it('T1 carries the carry-over on both sides', () => {
    expect(moneyAt(t.T1, 'cat:201', 'income')).toBe(100000)
    expect(moneyAt(t.T1, 'current-total', 'income')).toBe(100000)
    expect(moneyAt(t.T1, 'carryover', 'income')).toBe(12000)
    expect(moneyAt(t.T1, 'grand-total', 'income')).toBe(112000)
    expect([moneyAt(t.T1, 'cat:201', 'total'), moneyAt(t.T1, 'cat:201', 'current'), moneyAt(t.T1, 'cat:201', 'carryover')]).toEqual([112000, 100000, 12000])
    expect(moneyAt(t.T1, 'grand-total', 'total')).toBe(112000)
    expect(t.T1.rows.filter((r) => r.key.startsWith('cat:'))).toHaveLength(30)
  })

  it('T2 shows 上年结转 by code', () => {
    expect(moneyAt(t.T2, 'total', 'total')).toBe(100000)
    expect(moneyAt(t.T2, 'total', 'carryover')).toBe(12000)
    expect(moneyAt(t.T2, 'c:2010301', 'general')).toBe(60000)
    expect(moneyAt(t.T2, 'c:2010399', 'carryover')).toBe(12000)
    expect(t.T2.rows.map((r) => r.key)).toEqual(['total', 'c:201', 'c:20103', 'c:2010301', 'c:2010399'])
  })

  it('T3 includes carried-over spending, T5 does not', () => {
    expect([moneyAt(t.T3, 'total', 'total'), moneyAt(t.T3, 'total', 'basic'), moneyAt(t.T3, 'total', 'project')]).toEqual([112000, 60000, 52000])
    expect(moneyAt(t.T3, 'c:2010399', 'project')).toBe(52000)
    expect(moneyAt(t.T5, 'c:2010399', 'project')).toBe(40000)
    expect(moneyAt(t.T5, 'total', 'total')).toBe(100000)
  })

  it('T4 shows 上年财政拨款结转 and its 一般公共预算 sub-row', () => {
    expect(moneyAt(t.T4, 'current-total', 'income')).toBe(100000)
    expect(moneyAt(t.T4, 'current-total', 'subtotal')).toBe(112000)
    expect(moneyAt(t.T4, 'carryover', 'income')).toBe(12000)
    expect(moneyAt(t.T4, 'carryover:general', 'income')).toBe(12000)
    expect(moneyAt(t.T4, 'grand-total', 'income')).toBe(112000)
    expect(moneyAt(t.T4, 'grand-total', 'general')).toBe(112000)
  })

  it('T12 and T13 split the projects by period', () => {
    expect(t.T12.rows.map((r) => r.key)).toEqual(['dept', 'u:u1', 'p:p-current'])
    expect(moneyAt(t.T12, 'dept', 'total')).toBe(40000)
    expect(t.T13.rows.map((r) => r.key)).toEqual(['dept', 'u:u1', 'p:p-system', 'p:p-ops'])
    expect(moneyAt(t.T13, 'p:p-system', 'general')).toBe(10000)
    expect(moneyAt(t.T13, 'dept', 'total')).toBe(12000)
  })

  it('marks the tables without data empty', () => {
    expect([t.T7.empty, t.T8.empty, t.T9.empty, t.T10.empty]).toEqual([true, true, true, true])
    expect(t.T13.empty).toBe(false)
    expect(t.T11.empty).toBe(false)
    expect(moneyAt(t.T11, 'u:u1', 'general')).toBe(10000)
  })

  it('T6 splits 人员经费 and 公用经费 by class', () => {
    expect([moneyAt(t.T6, 'total', 'total'), moneyAt(t.T6, 'total', 'personnel'), moneyAt(t.T6, 'total', 'publicUse')]).toEqual([60000, 50000, 10000])
    expect(t.T6.rows.map((r) => r.key)).toEqual(['total', 'g:工资福利支出', 'i:基本工资|工资奖金津补贴', 'g:商品和服务支出', 'i:办公费|办公经费'])
  })
})
