// 项目资金 of a 项目支出绩效目标表 (spec §5.2): the 年度 amounts come from the project's budget lines,
// never from typing, so a form cannot disagree with 表12/表13.
//
// Fund rows. The form splits money into 中央财政资金 / 省级财政资金 / 市县（区）财政资金 / 单位自筹 /
// 其他资金; the document records the budget (一般公共预算 …) each line belongs to, not the level of
// government that paid it. The app maps:
//   一般公共预算, 政府性基金预算, 国有资本经营预算 (财政拨款) → 市县（区）财政资金
//     (the department's own 本级 budget; every seed prints all money there);
//   财政专户管理资金 → 其他资金 (managed by the 财政 but not an appropriation);
//   单位资金 → 单位自筹.
// 中央 and 省级 stay 0: 上级转移支付 is not recorded on a line (a line attribute would be needed).
import type { Derivation } from '../calc/derive'
import { fenToYuanString, roundFenToWanCents, type Fen } from '../money/money'
import { FISCAL_SOURCES, type FundSource } from '../model/enums'
import type { WanCents } from '../tables/table-model'

export const FUND_ROWS = ['central', 'provincial', 'local', 'selfRaised', 'other'] as const
export type FundRow = (typeof FUND_ROWS)[number]
export type FundSplit = Record<FundRow, Fen>

export const FUND_ROW_OF_SOURCE: Record<FundSource, FundRow> = {
  general: 'local',
  fund: 'local',
  'state-capital': 'local',
  'special-account': 'other',
  unit: 'selfRaised',
}

export interface ProjectFormAmounts {
  projectId: string
  /** 当年预算: 财政拨款 and the other sources (财政专户管理资金 + 单位资金), exact 分. */
  current: { fiscal: Fen; other: Fen; total: Fen }
  /** 上年结转 (all sources), exact 分; its 财政拨款 part is what 表13 prints. */
  carryover: { fiscal: Fen; other: Fen; total: Fen }
  /** 年度资金总额 = 当年 + 上年结转, exact 分 (printed in 元). */
  total: Fen
  /** 年度资金总额 by fund row. */
  split: FundSplit
  /** The project's rounded amounts as 表12 (当年, all sources) and 表13 (结转, 财政拨款) print them. */
  tableAmounts: { t12: WanCents; t13: WanCents }
}

export function emptySplit(): FundSplit {
  return { central: 0, provincial: 0, local: 0, selfRaised: 0, other: 0 }
}

/** The 年度 amounts of one project; all zero for a project without lines. */
export function projectFormAmounts(derivation: Derivation, projectId: string): ProjectFormAmounts {
  const out: ProjectFormAmounts = {
    projectId,
    current: { fiscal: 0, other: 0, total: 0 },
    carryover: { fiscal: 0, other: 0, total: 0 },
    total: 0,
    split: emptySplit(),
    tableAmounts: { t12: 0, t13: 0 },
  }
  for (const l of derivation.lines) {
    if (l.line.kind !== 'project' || l.line.projectId !== projectId) continue
    const part = l.line.period === 'current' ? out.current : out.carryover
    const fiscal = FISCAL_SOURCES.includes(l.line.source)
    if (fiscal) part.fiscal += l.fen
    else part.other += l.fen
    part.total += l.fen
    out.total += l.fen
    out.split[FUND_ROW_OF_SOURCE[l.line.source]] += l.fen
    // 表12 prints every source of the current period, 表13 the 财政拨款 part of the carry-over.
    if (l.line.period === 'current') out.tableAmounts.t12 += l.wan
    else if (fiscal) out.tableAmounts.t13 += l.wan
  }
  return out
}

/** The exact 元 total of a part in 0.01万元, half-up: equals 表12/表13 because each (project, period) is one rounding group. */
export function wanOf(fen: Fen): WanCents {
  return roundFenToWanCents(fen)
}

/** Every project's amounts at once (one pass over the lines). */
export function allProjectFormAmounts(derivation: Derivation): Map<string, ProjectFormAmounts> {
  const ids = new Set<string>()
  for (const l of derivation.lines) if (l.line.projectId) ids.add(l.line.projectId)
  return new Map([...ids].map((id) => [id, projectFormAmounts(derivation, id)]))
}

/** 实施期 defaults for a new form: the 年度 amounts (a one-year or recurring project's 实施期 is its year). */
export function defaultImplementationFunding(a: ProjectFormAmounts): { implementationTotal: string; implementationSplit: Record<FundRow, string> } {
  const yuan = fenToYuanString
  return {
    implementationTotal: yuan(a.total),
    implementationSplit: { central: yuan(a.split.central), provincial: yuan(a.split.provincial), local: yuan(a.split.local), selfRaised: yuan(a.split.selfRaised), other: yuan(a.split.other) },
  }
}
