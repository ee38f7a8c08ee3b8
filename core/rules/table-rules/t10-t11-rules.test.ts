import { describe, expect, it } from 'vitest'
import { cellsOf, EXAMPLE_UNITS, exampleTableSet, findingsOf, setMoney } from './fixtures.test-helpers'

describe('表10/表11 rules', () => {
  it.each(['R27', 'R28', 'R29', 'R30', 'R31', 'R32a', 'R32b'])('%s holds on the consistent tables', (id) => {
    expect(findingsOf(id, exampleTableSet(), { units: EXAMPLE_UNITS })).toEqual([])
  })

  it('R27 flags 公务用车购置及运行费 that is not ① + ②', () => {
    const t = exampleTableSet()
    setMoney(t.T10, 'vehicle', 'general', 3_001)
    const findings = findingsOf('R27', t)
    expect(cellsOf(findings)).toEqual([['vehicle', 'general', 3_000, 3_001]])
    expect(findings[0]?.location.step).toBe('three-public')
  })

  it('R28 flags 合计 that is not the sum of the three items', () => {
    const t = exampleTableSet()
    setMoney(t.T10, 'total', 'total', 5_001)
    expect(cellsOf(findingsOf('R28', t))).toEqual([['total', 'total', 5_000, 5_001]])
  })

  it('R29 flags a row whose 合计 is not the sum of the budgets', () => {
    const t = exampleTableSet()
    setMoney(t.T10, 'reception', 'fund', 1)
    expect(cellsOf(findingsOf('R29', t))).toEqual([['reception', 'total', 2_001, 2_000]])
  })

  it('R30 flags a 三公 item below the 表6 basic expenditure of the same 经济科目', () => {
    const t = exampleTableSet()
    setMoney(t.T6, 'i:公务接待费|公务接待费', 'total', 2_500)
    const findings = findingsOf('R30', t)
    expect(cellsOf(findings)).toEqual([['reception', 'general', 2_500, 2_000]])
    expect(findings[0]?.message).toBe('表10“公务接待费”一般公共预算 20.00 小于表6“公务接待费”合计 25.00（差 5.00）')
  })

  it('R30 accepts a 三公 item above 表6 (project spending)', () => {
    const t = exampleTableSet()
    setMoney(t.T10, 'vehicle-operation', 'general', 4_000)
    expect(findingsOf('R30', t)).toEqual([])
  })

  it('R31 flags 部门合计 that is not the sum of the units, and a unit row that does not add up', () => {
    const t = exampleTableSet()
    setMoney(t.T11, 'u:1', 'general', 14_000)
    expect(cellsOf(findingsOf('R31', t))).toEqual([
      ['total', 'general', 14_000, 15_000],
      ['u:1', 'total', 14_000, 15_000],
    ])
  })

  it('R32a flags 机关运行经费 above 表6 公用经费', () => {
    const t = exampleTableSet()
    setMoney(t.T11, 'total', 'general', 15_001)
    expect(cellsOf(findingsOf('R32a', t))).toEqual([['total', 'general', 15_000, 15_001]])
  })

  it('R32b reports, as info, 机关运行经费 below 公用经费 when every unit has 机关运行经费', () => {
    const t = exampleTableSet()
    setMoney(t.T11, 'total', 'general', 14_000)
    const units = EXAMPLE_UNITS.map((u) => ({ ...u, hasOfficeOperationFunds: true }))
    const findings = findingsOf('R32b', t, { units })
    expect(cellsOf(findings)).toEqual([['total', 'general', 15_000, 14_000]])
    expect(findings[0]?.severity).toBe('info')
    expect(findings[0]?.message).toBe('各单位均为行政单位或参公单位，表11“部门合计”一般公共预算 140.00 与表6公用经费合计 150.00 相差 10.00，二者应相等')
  })

  it('R32b names the units without 机关运行经费 when the two differ', () => {
    const t = exampleTableSet()
    setMoney(t.T11, 'total', 'general', 14_000)
    const findings = findingsOf('R32b', t, { units: EXAMPLE_UNITS })
    expect(findings[0]?.message).toContain('差额应为无机关运行经费的单位（示例中心）的公用经费')
  })

  it('R32b is skipped without unit facts', () => {
    const t = exampleTableSet()
    setMoney(t.T11, 'total', 'general', 14_000)
    expect(findingsOf('R32b', t)).toEqual([])
  })
})
