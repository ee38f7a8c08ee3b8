// Prior-year figures and reasons (spec §4, §8): a year-on-year sentence needs the prior-year budget
// figure (never a silent 0), and a change needs the officer's reason.
import { roundFenToWanCents, yuanToFen } from '../../money/money'
import type { Comparison } from '../../model/disclosure-inputs'
import { hasOfficeOperationFunds } from '../../model/enums'
import { moneyAt } from '../../tables/access'
import type { TableSet } from '../../tables/table-model'
import { formatWan, type Finding, type StepId } from '../finding'
import { finding, type DocumentRule, type DocumentRuleContext } from './context'

interface ComparedFigure {
  label: string
  current: number
  comparison: Comparison
  path: (string | number)[]
  step: StepId
  needsReason: boolean
}

export function priorWan(c: Comparison): number | undefined {
  return c.prior === undefined ? undefined : roundFenToWanCents(yuanToFen(c.prior))
}

export function comparedFigures(ctx: DocumentRuleContext): ComparedFigure[] {
  const { data, tables } = ctx.derivation
  const c = data.comparisons
  const t: TableSet = tables
  const figs: ComparedFigure[] = [
    { label: '预算收入总计', current: moneyAt(t.T1, 'grand-total', 'income'), comparison: c.incomeTotal, path: ['comparisons', 'incomeTotal'], step: 'overview', needsReason: true },
    { label: '预算支出总计', current: moneyAt(t.T1, 'grand-total', 'total'), comparison: c.expenditureTotal, path: ['comparisons', 'expenditureTotal'], step: 'overview', needsReason: true },
    { label: '一般公共预算当年支出', current: moneyAt(t.T5, 'total', 'total'), comparison: c.generalBudgetCurrent, path: ['comparisons', 'generalBudgetCurrent'], step: 'overview', needsReason: false },
    { label: '因公出国（境）费', current: moneyAt(t.T10, 'abroad', 'total'), comparison: c.threePublic.abroad, path: ['comparisons', 'threePublic', 'abroad'], step: 'three-public', needsReason: false },
    { label: '公务接待费', current: moneyAt(t.T10, 'reception', 'total'), comparison: c.threePublic.reception, path: ['comparisons', 'threePublic', 'reception'], step: 'three-public', needsReason: false },
    { label: '公务用车购置费', current: moneyAt(t.T10, 'vehicle-purchase', 'total'), comparison: c.threePublic.vehiclePurchase, path: ['comparisons', 'threePublic', 'vehiclePurchase'], step: 'three-public', needsReason: false },
    { label: '公务用车运行维护费', current: moneyAt(t.T10, 'vehicle-operation', 'total'), comparison: c.threePublic.vehicleOperation, path: ['comparisons', 'threePublic', 'vehicleOperation'], step: 'three-public', needsReason: false },
  ]
  if (data.units.some((u) => hasOfficeOperationFunds(u.type))) {
    figs.push({ label: '机关运行经费', current: moneyAt(t.T11, 'total', 'total'), comparison: c.officeOperation, path: ['comparisons', 'officeOperation'], step: 'three-public', needsReason: true })
  }
  return figs
}

const blank = (s: string | undefined) => s === undefined || s.trim() === ''

export const Y01: DocumentRule = {
  id: 'Y01',
  title: '情况说明所需的上年预算数已填写',
  severity: 'warning',
  check(ctx) {
    return comparedFigures(ctx)
      .filter((f) => f.comparison.prior === undefined)
      .map((f) => finding(this, `请填写上年${f.label}预算数（本年 ${formatWan(f.current)} 万元），情况说明需要比较增减`, f.step, [...f.path, 'prior']))
  },
}

export const Y02: DocumentRule = {
  id: 'Y02',
  title: '有增减变动的项目已说明原因',
  severity: 'error',
  check(ctx) {
    const out: Finding[] = []
    for (const f of comparedFigures(ctx)) {
      const prior = priorWan(f.comparison)
      if (!f.needsReason || prior === undefined || prior === f.current || !blank(f.comparison.reason)) continue
      const word = f.current > prior ? '增加' : '减少'
      out.push(finding(this, `${f.label}本年 ${formatWan(f.current)} 万元比上年 ${formatWan(prior)} 万元${word} ${formatWan(Math.abs(f.current - prior))} 万元，请填写变动原因`, f.step, [...f.path, 'reason']))
    }
    const items = comparedFigures(ctx).filter((f) => f.step === 'three-public' && f.label !== '机关运行经费')
    if (items.every((f) => f.comparison.prior !== undefined)) {
      const current = items.reduce((a, f) => a + f.current, 0)
      const prior = items.reduce((a, f) => a + (priorWan(f.comparison) ?? 0), 0)
      if (current !== prior && blank(ctx.derivation.data.comparisons.threePublicTotalReason)) {
        out.push(finding(this, `“三公”经费本年 ${formatWan(current)} 万元比上年 ${formatWan(prior)} 万元${current > prior ? '增加' : '减少'} ${formatWan(Math.abs(current - prior))} 万元，请填写变动原因`, 'three-public', ['comparisons', 'threePublicTotalReason']))
      }
    }
    return out
  },
}
