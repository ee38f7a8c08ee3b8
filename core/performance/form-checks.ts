// What a form lacks, as plain data: the document rules F01–F10 (core/rules/document-rules/
// performance-rules.ts) turn these into findings, and the step-7 screens can show them inline.
import type { DocumentData } from '../model/document-data'
import { LEVEL1, LEVEL1_LABELS, LEVEL2_BY_LEVEL1, LEVEL2_LABELS, type Indicator, type Level1, type OverallForm } from '../model/performance'
import type { FormLayoutId } from './form-model'
import { formatIndicatorValue } from './indicator-value'

/** An indicator counts when its 三级 name is filled in. */
export function isFilled(i: Indicator): boolean {
  return i.name.trim() !== ''
}

/** True for an indicator row left entirely blank (printed as an empty row, not checked). */
export function isBlank(i: Indicator): boolean {
  return i.name.trim() === '' && formatIndicatorValue(i.value).trim() === ''
}

/** 一级 without any filled indicator, in hierarchy order. */
export function missingLevel1(list: readonly Indicator[], required: readonly Level1[] = LEVEL1): Level1[] {
  return required.filter((l1) => !list.some((i) => isFilled(i) && (LEVEL2_BY_LEVEL1[l1] as readonly string[]).includes(i.level2)))
}

/** Indicators whose 二级 does not belong to their 一级 (spec §5.4), with their index. */
export function misplacedLevel2(list: readonly Indicator[]): { index: number; message: string }[] {
  return list.flatMap((i, index) =>
    (LEVEL2_BY_LEVEL1[i.level1] as readonly string[]).includes(i.level2)
      ? []
      : [{ index, message: `“${LEVEL2_LABELS[i.level2]}”不属于“${LEVEL1_LABELS[i.level1]}”` }],
  )
}

export interface MissingField {
  field: string
  label: string
}

const text = (s: string) => s.trim() !== ''

/**
 * Fields of the 整体 form the layout prints that are still empty. 部门职责 falls back to 概况's
 * 本部门职责, so it is missing only when both are empty.
 */
export function overallMissingFields(form: OverallForm, layout: FormLayoutId, data: DocumentData): MissingField[] {
  const checks: [string, string, boolean][] =
    layout === '2026'
      ? [
          ['internalDepartments', '内设职能部门数', form.internalDepartments !== undefined],
          ['staffQuota', '核定的人员编制数', form.staffQuota !== undefined],
          ['staffActual', '实际在职人员总数', form.staffActual !== undefined],
          ['duties', '部门职责', text(form.duties) || text(data.overview.duties)],
          ['strategicGoal', '部门战略目标', text(form.strategicGoal)],
          ['keyTasks', '年度重点任务', form.keyTasks.some((t) => text(t.coreFunction) || text(t.tasks))],
          ['annualGoal', '年度绩效目标', text(form.annualGoal)],
        ]
      : [
          ['internalDepartments', '内设机构', form.internalDepartments !== undefined],
          ['staffQuota', '编制控制数', form.staffQuota !== undefined],
          ['staffOnPayroll', '实有在编人数', form.staffOnPayroll !== undefined],
          ['strategicGoal', '单位中长期战略目标', text(form.strategicGoal)],
          ['annualGoal', '年度绩效目标', text(form.annualGoal)],
          ['dutyTasks', '预期完成的事项', text(form.dutyTasks)],
          ['dutyEffects', '部门履行职责带来的效果', text(form.dutyEffects)],
        ]
  return checks.filter(([, , ok]) => !ok).map(([field, label]) => ({ field, label }))
}

/**
 * 一级 the 整体 form's indicators must cover: all three in the 2026 grid; in the 2025 layout
 * 履职履行 (产出) and 履职效益 (效益 or 满意度).
 */
export function overallMissingLevel1(form: OverallForm, layout: FormLayoutId): string[] {
  if (layout === '2026') return missingLevel1(form.indicators).map((l1) => LEVEL1_LABELS[l1])
  const out: string[] = []
  if (missingLevel1(form.indicators, ['output']).length > 0) out.push('履职履行')
  if (missingLevel1(form.indicators, ['benefit', 'satisfaction']).length === 2) out.push('履职效益')
  return out
}
