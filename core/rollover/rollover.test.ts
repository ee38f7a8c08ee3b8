// Rolling sample 000 (2025) into a 2026 draft: the prior-year figures are 000's derived 2025 figures.
import { describe, expect, it } from 'vitest'
import type { Catalog } from '../catalogs/types'
import { analyze } from '../rules/analyze'
import { moneyAt } from '../tables/access'
import { catalogFor } from '../../tests/builders/catalog'
import { loadSample } from '../../tests/samples/sample-files'
import { rollOver } from './rollover'

const prior = loadSample('000')
const priorAnalysis = analyze(prior.data, catalogFor(2025))
const catalogs = { prior: catalogFor(2025), target: catalogFor(2026) }

function rolled() {
  const r = rollOver(prior, priorAnalysis, 2026, catalogs, { templateYear: 2026, appVersion: '0.2.0', savedAt: '2026-01-05T00:00:00Z' })
  if (!r.ok) throw new Error(r.message)
  return r
}

describe('rollOver sample 000 into 2026', () => {
  it('fills every prior-year figure from the 2025 tables, in 元, reasons cleared', () => {
    const { document } = rolled()
    const t = priorAnalysis.derivation.tables
    expect(moneyAt(t.T1, 'grand-total', 'income')).toBe(204561) // 收入总计 2045.61万元
    const wan = (w: number) => `${w * 100}.00`
    expect(document.data.comparisons).toEqual({
      incomeTotal: { prior: '20456100.00' },
      expenditureTotal: { prior: wan(moneyAt(t.T1, 'grand-total', 'total')) },
      generalBudgetCurrent: { prior: wan(moneyAt(t.T5, 'total', 'total')) },
      threePublic: {
        abroad: { prior: wan(moneyAt(t.T10, 'abroad', 'total')) },
        reception: { prior: wan(moneyAt(t.T10, 'reception', 'total')) },
        vehiclePurchase: { prior: wan(moneyAt(t.T10, 'vehicle-purchase', 'total')) },
        vehicleOperation: { prior: wan(moneyAt(t.T10, 'vehicle-operation', 'total')) },
      },
      officeOperation: { prior: wan(moneyAt(t.T11, 'total', 'total')) },
    })
    expect(document.data.comparisons.officeOperation.prior).toBe('760600.00') // 八: 76.06万元
    expect(document.data.comparisons.threePublic.vehicleOperation.prior).toBe(wan(moneyAt(t.T10, 'vehicle-operation', 'total')))
  })

  it('keeps department, units and 概况 for 2026, drops lines and the projects that end', () => {
    const { document, report } = rolled()
    const d = document.data
    expect(document.templateYear).toBe(2026)
    expect(d.department).toEqual({ ...prior.data.department, budgetYear: 2026 })
    expect(d.units).toEqual(prior.data.units)
    expect(d.overview).toEqual(prior.data.overview)
    expect(d.lines).toEqual([])
    expect(d.procurement).toEqual([])
    expect(d.assets.asOf).toBeUndefined()
    const oneOff = prior.data.projects.filter((p) => p.attribute === 'one-off')
    expect(oneOff).toHaveLength(6)
    expect(report.droppedProjects.map((p) => p.id)).toEqual(oneOff.map((p) => p.id))
    expect(d.projects).toHaveLength(prior.data.projects.length - 6)
    expect(d.projects.every((p) => p.continuing && p.attribute !== 'one-off')).toBe(true)
    // The 2026 draft asks for this year's amounts, not for last year's figures.
    const findings = analyze(d, catalogs.target).findings
    expect(findings.filter((f) => f.ruleId === 'Y01')).toEqual([])
  })

  it('keeps continuing projects’ forms, 年度 texts included, and drops the others’', () => {
    const doc001 = loadSample('001')
    const r = rollOver(doc001, analyze(doc001.data, catalogFor(2024)), 2025, { prior: catalogFor(2024), target: catalogFor(2025) })
    if (!r.ok) throw new Error(r.message)
    const kept = new Set(r.document.data.projects.map((p) => p.id))
    expect(r.document.data.performance.projectForms.map((f) => f.projectId)).toEqual(doc001.data.performance.projectForms.filter((f) => kept.has(f.projectId)).map((f) => f.projectId))
    const form = r.document.data.performance.projectForms[0]
    const original = doc001.data.performance.projectForms.find((f) => f.projectId === form?.projectId)
    expect(form?.annualGoal).toBe(original?.annualGoal)
    expect(form?.annualIndicators).toEqual(original?.annualIndicators)
  })

  it('maps or flags codes the 2026 catalog lacks', () => {
    const target: Catalog = { ...catalogs.target, functional: new Map(catalogs.target.functional), economicDepartment: new Map(catalogs.target.economicDepartment) }
    target.functional.delete('2010350')
    target.economicDepartment.delete('30229')
    const r = rollOver(prior, priorAnalysis, 2026, {
      ...catalogs,
      target,
      codeChanges: { changes: [{ kind: 'functional', from: '2010350', to: '2010399', note: '示例' }, { kind: 'economicDepartment', from: '30229' }] },
    })
    if (!r.ok) throw new Error(r.message)
    const uses = (kind: string, code: string) => prior.data.lines.filter((l) => (kind === 'functional' ? l.functionCode : l.economicCode) === code).length
    expect(r.report.codeChanges).toEqual([
      { kind: 'economicDepartment', code: '30229', name: '福利费', status: 'retired', uses: uses('e', '30229'), message: '部门经济科目“30229 福利费”在2026年版中已停用，请改用新科目' },
      { kind: 'economicDepartment', code: '30305', status: 'missing', uses: uses('e', '30305'), message: '部门经济科目“30305”不在2026年科目表中，请核对' },
      {
        kind: 'functional',
        code: '2010350',
        name: '事业运行',
        status: 'mapped',
        to: '2010399',
        uses: uses('functional', '2010350'),
        message: '功能科目“2010350 事业运行”在2026年版中调整为“2010399 其他政府办公厅（室）及相关机构事务支出”（示例），导入或录入时按新编码',
      },
    ])
  })

  it('refuses a target year that is not the next one', () => {
    expect(rollOver(prior, priorAnalysis, 2027, catalogs)).toEqual({ ok: false, message: '上年文档是2025年的，只能结转为2026年的文档（不是2027年）' })
  })
})
