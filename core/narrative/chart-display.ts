// Chart or sentence: the one rule the PDF, the Word copy and the app's 情况说明 preview share. A
// chart with no category prints nothing; a category holding at least 99 % makes a pie say nothing,
// so a sentence with its figures replaces it; any other chart prints with a caption giving every
// category's amount and share.
import { formatPercent, formatWanText } from '../money/format'
import type { ChartItem, ChartSpec } from './narrative-model'

/** A category with at least this share (0.01 %) makes a pie say nothing: a sentence replaces it. */
export const DOMINANT_SHARE = 9900

const CHART_SUBJECT: Record<ChartSpec['id'], string> = { 'general-budget-structure': '一般公共预算当年拨款', 'three-public': '“三公”经费' }

/** `公务接待费1,200.00万元，占100.00%` — one category's figures in a sentence or a caption. */
export const chartItemFigure = (i: ChartItem) => `${i.name}${formatWanText(i.value)}万元，占${formatPercent(i.share)}`

/** The sentence printed instead of a chart whose one category is (almost) everything. */
export function dominantSentence(chart: ChartSpec): string | undefined {
  const top = chart.items.find((i) => i.share >= DOMINANT_SHARE)
  if (!top) return undefined
  return `${CHART_SUBJECT[chart.id]}${top.share === 10000 ? '全部为' : '绝大部分为'}${chartItemFigure(top)}，不另附图。`
}

/** The caption under a chart: its title, then every category with its amount and share. */
export function chartCaption(chart: ChartSpec): string {
  return `${chart.caption}\n（${chart.items.filter((i) => i.value > 0).map(chartItemFigure).join('；')}）`
}

export type ChartDisplay =
  | { kind: 'none' }
  | { kind: 'sentence'; text: string }
  /** `items`: the categories with a value, in the spec's order. */
  | { kind: 'chart'; caption: string; items: ChartItem[] }

/** What a 情况说明 chart block prints as. */
export function chartDisplay(chart: ChartSpec): ChartDisplay {
  const items = chart.items.filter((i) => i.value > 0)
  if (items.length === 0) return { kind: 'none' }
  const sentence = dominantSentence(chart)
  if (sentence) return { kind: 'sentence', text: sentence }
  return { kind: 'chart', caption: chartCaption(chart), items }
}
