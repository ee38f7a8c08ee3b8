// One form per project: a second form of the same project is found, kept out of use and reported —
// on the form step (P05) and when copying last year's forms.
import { describe, expect, it } from 'vitest'
import { derive } from '../calc/derive'
import type { DocumentData } from '../model/document-data'
import { P05 } from '../rules/document-rules/project-rules'
import { catalogFor, namesFor } from '../../tests/builders/catalog'
import { syntheticCarryoverDepartment } from '../../tests/builders/document-builder'
import { completeProjectForms } from '../../tests/performance/form-builders'
import { copyFormsFromPriorDocument } from './copy-forms'
import { buildProjectFormModel } from './project-form'
import { secondForms } from './second-forms'

function withSecondForm(): DocumentData {
  const d = syntheticCarryoverDepartment()
  const forms = completeProjectForms(d)
  const first = forms[0] as DocumentData['performance']['projectForms'][number]
  d.performance.projectForms = [...forms, { ...first, annualGoal: '第二张表的年度目标' }]
  return d
}

describe('a second 绩效目标 form for one project', () => {
  it('is found with the form the app uses', () => {
    const d = withSecondForm()
    const n = d.performance.projectForms.length
    expect(secondForms(d.performance.projectForms)).toEqual([{ projectId: d.performance.projectForms[0]?.projectId, index: n - 1, firstIndex: 0 }])
    expect(secondForms(completeProjectForms(syntheticCarryoverDepartment()))).toEqual([])
  })

  it('is reported on the form step (P05), naming the project and both forms', () => {
    const d = withSecondForm()
    const name = d.projects.find((p) => p.id === d.performance.projectForms[0]?.projectId)?.name
    const found = P05.check({ derivation: derive(d, namesFor(2026)), catalog: catalogFor(2026) })
    const n = d.performance.projectForms.length
    expect(found.map((f) => [f.severity, f.location.step, f.location.path])).toEqual([['warning', 'performance', ['performance', 'projectForms', n - 1]]])
    expect(found[0]?.message).toBe(`项目“${name}”有第二张绩效目标表（第${n}张）：每个项目只保留一张，预览和导出只用第1张；请把第二张的指标合并到第1张后删除第二张`)
  })

  it('is not the form the preview and export use', () => {
    const d = withSecondForm()
    const derivation = derive(d, namesFor(2026))
    const model = buildProjectFormModel(derivation, d.performance.projectForms[0]?.projectId as string)
    expect(JSON.stringify(model)).not.toContain('第二张表的年度目标')
  })

  it('copying last year’s forms takes the first and says so', () => {
    const prior = withSecondForm()
    prior.department.budgetYear = 2025
    const current = syntheticCarryoverDepartment()
    const { performance, report } = copyFormsFromPriorDocument(prior, current)
    expect(performance.projectForms.map((f) => f.annualGoal)).not.toContain('第二张表的年度目标')
    const name = prior.projects.find((p) => p.id === prior.performance.projectForms[0]?.projectId)?.name
    expect(report.notes).toContain(`项目“${name}”有第二张绩效目标表：每个项目只保留一张（第一张），第二张未采用；如需其中的指标，请合并到保留的表中`)
  })
})
