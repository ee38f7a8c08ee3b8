// Document derivation → 第三部分 情况说明 (sections 一 … 十二) and 第四部分 名词解释 (spec §1.5, §1.6, §4).
// Every figure is read from the derived tables, so a sentence and a table cell can never disagree.
import type { Derivation } from '../calc/derive'
import { narrativeContext, type NarrativeContext } from './context'
import type { Narrative, NarrativeBlock, NarrativeTemplate, SectionId } from './narrative-model'
import { sectionFour, sectionOne, sectionThree, sectionTwo } from './sections-income'
import { sectionFive, sectionSix } from './sections-general'
import { sectionEight, sectionSeven } from './sections-operations'
import { sectionEleven } from './section-eleven'
import { sectionNine, sectionTwelve } from './sections-other'
import { sectionTen } from './sections-performance'

export const SECTION_IDS: readonly SectionId[] = ['一', '二', '三', '四', '五', '六', '七', '八', '九', '十', '十一', '十二']

/** Headings as in the 目录 (spec §1.2). */
export const SECTION_TITLES: Record<SectionId, string> = {
  一: '部门预算收支数据变动情况及原因',
  二: '收入预算情况说明',
  三: '支出预算情况说明',
  四: '财政拨款收支预算总体情况说明',
  五: '一般公共预算支出情况说明',
  六: '一般公共预算基本支出情况说明',
  七: '“三公”经费增减变动原因说明',
  八: '机关运行经费增减变动原因说明',
  九: '政府采购情况',
  十: '绩效管理情况',
  十一: '国有资产占有使用情况',
  十二: '其他说明',
}

/** The heading at the document's level: 一 reads `单位预算收支…` in a 单位预算公开. */
export function sectionTitle(id: SectionId, org: '部门' | '单位' = '部门'): string {
  return org === '部门' ? SECTION_TITLES[id] : SECTION_TITLES[id].replace(/^部门/, org)
}

const BUILDERS: Record<SectionId, (c: NarrativeContext) => NarrativeBlock[]> = {
  一: sectionOne,
  二: sectionTwo,
  三: sectionThree,
  四: sectionFour,
  五: sectionFive,
  六: sectionSix,
  七: sectionSeven,
  八: sectionEight,
  九: sectionNine,
  十: sectionTen,
  十一: sectionEleven,
  十二: sectionTwelve,
}

export function buildNarrative(derivation: Derivation, template: NarrativeTemplate): Narrative {
  const c = narrativeContext(derivation)
  return {
    title: `${c.year}年度${c.org}预算情况说明`,
    sections: SECTION_IDS.map((id) => ({ id, heading: `${id}、${sectionTitle(id, c.org)}`, blocks: BUILDERS[id](c) })),
    glossary: [...template.glossary],
  }
}
