import { describe, expect, it } from 'vitest'
import { derive } from '../../calc/derive'
import type { DocumentData } from '../../model/document-data'
import { ProjectForm } from '../../model/performance'
import { syntheticCarryoverDepartment } from '../../../tests/builders/document-builder'
import { catalogFor, namesFor } from '../../../tests/builders/catalog'
import { completeProjectForms } from '../../../tests/performance/form-builders'
import { namesFromCatalog } from '../../calc/catalog-names'
import { withOwnCatalog } from '../../catalogs/own-catalog'
import { DOCUMENT_RULES, runDocumentRules } from './index'

const catalog = catalogFor(2026)
const run = (data: DocumentData, id: string) => runDocumentRules({ derivation: derive(data, namesFor(2026)), catalog }).filter((f) => f.ruleId === id)

/** The synthetic department with every input the rules ask for. */
function complete(): DocumentData {
  const d = syntheticCarryoverDepartment()
  const same = (yuan: string) => ({ prior: yuan })
  d.comparisons = {
    incomeTotal: { prior: '11200000.00' },
    expenditureTotal: { prior: '11200000.00' },
    generalBudgetCurrent: { prior: '10000000.00' },
    threePublic: { abroad: same('0.00'), reception: same('0.00'), vehiclePurchase: same('0.00'), vehicleOperation: same('0.00') },
    officeOperation: { prior: '1000000.00' },
  }
  d.assets.asOf = '2025-12-31'
  d.assets.officeArea = '1000.00'
  d.assets.equipmentOver500k = 0
  d.assets.equipmentOver1m = 0
  d.overallFiling = { ...d.overallFiling, unitCount: 1, amount: '1000000.00' }
  d.performance.projectForms = completeProjectForms(d)
  return d
}

const emptyForm = () => ProjectForm.parse({ projectId: 'x' })

