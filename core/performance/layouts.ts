// Titles and labels of the forms per layout (spec §5.1, §5.2). The 2026 layout is 004's (template
// years 2026 and later), the 2025 layout is 000's (2025 and earlier). Punctuation in the labels is
// full width (the app's choice, spec §3); the county project title keeps the half-width brackets
// the county seeds print.
import type { GovernmentLevel } from '../model/enums'
import { LEVEL2_LABELS, type Level2 } from '../model/performance'
import type { FormLayoutId } from './form-model'

export interface FormOptions {
  /** The document's template year; defaults to the budget year. */
  templateYear?: number
  /** Forces a layout; default: 2026 for template years ≥ 2026, else 2025. */
  layout?: FormLayoutId
}

export function layoutFor(year: number, forced?: FormLayoutId): FormLayoutId {
  return forced ?? (year >= 2026 ? '2026' : '2025')
}

/** 项目支出绩效目标表 title: `大同市市级预算部门（单位）…` (city) or `孝义市县(区)级预算部门(单位)…` (county). */
export function projectFormTitle(level: GovernmentLevel, regionName: string): string {
  return level === 'city' ? `${regionName}市级预算部门（单位）项目支出绩效目标表` : `${regionName}县(区)级预算部门(单位)项目支出绩效目标表`
}

export function formSubtitle(year: number): string {
  return `（${year}年度）`
}

/**
 * 整体 form title. 2026: 004 prints `市级预算部门(单位)整体支出绩效目标申报表` without the city's
 * name; 2025: 000 prints `孝义市预算单位整体支出绩效目标申报表`.
 */
export function overallFormTitle(layout: FormLayoutId, level: GovernmentLevel, regionName: string): string {
  if (layout === '2026') return `${level === 'city' ? '市级' : '县（区）级'}预算部门（单位）整体支出绩效目标申报表`
  return `${regionName}预算单位整体支出绩效目标申报表`
}

/** 2026 city forms print the 效益 and 满意度 二级 without `指标` (spec §5.2); the others keep it. */
const SHORT_LEVEL2: Partial<Record<Level2, string>> = {
  economic: '经济效益',
  social: '社会效益',
  ecological: '生态效益',
  sustainable: '可持续影响',
  'beneficiary-satisfaction': '服务对象满意度',
}

export function level2Label(level2: Level2, layout: FormLayoutId, level: GovernmentLevel): string {
  if (layout === '2026' && level === 'city') return SHORT_LEVEL2[level2] ?? LEVEL2_LABELS[level2]
  return LEVEL2_LABELS[level2]
}

/** Fund rows of the 项目资金 block, in print order, with their labels. */
export const FUND_ROW_LABELS = [
  ['central', '其中：中央财政资金'],
  ['provincial', '省级财政资金'],
  ['local', '市县（区）财政资金'],
  ['selfRaised', '单位自筹'],
  ['other', '其他资金'],
] as const
