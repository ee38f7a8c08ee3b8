// 第三部分 情况说明 and 第四部分 名词解释 as neutral data: the app's preview, the PDF and the
// plain-text copy all render this one model (as the TableModel serves the tables).
import type { WanCents } from '../tables/table-model'

export type SectionId = '一' | '二' | '三' | '四' | '五' | '六' | '七' | '八' | '九' | '十' | '十一' | '十二'

export interface ChartItem {
  name: string
  value: WanCents
  /** Share in 0.01% (largest remainder: the items sum to exactly 10000). */
  share: number
}

export interface ChartSpec {
  id: 'general-budget-structure' | 'three-public'
  /** Caption printed under the chart: `一般公共预算当年拨款结构图`, `三公经费分布图`. */
  caption: string
  items: ChartItem[]
}

export type NarrativeBlock =
  | { kind: 'subheading'; text: string }
  | { kind: 'paragraph'; text: string }
  /** A chart, or (items empty) nothing: the sentence already says there is no data. */
  | { kind: 'chart'; chart: ChartSpec }
  /** Where the performance forms (十) or the officer's attached PDFs (十二) are placed. */
  | { kind: 'attachments'; slot: 'performance-forms' | 'purchase-service-catalog' | 'other' }

export interface NarrativeSection {
  id: SectionId
  /** `一、部门预算收支数据变动情况及原因` */
  heading: string
  blocks: NarrativeBlock[]
}

export interface Narrative {
  /** `2026年度部门预算情况说明` */
  title: string
  sections: NarrativeSection[]
  /**
   * 第四部分 名词解释 entries, in order (`一、基本支出：…`). An entry may hold a line break (`\n`):
   * spec §1.6 prints 六 on two lines.
   */
  glossary: string[]
}

/** Per-year template text (templates/<year>/glossary.txt …), read by main and passed in. */
export interface NarrativeTemplate {
  glossary: string[]
}
