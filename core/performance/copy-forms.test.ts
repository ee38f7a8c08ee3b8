import { describe, expect, it } from 'vitest'
import type { DocumentData } from '../model/document-data'
import { syntheticCarryoverDepartment } from '../../tests/builders/document-builder'
import { completeOverallForm, completeProjectForms } from '../../tests/performance/form-builders'
import { copyFormFromProject, copyFormsFromPriorDocument } from './copy-forms'

/** Last year's document: the same department, forms for every project. */
function prior(): DocumentData {
  const d = syntheticCarryoverDepartment()
  d.department.budgetYear = 2025
  d.performance.projectForms = completeProjectForms(d)
  d.performance.overall = completeOverallForm()
  return d
}

describe('copying forms', () => {
  it('copies another project’s form without its money or date, sharing nothing', () => {
    const source = completeProjectForms(prior())[0] as DocumentData['performance']['projectForms'][number]
    const copy = copyFormFromProject(source, 'p-ops')
    expect(copy.projectId).toBe('p-ops')
    expect(copy.implementationTotal).toBeUndefined()
    expect(copy.filledAt).toBe('')
    expect(copy.annualIndicators).toEqual(source.annualIndicators)
    copy.annualIndicators[0]!.name = '改过'
    expect(source.annualIndicators[0]?.name).not.toBe('改过')
    expect(copyFormFromProject(source, 'p-ops', { keepImplementationFunding: true }).implementationTotal).toBe(source.implementationTotal)
  })

  it('matches last year’s projects by id, then by unit and name, and reports the rest', () => {
    const current = syntheticCarryoverDepartment()
    // Renamed ids this year: one keeps its name (matched by unit + name, brackets and spaces aside).
    current.projects = current.projects.map((p) => (p.id === 'p-ops' ? { ...p, id: 'p-ops-2026', name: '示例平台 运维项目' } : p))
    current.lines = current.lines.map((l) => (l.projectId === 'p-ops' ? { ...l, projectId: 'p-ops-2026' } : l))
    current.projects.push({ id: 'p-new', unitId: 'u1', name: '新项目', category: 'targeted', attribute: 'phased', durationYears: 3, continuing: false, classified: false })
    current.performance.projectForms = [completeProjectForms(current)[0]!]
    const { performance, report } = copyFormsFromPriorDocument(prior(), current)
    expect(report.kept.map((k) => k.projectId)).toEqual(['p-current'])
    expect(report.copied.map((c) => [c.projectId, c.fromProjectId, c.matchedBy])).toEqual([
      ['p-system', 'p-system', 'id'],
      ['p-ops-2026', 'p-ops', 'unit-and-name'],
    ])
    expect(report.unmatched.map((u) => u.projectName)).toEqual(['新项目'])
    expect(report.unused).toEqual([])
    expect(report.notes).toContain('项目“示例信息系统建设项目”的实施期资金总额需按本年重新填写')
    expect(report.notes).toContain('项目“示例平台 运维项目”的成本指标沿用了上年金额，请按本年预算核对')
    expect(performance.projectForms.map((f) => f.projectId)).toEqual(['p-current', 'p-system', 'p-ops-2026'])
    // The 整体 form comes along; its 上年度资金 is last year's budget.
    expect(report.overallCopied).toBe(true)
    expect(performance.overall?.priorYearBasic).toBe('6000000.00')
    expect(performance.overall?.priorYearProject).toBe('5200000.00')
  })

  it('overwrites existing forms only when asked', () => {
    const current = syntheticCarryoverDepartment()
    current.performance.projectForms = completeProjectForms(current).map((f) => ({ ...f, annualGoal: '本年目标' }))
    expect(copyFormsFromPriorDocument(prior(), current).performance.projectForms.map((f) => f.annualGoal)).toEqual(['本年目标', '本年目标', '本年目标'])
    const { performance, report } = copyFormsFromPriorDocument(prior(), current, { overwrite: true })
    expect(performance.projectForms.map((f) => f.annualGoal)).toEqual(['完成年度工作任务。', '完成年度工作任务。', '完成年度工作任务。'])
    expect(report.copied).toHaveLength(3)
  })
})
