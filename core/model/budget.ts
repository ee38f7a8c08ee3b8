// Atomic budget lines, the single source of truth, plus income entries, control totals and projects.
import { z } from 'zod'
import { ExpenditureKind, FundSource, Period, ProjectAttribute, ProjectCategory, UnitFundKind } from './enums'
import { EconomicCode, FunctionCode, Id, IncomeCode, ShortText, Yuan } from './primitives'

export const BudgetLine = z
  .object({
    id: Id,
    unitId: Id,
    functionCode: FunctionCode,
    kind: ExpenditureKind,
    projectId: Id.optional(),
    /** 部门预算支出经济分类 款. 人员/公用 follows from its 类 (spec R24), never typed. */
    economicCode: EconomicCode,
    /** 政府预算支出经济分类 款; absent → default from the department code and the unit's 口径. */
    governmentEconomicCode: EconomicCode.optional(),
    source: FundSource,
    unitFundKind: UnitFundKind.optional(),
    period: Period,
    amount: Yuan,
    note: ShortText.optional(),
  })
  .superRefine((line, ctx) => {
    if (line.kind === 'project' && !line.projectId) ctx.addIssue({ code: 'custom', path: ['projectId'], message: '项目支出必须指定所属项目' })
    if (line.kind === 'basic' && line.projectId) ctx.addIssue({ code: 'custom', path: ['projectId'], message: '基本支出不能指定项目' })
    if (line.source === 'unit' && !line.unitFundKind) ctx.addIssue({ code: 'custom', path: ['unitFundKind'], message: '单位资金须注明类别（事业收入、上级补助收入等）' })
    if (line.source !== 'unit' && line.unitFundKind) ctx.addIssue({ code: 'custom', path: ['unitFundKind'], message: '只有单位资金才有单位资金类别' })
  })
export type BudgetLine = z.infer<typeof BudgetLine>

/**
 * Last year's amount of one budget line (same unit, project, 功能 and 经济 code, fund source), kept
 * by 上年文档结转 so a figure typed in the wrong unit (元/万元) stands out against it. Reference
 * only: no table or sentence reads it.
 */
export const PriorYearLine = z.object({
  unitId: Id,
  projectId: Id.optional(),
  functionCode: FunctionCode,
  economicCode: EconomicCode,
  source: FundSource,
  amount: Yuan,
})
export type PriorYearLine = z.infer<typeof PriorYearLine>

/** 政府性基金 income (表7) and 国有资本经营 income (表9), by income classification code. */
export const IncomeEntry = z.object({
  id: Id,
  incomeCode: IncomeCode,
  /** Name as printed; absent → the catalog's name. */
  name: ShortText.optional(),
  amount: Yuan,
})
export type IncomeEntry = z.infer<typeof IncomeEntry>

/** 批复 control total per fund source and period (optional). */
export const ControlTotal = z.object({ source: FundSource, period: Period, amount: Yuan })
export type ControlTotal = z.infer<typeof ControlTotal>

export const Project = z.object({
  id: Id,
  unitId: Id,
  name: ShortText.min(1, { error: '请填写项目名称' }),
  category: ProjectCategory,
  attribute: ProjectAttribute.default('recurring'),
  /** 项目期 in years; 99 = 经常性. */
  durationYears: z.number().int().min(1, { error: '项目期至少1年' }).max(99, { error: '项目期不超过99年' }).default(1),
  /** A project continuing from earlier years (延续项目). */
  continuing: z.boolean().default(false),
  /** 涉密: printed as one 涉密项目 row per unit, no published form, outside the 绩效 share. */
  classified: z.boolean().default(false),
})
export type Project = z.infer<typeof Project>
