// 绩效目标 forms (spec §5): the 整体支出 form and one 项目支出绩效目标表 per project.
import { z } from 'zod'
import { Count, Id, ShortText, Text, Yuan } from './primitives'

export const LEVEL1 = ['output', 'benefit', 'satisfaction'] as const
export const Level1 = z.enum(LEVEL1, { error: '一级指标应为产出指标、效益指标或满意度指标' })
export type Level1 = z.infer<typeof Level1>

export const LEVEL2_BY_LEVEL1 = {
  output: ['quantity', 'quality', 'timeliness', 'cost'],
  benefit: ['economic', 'social', 'ecological', 'sustainable'],
  satisfaction: ['beneficiary-satisfaction'],
} as const
export const Level2 = z.enum(['quantity', 'quality', 'timeliness', 'cost', 'economic', 'social', 'ecological', 'sustainable', 'beneficiary-satisfaction'], {
  error: '二级指标不在指标体系内',
})
export type Level2 = z.infer<typeof Level2>

export const LEVEL1_LABELS: Record<Level1, string> = { output: '产出指标', benefit: '效益指标', satisfaction: '满意度指标' }
export const LEVEL2_LABELS: Record<Level2, string> = {
  quantity: '数量指标',
  quality: '质量指标',
  timeliness: '时效指标',
  cost: '成本指标',
  economic: '经济效益指标',
  social: '社会效益指标',
  ecological: '生态效益指标',
  sustainable: '可持续影响指标',
  'beneficiary-satisfaction': '服务对象满意度指标',
}

/** 指标值: comparison, value and unit (`≥95%`, `≤365天`, `114.72万元`, `及时`). */
export const IndicatorValue = z.object({
  comparator: z.enum(['', '≥', '≤', '>', '<', '=']).default(''),
  value: ShortText.default(''),
  unit: ShortText.default(''),
})

export const Indicator = z.object({
  level1: Level1,
  level2: Level2,
  name: ShortText.default(''),
  value: IndicatorValue.default(() => ({ comparator: '' as const, value: '', unit: '' })),
  /** 指标解释及计算公式 (2025 整体 form, spec §5.1 a); not printed in the project forms. */
  note: ShortText.optional(),
})
export type Indicator = z.infer<typeof Indicator>

const FundSplit = z.object({
  central: Yuan.default('0.00'),
  provincial: Yuan.default('0.00'),
  local: Yuan.default('0.00'),
  selfRaised: Yuan.default('0.00'),
  other: Yuan.default('0.00'),
})

export const ProjectForm = z.object({
  projectId: Id,
  /** 实施期资金总额 (typed; checked ≥ the 年度 amount, which is derived from the lines). */
  implementationTotal: Yuan.optional(),
  implementationSplit: FundSplit.optional(),
  overview: Text.default(''),
  basis: Text.default(''),
  necessity: Text.default(''),
  measures: Text.default(''),
  plan: Text.default(''),
  implementationGoal: Text.default(''),
  annualGoal: Text.default(''),
  implementationIndicators: z.array(Indicator).default(() => []),
  annualIndicators: z.array(Indicator).default(() => []),
  owner: ShortText.default(''),
  handler: ShortText.default(''),
  phone: ShortText.default(''),
  /** 填报日期 as printed (`20251204161540`). */
  filledAt: ShortText.default(''),
})
export type ProjectForm = z.infer<typeof ProjectForm>

export const KeyTask = z.object({ coreFunction: Text.default(''), tasks: Text.default('') })

/** 部门（单位）整体支出绩效目标申报表; 2026 layout fields, with the 2025 layout's extra fields optional. */
export const OverallForm = z.object({
  internalDepartments: Count.optional(),
  staffQuota: Count.optional(),
  staffActual: Count.optional(),
  staffOnPayroll: Count.optional(),
  staffOther: Count.optional(),
  duties: Text.default(''),
  strategicGoal: Text.default(''),
  keyTasks: z.array(KeyTask).default(() => []),
  annualGoal: Text.default(''),
  completedLastYear: Text.default(''),
  indicators: z.array(Indicator).default(() => []),
  measures: Text.default(''),
  otherNotes: Text.default(''),
  filledBy: ShortText.default(''),
  filledAt: ShortText.default(''),
  // Fields of the 2025 (county) layout only, spec §5.1 a. 履职履行 prints the 产出 indicators,
  // 履职效益 the 效益 and 满意度 ones.
  /** 直属单位 (typed: 000 prints 2 for a single-unit department). */
  directUnits: Count.optional(),
  staffAdministrativeQuota: Count.optional(),
  staffInstitutionQuota: Count.optional(),
  staffAdministrative: Count.optional(),
  staffInstitution: Count.optional(),
  /** 预期完成的事项 (履职履行). */
  dutyTasks: Text.default(''),
  /** 部门履行职责带来的效果 (履职效益). */
  dutyEffects: Text.default(''),
  /** 上年度资金 of 基本支出 and 项目支出 (元); their sum is checked against 一's prior total (N13). */
  priorYearBasic: Yuan.optional(),
  priorYearProject: Yuan.optional(),
  /** 指标值（预算计划完成率）. */
  budgetCompletionRate: ShortText.default('100%'),
  /** 保障机制: 组织机构 (`measures` holds 相关管理制度). */
  organization: Text.default(''),
  handler: ShortText.default(''),
  phone: ShortText.default(''),
})
export type OverallForm = z.infer<typeof OverallForm>

export const Performance = z.object({
  overall: OverallForm.optional(),
  projectForms: z.array(ProjectForm).default(() => []),
  /** Indicators the officer added to the suggestion library. */
  indicatorLibrary: z.array(Indicator).default(() => []),
})
export type Performance = z.infer<typeof Performance>
