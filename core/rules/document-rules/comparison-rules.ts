// Inputs that 第三部分 needs (spec §4, §8): a year-on-year sentence needs the prior-year budget figure
// (never a silent 0), a change needs the officer's reason, and 十一 needs its date and office area.
// The figures are those the narrative prints (core/narrative/year-on-year.ts), so a finding and the
// sentence it is about quote the same two numbers.
import { comparedFigures, type ComparedFigureId } from '../../narrative/year-on-year'
import { formatWan, type Finding, type StepId } from '../finding'
import { finding, type DocumentRule } from './context'

export { priorWan } from '../../narrative/year-on-year'

/** Where the officer enters each figure's prior value and reason. */
const INPUTS: Record<ComparedFigureId, { step: StepId; prior?: (string | number)[]; reason: (string | number)[] }> = {
  incomeTotal: { step: 'overview', prior: ['comparisons', 'incomeTotal', 'prior'], reason: ['comparisons', 'incomeTotal', 'reason'] },
  expenditureTotal: { step: 'overview', prior: ['comparisons', 'expenditureTotal', 'prior'], reason: ['comparisons', 'expenditureTotal', 'reason'] },
  generalBudgetCurrent: { step: 'overview', prior: ['comparisons', 'generalBudgetCurrent', 'prior'], reason: ['comparisons', 'generalBudgetCurrent', 'reason'] },
  abroad: { step: 'three-public', prior: ['comparisons', 'threePublic', 'abroad', 'prior'], reason: ['comparisons', 'threePublic', 'abroad', 'reason'] },
  reception: { step: 'three-public', prior: ['comparisons', 'threePublic', 'reception', 'prior'], reason: ['comparisons', 'threePublic', 'reception', 'reason'] },
  vehiclePurchase: { step: 'three-public', prior: ['comparisons', 'threePublic', 'vehiclePurchase', 'prior'], reason: ['comparisons', 'threePublic', 'vehiclePurchase', 'reason'] },
  vehicleOperation: { step: 'three-public', prior: ['comparisons', 'threePublic', 'vehicleOperation', 'prior'], reason: ['comparisons', 'threePublic', 'vehicleOperation', 'reason'] },
  // The 三公 total's prior is the sum of the items' (Y01 asks for the items).
  threePublicTotal: { step: 'three-public', reason: ['comparisons', 'threePublicTotalReason'] },
  officeOperation: { step: 'three-public', prior: ['comparisons', 'officeOperation', 'prior'], reason: ['comparisons', 'officeOperation', 'reason'] },
}

/**
 * The official rule that requires each comparison (official-rules.md): a blocking finding names it.
 * A4: 预算收支增减变化 is in every notice's core list; (c)5: each 三公 item and the total; (c)6: 机关运行经费.
 */
const REQUIRED_BY: Record<ComparedFigureId, string> = {
  incomeTotal: '公开规则A4：须说明预算收支增减变化',
  expenditureTotal: '公开规则A4：须说明预算收支增减变化',
  generalBudgetCurrent: '公开规则A4：须说明预算收支增减变化',
  abroad: '公开规则(c)5：“三公”经费逐项说明增减',
  reception: '公开规则(c)5：“三公”经费逐项说明增减',
  vehiclePurchase: '公开规则(c)5：“三公”经费逐项说明增减',
  vehicleOperation: '公开规则(c)5：“三公”经费逐项说明增减',
  threePublicTotal: '公开规则(c)5：“三公”经费逐项说明增减',
  officeOperation: '公开规则(c)6：机关运行经费有增减须说明原因',
}

const blank = (s: string | undefined) => s === undefined || s.trim() === ''

export const Y01: DocumentRule = {
  id: 'Y01',
  title: '情况说明所需的上年预算数已填写',
  // The sentence prints a placeholder until the figure is entered (official-rules (c)12).
  severity: 'error',
  check(ctx) {
    return comparedFigures(ctx.derivation).flatMap((f) => {
      const input = INPUTS[f.id]
      if (f.prior !== undefined || !input.prior) return []
      // 八 may state the amount without a comparison (a new unit): the officer chooses so explicitly.
      const or = f.id === 'officeOperation' ? '；新设单位等不与上年比较的，请选择“本年不作比较”' : ''
      return [finding(this, `请填写上年${f.label}预算数（本年 ${formatWan(f.current)} 万元），情况说明需要比较增减（${REQUIRED_BY[f.id]}）${or}`, input.step, input.prior)]
    })
  },
}