describe('document rules', () => {
  it('a complete document has no findings (its 示例 names are information only)', () => {
    const all = runDocumentRules({ derivation: derive(complete(), namesFor(2026)), catalog })
    expect(all.filter((f) => f.severity !== 'info').map((f) => `${f.ruleId} ${f.message}`)).toEqual([])
    expect(new Set(all.map((f) => f.ruleId))).toEqual(new Set(['D01']))
  })

  it('have unique ids and Chinese titles', () => {
    expect(new Set(DOCUMENT_RULES.map((r) => r.id)).size).toBe(DOCUMENT_RULES.length)
    for (const r of DOCUMENT_RULES) expect(r.title).toMatch(/[\u4e00-\u9fff]/)
  })

  it('U01 asks for the 本级 unit of a multi-unit department', () => {
    const d = complete()
    d.units = [{ ...(d.units[0] as DocumentData['units'][number]), isHeadUnit: false }, { id: 'u2', name: '下属中心', code: '', type: 'public-welfare-1', isHeadUnit: false }]
    expect(run(d, 'U01')).toHaveLength(1)
  })

  it('C01/C03: a printed code with no name is an error naming it; C02 flags a 类 outside the 30 categories', () => {
    const d = complete()
    d.lines[0] = { ...(d.lines[0] as DocumentData['lines'][number]), functionCode: '2019999', economicCode: '39999' }
    d.lines[1] = { ...(d.lines[1] as DocumentData['lines'][number]), functionCode: '2990101' }
    expect(run(d, 'C01').map((f) => f.location.path)).toEqual([['lines', 0, 'functionCode'], ['lines', 1, 'functionCode']])
    expect(run(d, 'C01')[0]?.severity).toBe('error')
    // 2019999: its 款 20199 is unknown too, and the tables print that row.
    expect(run(d, 'C01')[0]?.message).toContain('款“20199”')
    expect(run(d, 'C02')).toHaveLength(1)
    expect(run(d, 'C03')[0]?.message).toContain('39999')
    expect(run(d, 'C03')[0]?.severity).toBe('error')
  })

  it('C01: names the document supplies (own catalog) clear the error and leave one info', () => {
    const d = complete()
    d.lines[0] = { ...(d.lines[0] as DocumentData['lines'][number]), functionCode: '2013801' }
    d.ownCatalog = { functional: [{ code: '2013801', name: '行政运行' }] }
    const own = () => runDocumentRules({ derivation: derive(d, namesFromCatalog(withOwnCatalog(catalog, d.ownCatalog))), catalog: withOwnCatalog(catalog, d.ownCatalog) }).filter((f) => f.ruleId === 'C01')
    expect(own()).toHaveLength(1)
    expect(own()[0]?.severity).toBe('error')
    expect(own()[0]?.message).toContain('款“20138”')
    d.ownCatalog = { functional: [{ code: '2013801', name: '行政运行' }, { code: '20138', name: '市场监督管理事务' }] }
    expect(own().map((f) => f.severity)).toEqual(['info'])
    expect(own()[0]?.message).toContain('“20138 市场监督管理事务”')
  })

  it('C04 asks for the 政府经济分类 when the catalog has no default pair', () => {
    const d = complete()
    d.lines[1] = { ...(d.lines[1] as DocumentData['lines'][number]), economicCode: '30212' }
    expect(run(d, 'C04')[0]?.location.path).toEqual(['lines', 1, 'governmentEconomicCode'])
    d.lines[1] = { ...(d.lines[1] as DocumentData['lines'][number]), governmentEconomicCode: '50299' }
    expect(run(d, 'C04')).toEqual([])
  })

  it('C05 flags an income code neither in the catalog nor named', () => {
    const d = complete()
    d.fundIncome = [{ id: 'i1', incomeCode: '1039999', amount: '0.00' }]
    expect(run(d, 'C05')).toHaveLength(1)
    d.fundIncome = [{ id: 'i1', incomeCode: '1030148', amount: '0.00' }]
    expect(run(d, 'C05')).toEqual([])
  })

  it('I01 compares 政府性基金 income with its spending; I03 the 批复 control totals', () => {
    const d = complete()
    d.fundIncome = [{ id: 'i1', incomeCode: '1030148', amount: '100.00' }]
    expect(run(d, 'I01')[0]?.figures).toEqual({ expected: 0, actual: 1 })
    d.controlTotals = [{ source: 'general', period: 'current', amount: '10000000.00' }]
    expect(run(d, 'I03')).toEqual([])
    d.controlTotals = [{ source: 'general', period: 'current', amount: '9000000.00' }]
    expect(run(d, 'I03')[0]?.message).toContain('差 1000000.00 元')
  })

  it('T01 reports a 尾差 between a source total and its rounded groups', () => {
    const d = complete()
    d.lines.push({ id: 'x1', unitId: 'u1', functionCode: '2010301', kind: 'basic', economicCode: '30101', source: 'unit', unitFundKind: 'other-income', period: 'current', amount: '60.00' })
    d.lines.push({ id: 'x2', unitId: 'u1', functionCode: '2010399', kind: 'project', projectId: 'p-current', economicCode: '30227', source: 'unit', unitFundKind: 'other-income', period: 'current', amount: '60.00' })
    expect(run(d, 'T01')).toHaveLength(1)
  })

  it('P01–P04: every project has a form, every form a project, 实施期 ≥ 年度', () => {
    const d = complete()
    d.performance.projectForms = d.performance.projectForms.slice(1).concat([{ ...emptyForm(), projectId: 'ghost' }])
    expect(run(d, 'P01').map((f) => f.message)).toEqual(['项目“示例业务经费”缺少项目支出绩效目标表'])
    expect(run(d, 'P02')).toHaveLength(1)
    d.projects.push({ id: 'p-empty', unitId: 'u1', name: '空项目', category: 'operating', attribute: 'recurring', durationYears: 1, continuing: false, classified: false })
    expect(run(d, 'P03')).toHaveLength(1)
    const form = d.performance.projectForms[0] as DocumentData['performance']['projectForms'][number]
    form.implementationTotal = '100.00'
    expect(run(d, 'P04')[0]?.message).toContain('少于年度资金总额')
  })

  it('Y01 asks for missing prior-year figures; Y02 for the reason of a change', () => {
    const d = complete()
    d.comparisons.generalBudgetCurrent = {}
    expect(run(d, 'Y01').map((f) => f.location.path)).toEqual([['comparisons', 'generalBudgetCurrent', 'prior']])
    d.comparisons.incomeTotal = { prior: '10000000.00' }
    d.comparisons.threePublic.reception = { prior: '5000.00' }
    expect(run(d, 'Y02').map((f) => f.location.path)).toEqual([['comparisons', 'incomeTotal', 'reason'], ['comparisons', 'threePublicTotalReason']])
    d.comparisons.incomeTotal.reason = '新增项目'
    d.comparisons.threePublicTotalReason = '压减接待'
    expect(run(d, 'Y02')).toEqual([])
  })

  it('A01 checks vehicles against the quota and 运行维护费', () => {
    const d = complete()
    d.assets.vehicles.leadership = 2
    d.assets.vehicleQuota = 1
    d.assets.equipmentOver1m = 1
    expect(run(d, 'A01').map((f) => f.location.path)).toEqual([['assets', 'vehicleQuota'], ['assets', 'equipmentOver1m']])
  })

  it('A01 never reads a quota that was not entered as 0: it asks for it, as a reminder', () => {
    const d = complete()
    d.assets.vehicles.leadership = 2
    delete d.assets.vehicleQuota
    const found = run(d, 'A01')
    expect(found.map((f) => [f.severity, f.message])).toEqual([['warning', '公务用车编制数未填写（实有 2 辆）：填写后情况说明写明编制数，未填写时只写实有数']])
    expect(found.map((f) => f.message).join('')).not.toMatch(/编制 0 辆/)
  })
})
