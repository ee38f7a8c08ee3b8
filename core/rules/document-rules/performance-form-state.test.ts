import { describe, expect, it } from 'vitest'
import { derive } from '../../calc/derive'
import type { DocumentData } from '../../model/document-data'
import { ProjectForm } from '../../model/performance'
import { syntheticCarryoverDepartment } from '../../../tests/builders/document-builder'
import { catalogFor, namesFor } from '../../../tests/builders/catalog'
import { completeOverallForm, completeProjectForms } from '../../../tests/performance/form-builders'
import { runDocumentRules } from './index'

const catalog = catalogFor(2026)
const findings = (data: DocumentData) => runDocumentRules({ derivation: derive(data, namesFor(2026)), catalog })
const skeleton = () => (['output', 'benefit', 'satisfaction'] as const).map((level1, i) => ({ level1, level2: (['quantity', 'social', 'beneficiary-satisfaction'] as const)[i] as 'quantity', name: '', value: { comparator: '' as const, value: '', unit: '' } }))

describe('new and copied 绩效目标表', () => {
  it('a form just created is one 待填写 error, not one per empty field', () => {
    const d = syntheticCarryoverDepartment()
    d.performance.overall = completeOverallForm()
    const before = findings(d).filter((f) => f.severity === 'error' && f.location.step === 'performance').length
    d.performance.projectForms = d.projects.map((p) => ProjectForm.parse({ projectId: p.id, implementationIndicators: skeleton(), annualIndicators: skeleton() }))
    const after = findings(d).filter((f) => f.severity === 'error' && f.location.step === 'performance')
    expect(after.filter((f) => f.ruleId === 'F00').length).toBe(d.projects.length)
    expect(after.map((f) => f.ruleId).filter((id) => id === 'F01' || id === 'F04')).toEqual([])
    // Creating the forms does not add errors: each missing form (P01) becomes one form to fill (F00).
    expect(after.length).toBeLessThanOrEqual(before + d.projects.length)
    expect(after.find((f) => f.ruleId === 'F00')?.message).toContain('待填写')
  })

  it('once anything is typed, the form is checked field by field again', () => {
    const d = syntheticCarryoverDepartment()
    d.performance.projectForms = d.projects.map((p) => ProjectForm.parse({ projectId: p.id, annualGoal: '保障运行', implementationIndicators: skeleton(), annualIndicators: skeleton() }))
    const ids = findings(d).map((f) => f.ruleId)
    expect(ids).not.toContain('F00')
    expect(ids).toContain('F01')
  })

  it('warns when two projects share 项目概况 or indicators word for word', () => {
    const d = syntheticCarryoverDepartment()
    d.performance.projectForms = completeProjectForms(d)
    d.performance.overall = completeOverallForm()
    expect(findings(d).filter((f) => f.ruleId === 'F11')).toEqual([])
    expect(d.performance.projectForms.length).toBeGreaterThanOrEqual(2)
    const [a, b] = d.performance.projectForms as [ProjectForm, ProjectForm]
    a.overview = '本项目用于保障政务数据平台全年稳定运行和安全防护。'
    b.overview = a.overview
    b.annualIndicators = a.annualIndicators.map((x) => ({ ...x, value: { ...x.value } }))
    const copied = findings(d).filter((f) => f.ruleId === 'F11')
    expect(copied.map((f) => f.severity)).toEqual(['warning', 'warning'])
    expect(copied[0]?.message).toMatch(/项目概况与项目“.+”的逐字相同/)
    expect(copied[0]?.location.path).toEqual(['performance', 'projectForms', 1, 'overview'])
    expect(copied[1]?.message).toMatch(/年度绩效指标与项目“.+”的逐字相同/)
  })
})
