import { describe, expect, it } from 'vitest'
import { derive } from '../../calc/derive'
import type { DocumentData } from '../../model/document-data'
import { catalogFor, namesFor } from '../../../tests/builders/catalog'
import { decreasedDepartment, multiUnitDepartment, narrativeBase, noComparisonsDepartment, unchangedDepartment } from '../../../tests/builders/narrative-documents'
import { Y01, Y02, Y03, Y04, Y05 } from './comparison-rules'

const run = (rule: typeof Y01, data: DocumentData) => rule.check({ derivation: derive(data, namesFor(2026)), catalog: catalogFor(2026) })

describe('Y01 prior-year figures', () => {
  it('passes when every figure the narrative compares has its prior value', () => {
    expect(run(Y01, narrativeBase())).toEqual([])
  })
  it('asks for each missing one, pointing at its field', () => {
    const f = run(Y01, noComparisonsDepartment())
    expect(f.map((x) => x.location.path?.join('.'))).toEqual([
      'comparisons.incomeTotal.prior',
      'comparisons.expenditureTotal.prior',
      'comparisons.generalBudgetCurrent.prior',
      'comparisons.threePublic.abroad.prior',
      'comparisons.threePublic.reception.prior',
      'comparisons.threePublic.vehiclePurchase.prior',
      'comparisons.threePublic.vehicleOperation.prior',
      'comparisons.officeOperation.prior',
    ])
    expect(f[0]?.message).toContain('本年 1000.00 万元')
  })
})

describe('Y02 reasons for changes', () => {
  it('passes when nothing changed or every change is explained', () => {
    expect(run(Y02, unchangedDepartment())).toEqual([])
    expect(run(Y02, decreasedDepartment())).toEqual([])
  })
  it('asks for the reason of a changed total, 三公 total and 机关运行经费, quoting both figures', () => {
    const f = run(Y02, multiUnitDepartment())
    expect(f.map((x) => x.location.path?.join('.'))).toEqual(['comparisons.officeOperation.reason'])
    expect(f[0]?.message).toBe('机关运行经费本年 150.00 万元比上年 100.00 万元增加 50.00 万元，请填写变动原因（公开规则(c)6：机关运行经费有增减须说明原因）')
    const threePublic = run(Y02, narrativeBase((d) => (d.comparisons = { ...d.comparisons, threePublic: { ...d.comparisons?.threePublic, reception: { prior: '10000.00' } } })))
    expect(threePublic.map((x) => x.location.path?.join('.'))).toEqual(['comparisons.threePublicTotalReason'])
  })
})

describe('Y03 十一 inputs', () => {
  it('passes with the date and the area', () => {
    expect(run(Y03, narrativeBase())).toEqual([])
  })
  it('asks for a missing date (a reminder: (c)8 checks a printed date only) or area (required by (c)2), and warns about an unusual date', () => {
    const missing = run(Y03, narrativeBase((d) => (d.assets = {})))
    expect(missing.map((x) => [x.location.path?.join('.'), x.severity])).toEqual([['assets.asOf', 'warning'], ['assets.officeArea', 'error']])
    expect(missing[1]?.message).toMatch(/公开规则\(c\)2/)
    const odd = run(Y03, narrativeBase((d) => (d.assets = { asOf: '2025-06-30', officeArea: '0' })))
    expect(odd.map((x) => x.severity)).toEqual(['warning'])
  })
})

describe('Y04 reason against the direction of the change', () => {
  const withOffice = (prior: string, reason: string) => narrativeBase((d) => (d.comparisons = { ...d.comparisons, officeOperation: { prior, reason } }))
  it('warns when a decrease is explained only by an increase, and the reverse', () => {
    const down = run(Y04, withOffice('1100000.00', '日常公用经费增加'))
    expect(down.map((f) => [f.severity, f.location.path?.join('.')])).toEqual([['warning', 'comparisons.officeOperation.reason']])
    expect(down[0]?.message).toBe('机关运行经费比上年减少 10.00 万元，但填写的原因“日常公用经费增加”说的是增加，请核对原因是否填在了正确的项目上')
    expect(run(Y04, withOffice('900000.00', '减少原因是人员调出')).map((f) => f.message)).toEqual([
      '机关运行经费比上年增加 10.00 万元，但填写的原因“减少原因是人员调出”说的是减少，请核对原因是否填在了正确的项目上',
    ])
  })
  it('passes a reason in the same direction, a mixed one, and an unchanged figure', () => {
    expect(run(Y04, withOffice('900000.00', '新增人员2名'))).toEqual([])
    expect(run(Y04, withOffice('1100000.00', '人员调出，公用经费压减'))).toEqual([])
    expect(run(Y04, withOffice('1100000.00', '人员经费减少，办公费略有增加'))).toEqual([])
    expect(run(Y04, withOffice('1000000.00', '日常公用经费增加'))).toEqual([])
  })
})

describe('Y05 整体绩效 filing', () => {
  it('asks for a count or amount never entered, and passes when both are', () => {
    expect(run(Y05, narrativeBase())).toEqual([])
    const none = run(Y05, narrativeBase((d) => (d.overallFiling = {})))
    expect(none.map((f) => [f.severity, f.location.path?.join('.')])).toEqual([['warning', 'overallFiling.unitCount']])
    const noAmount = run(Y05, narrativeBase((d) => (d.overallFiling = { unitCount: 1 })))
    expect(noAmount.map((f) => f.location.path?.join('.'))).toEqual(['overallFiling.amount'])
    expect(run(Y05, narrativeBase((d) => ((d.overallFiling = {}), (d.settings = { disclosureLevel: 'unit' }))))).toEqual([])
  })
})
