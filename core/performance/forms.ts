// All attached forms of a document in print order (spec §9.1, §9.10): the 整体 form first (when the
// officer filled one), then one 项目支出绩效目标表 per project that has a form, 表12 projects first,
// then 表13 projects, in table order. 涉密 projects have none.
import type { Derivation } from '../calc/derive'
import { OverallForm } from '../model/performance'
import type { FormModel } from './form-model'
import { formProjects } from './form-order'
import { layoutFor, type FormOptions } from './layouts'
import { buildOverall2025 } from './overall-form-2025'
import { buildOverall2026 } from './overall-form-2026'
import { buildProjectFormModel } from './project-form'

/** The 整体 form in the layout of the template year; an empty form when none was entered. */
export function buildOverallFormModel(derivation: Derivation, options: FormOptions = {}): FormModel {
  const form = derivation.data.performance.overall ?? OverallForm.parse({})
  const layout = layoutFor(options.templateYear ?? derivation.data.department.budgetYear, options.layout)
  return layout === '2026' ? buildOverall2026(derivation, form) : buildOverall2025(derivation, form)
}

export interface AllFormsOptions extends FormOptions {
  /** Also build forms for projects that have none yet (a preview of what is missing). Default false. */
  includeMissing?: boolean
}

export function buildAllFormModels(derivation: Derivation, options: AllFormsOptions = {}): FormModel[] {
  const out: FormModel[] = []
  if (derivation.data.performance.overall) out.push(buildOverallFormModel(derivation, options))
  const withForm = new Set(derivation.data.performance.projectForms.map((f) => f.projectId))
  for (const { project } of formProjects(derivation)) {
    if (options.includeMissing || withForm.has(project.id)) out.push(buildProjectFormModel(derivation, project.id, options))
  }
  return out
}
