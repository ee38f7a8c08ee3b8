// The figures that 第三部分 compares with the prior year (spec §4.1, §4.5, §4.7, §4.8, §8), read
// from the same tables the document prints. The findings Y01/Y02 use this list too, so a sentence
// and the finding about it always speak of the same two numbers.
import type { Derivation } from '../calc/derive'
import { roundFenToWanCents, yuanToFen } from '../money/money'
import { percentHalfUp } from '../money/percent'
import type { Comparison } from '../model/disclosure-inputs'
import { hasOfficeOperationFunds } from '../model/enums'
import { moneyAt } from '../tables/access'
import type { WanCents } from '../tables/table-model'

export type ComparedFigureId =
  | 'incomeTotal'
  | 'expenditureTotal'
  | 'generalBudgetCurrent'
  | 'abroad'
  | 'reception'
  | 'vehiclePurchase'
  | 'vehicleOperation'
  | 'threePublicTotal'
  | 'officeOperation'

export const THREE_PUBLIC_ITEMS = ['abroad', 'reception', 'vehiclePurchase', 'vehicleOperation'] as const
export type ThreePublicItemId = (typeof THREE_PUBLIC_ITEMS)[number]

export interface ComparedFigure {
  id: ComparedFigureId
  label: string
  current: WanCents
  /** 上年预算数 in 0.01万元; undefined when the officer has not entered it. */
  prior: WanCents | undefined
  reason: string | undefined
  /** A change must be explained (一, 七 合计, 八; official-rules (c)5, (c)6). */
  needsReason: boolean
}

/** The prior-year figure rounded like a table cell (half-up to 0.01万元). */
export function priorWan(c: Comparison): WanCents | undefined {
  return c.prior === undefined ? undefined : roundFenToWanCents(yuanToFen(c.prior))
}

const T10_ROWS: Record<ThreePublicItemId, string> = {
  abroad: 'abroad',
  reception: 'reception',
  vehiclePurchase: 'vehicle-purchase',
  vehicleOperation: 'vehicle-operation',
}

export const THREE_PUBLIC_LABELS: Record<ThreePublicItemId, string> = {
  abroad: '因公出国（境）费',
  reception: '公务接待费',
  vehiclePurchase: '公务用车购置费',
  vehicleOperation: '公务用车运行维护费',
}

/** The officer chose `本年不作比较` for 八 (comparisons.officeOperationComparison). */
export function officeOperationNotCompared(d: Derivation): boolean {
  return d.data.comparisons.officeOperationComparison === 'none'
}

/** Whether the department has a unit with 机关运行经费 (行政/参公, spec §4.8). */
export function hasQualifyingUnit(d: Derivation): boolean {
  return d.data.units.some((u) => hasOfficeOperationFunds(u.type))
}

export function comparedFigures(d: Derivation): ComparedFigure[] {
  const { T1, T5, T10, T11 } = d.tables
  const c = d.data.comparisons
  const fig = (id: ComparedFigureId, label: string, current: WanCents, comparison: Comparison, needsReason: boolean): ComparedFigure => ({
    id,
    label,
    current,
    prior: priorWan(comparison),
    reason: comparison.reason,
    needsReason,
  })
  const items = THREE_PUBLIC_ITEMS.map((k) => fig(k, THREE_PUBLIC_LABELS[k], moneyAt(T10, T10_ROWS[k], 'total'), c.threePublic[k], false))
  // 七: the total's prior is the sum of the items' priors (one figure, never typed twice).
  const itemPriors = items.map((f) => f.prior)
  const totalPrior = itemPriors.every((p) => p !== undefined) ? itemPriors.reduce<number>((a, p) => a + (p as number), 0) : undefined
  const figs: ComparedFigure[] = [
    fig('incomeTotal', '预算收入总计', moneyAt(T1, 'grand-total', 'income'), c.incomeTotal, true),
    fig('expenditureTotal', '预算支出总计', moneyAt(T1, 'grand-total', 'total'), c.expenditureTotal, true),
    fig('generalBudgetCurrent', '一般公共预算当年支出', moneyAt(T5, 'total', 'total'), c.generalBudgetCurrent, false),
    ...items,
    { id: 'threePublicTotal', label: '“三公”经费', current: moneyAt(T10, 'total', 'total'), prior: totalPrior, reason: c.threePublicTotalReason, needsReason: true },
  ]
  // 本年不作比较: no prior figure is compared, asked for or explained (八 says so itself).
  if (hasQualifyingUnit(d) && !officeOperationNotCompared(d)) figs.push(fig('officeOperation', '机关运行经费', moneyAt(T11, 'total', 'total'), c.officeOperation, true))
  return figs
}

/**
 * The change against the prior year (spec §9.5): `missing` when no prior figure was entered, `same`
 * for a change of 0 (takes precedence over a prior of 0), else the absolute difference and the rate
 * in 0.01% (undefined when the prior year is 0: no percentage is printed).
 */
export type YearChange =
  | { kind: 'missing' }
  | { kind: 'same' }
  | { kind: 'increase' | 'decrease'; difference: WanCents; rate: number | undefined }

export function yearChange(current: WanCents, prior: WanCents | undefined): YearChange {
  if (prior === undefined) return { kind: 'missing' }
  if (current === prior) return { kind: 'same' }
  const difference = Math.abs(current - prior)
  return { kind: current > prior ? 'increase' : 'decrease', difference, rate: prior === 0 ? undefined : percentHalfUp(difference, prior) }
}
