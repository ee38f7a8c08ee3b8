// Money of the 整体 form (spec §5.1, N13, §9.8): 年度预算情况 by source and by direction, and the
// 2025 layout's 上年度资金 / 本年度申请资金. Everything is a sum of rounded lines, so 合计, 基本支出
// and 项目支出 equal 表3's 合计 row. A source's figure includes its 上年结转 money: the form has no
// 结转 row, and the sources must add up to 表3's 合计.
import type { Derivation } from '../calc/derive'
import { roundFenToWanCents, yuanToFen } from '../money/money'
import type { FundSource } from '../model/enums'
import type { OverallForm } from '../model/performance'
import { moneyAt } from '../tables/access'
import type { WanCents } from '../tables/table-model'

export interface OverallMoney {
  total: WanCents
  bySource: Record<FundSource, WanCents>
  basic: WanCents
  project: WanCents
}

export function overallMoney(derivation: Derivation): OverallMoney {
  const bySource: Record<FundSource, WanCents> = { general: 0, fund: 0, 'state-capital': 0, 'special-account': 0, unit: 0 }
  for (const l of derivation.lines) bySource[l.line.source] += l.wan
  const T3 = derivation.tables.T3
  return { total: moneyAt(T3, 'total', 'total'), bySource, basic: moneyAt(T3, 'total', 'basic'), project: moneyAt(T3, 'total', 'project') }
}

export interface PriorYearMoney {
  total: WanCents | undefined
  basic: WanCents | undefined
  project: WanCents | undefined
}

/**
 * 上年度资金 of the 2025 layout: the typed 基本/项目 figures, their 合计 the sum of the two rounded
 * figures; without them, the 合计 is section 一's prior-year 支出总计 (N13).
 */
export function priorYearMoney(overall: OverallForm | undefined, derivation: Derivation): PriorYearMoney {
  const wan = (yuan: string | undefined) => (yuan === undefined ? undefined : roundFenToWanCents(yuanToFen(yuan)))
  const basic = wan(overall?.priorYearBasic)
  const project = wan(overall?.priorYearProject)
  const total = basic !== undefined && project !== undefined ? basic + project : wan(derivation.data.comparisons.expenditureTotal.prior)
  return { total, basic, project }
}