export const Y02: DocumentRule = {
  id: 'Y02',
  title: '有增减变动的项目已说明原因',
  severity: 'error',
  check(ctx) {
    const out: Finding[] = []
    for (const f of comparedFigures(ctx.derivation)) {
      if (!f.needsReason || f.prior === undefined || f.prior === f.current || !blank(f.reason)) continue
      const word = f.current > f.prior ? '增加' : '减少'
      out.push(finding(this, `${f.label}本年 ${formatWan(f.current)} 万元比上年 ${formatWan(f.prior)} 万元${word} ${formatWan(Math.abs(f.current - f.prior))} 万元，请填写变动原因（${REQUIRED_BY[f.id]}）`, INPUTS[f.id].step, INPUTS[f.id].reason))
    }
    return out
  },
}

/** 十一 (spec §4.11; official-rules (c)8): the 截至 date and the office area are printed, never guessed. */
export const Y03: DocumentRule = {
  id: 'Y03',
  title: '国有资产占有使用情况的截至日期和办公用房面积已填写',
  severity: 'error',
  check(ctx) {
    const a = ctx.derivation.data.assets
    const year = ctx.derivation.data.department.budgetYear
    const out: Finding[] = []
    // Published documents often state no date; official-rules (c)8 (a warning) only checks one that is printed.
    if (a.asOf === undefined) out.push({ ...finding(this, `国有资产情况的截至日期未填写，情况说明将不写“截至…”（如需写明，通常为${year - 1}年12月31日或${year}年1月1日；公开规则(c)8）`, 'procurement-assets', ['assets', 'asOf']), severity: 'warning' })
    else if (a.asOf !== `${year - 1}-12-31` && a.asOf !== `${year}-01-01`) {
      out.push({ ...finding(this, `国有资产情况的截至日期 ${a.asOf} 不是${year - 1}年12月31日或${year}年1月1日，请核对`, 'procurement-assets', ['assets', 'asOf']), severity: 'warning' })
    }
    // Required: official-rules (c)2 asks 十一 to state 国有资产占有使用, 房屋 included.
    if (a.officeArea === undefined) out.push(finding(this, '请填写办公用房建筑总面积（没有办公用房时填0；公开规则(c)2：须说明国有资产占有使用情况）', 'procurement-assets', ['assets', 'officeArea']))
    return out
  },
}

/** Words that say which way a reason moves the figure. */
const UP_WORDS = /增加|增长|新增|提高|上涨|上升|扩大|增多|调入|增设/u
const DOWN_WORDS = /减少|下降|压减|降低|缩减|取消|调出|退休|减员|核减|压缩|减退|不再安排|一次性/u

/**
 * A reason that speaks only of the opposite direction (`减少…原因是…日常公用经费增加`) is probably
 * typed for another figure or another year: a warning, since a reason may explain a net change.
 */
export const Y04: DocumentRule = {
  id: 'Y04',
  title: '变动原因与增减方向一致',
  severity: 'warning',
  check(ctx) {
    const out: Finding[] = []
    for (const f of comparedFigures(ctx.derivation)) {
      if (f.prior === undefined || f.prior === f.current || blank(f.reason)) continue
      const reason = (f.reason as string).trim()
      const up = f.current > f.prior
      const contradicts = up ? DOWN_WORDS.test(reason) && !UP_WORDS.test(reason) : UP_WORDS.test(reason) && !DOWN_WORDS.test(reason)
      if (!contradicts) continue
      const word = up ? '增加' : '减少'
      out.push(finding(this, `${f.label}比上年${word} ${formatWan(Math.abs(f.current - f.prior))} 万元，但填写的原因“${reason}”说的是${up ? '减少' : '增加'}，请核对原因是否填在了正确的项目上`, INPUTS[f.id].step, INPUTS[f.id].reason))
    }
    return out
  },
}

/** 十 整体绩效 (spec §4.10): the filing count and money are printed only when entered, never as 0. */
export const Y05: DocumentRule = {
  id: 'Y05',
  title: '整体绩效目标的编报单位数和金额已填写',
  severity: 'warning',
  check(ctx) {
    const f = ctx.derivation.data.overallFiling
    // A 所属单位's own disclosure has no filing input (UnitInputs): 十 leaves the clause out, nothing to ask.
    if (ctx.derivation.data.settings.disclosureLevel === 'unit') return []
    const out: Finding[] = []
    if (f.unitCount === undefined) out.push(finding(this, '编报整体绩效目标的单位数未填写：情况说明“十”不写“其中N个单位编报了单位整体绩效目标”', 'performance', ['overallFiling', 'unitCount']))
    else if (f.amount === undefined) out.push(finding(this, '编报整体绩效目标涉及的资金未填写：情况说明“十”不写涉及资金', 'performance', ['overallFiling', 'amount']))
    return out
  },
}
