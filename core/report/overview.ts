// 第一部分 概况 (spec §1.3, §9.3, §9.4): 职责 and 机构设置 as typed, and — with two or more units —
// the sentence counting the subordinate units by type, the two standard sentences and the list
// `单位名称 | 单位性质` with `（本级）` after the 本级 unit.
import type { DocumentData } from '../model/document-data'
import { UNIT_TYPES, UNIT_TYPE_LABELS } from '../model/enums'
import type { Unit } from '../model/organization'
import { ANCHOR, headingNode, type PartContent } from './anchors'
import { chineseCount } from './chinese-numerals'
import { paragraphNodes } from './paragraphs'
import { TABLE_LAYOUTS, textSection } from './styles'
import type { PdfNode } from './types'

export const OVERVIEW_TITLE = '第一部分 概况'
/** `一、本部门职责`; `一、本单位职责` in a 单位预算公开. */
export function dutiesHeading(data: Pick<DocumentData, 'settings'>): string {
  return data.settings.disclosureLevel === 'unit' ? '一、本单位职责' : '一、本部门职责'
}
const ORGANIZATION = '二、机构设置情况'
export const ORGANIZATION_HEADING = ORGANIZATION

function joinGroups(groups: string[]): string {
  if (groups.length <= 1) return groups.join('')
  return `${groups.slice(0, -1).join('、')}和${groups[groups.length - 1]}`
}

/** `…下属三个单位，包括A、B两个参公单位和C一个公益一类事业单位。` (004). */
export function subordinateSentence(data: DocumentData): string {
  const subordinates = data.units.some((u) => u.isHeadUnit) ? data.units.filter((u) => !u.isHeadUnit) : data.units
  const groups = UNIT_TYPES.flatMap((t) => {
    const names = subordinates.filter((u) => u.type === t).map((u) => u.name)
    return names.length === 0 ? [] : [`${names.join('、')}${chineseCount(names.length)}个${UNIT_TYPE_LABELS[t]}`]
  })
  return `${data.department.displayName}下属${chineseCount(subordinates.length)}个单位，包括${joinGroups(groups)}。`
}

export function unitListSentences(data: DocumentData): string[] {
  const { plainName, budgetYear } = data.department
  return [
    subordinateSentence(data),
    `从部门预算构成看，${plainName}${budgetYear}年部门预算由机关本级预算和下属单位预算组成。`,
    `纳入${plainName}${budgetYear}年部门预算公开的单位具体为：`,
  ]
}

/** The name in the 概况 list: `{名称}（本级）` for the 本级 unit of a multi-unit department. */
export function listedUnitName(u: Unit, unitCount: number): string {
  return u.isHeadUnit && unitCount > 1 ? `${u.name}（本级）` : u.name
}

function unitTable(units: readonly Unit[]): PdfNode {
  const header = [
    { text: '单位名称', style: 'unitTableHeader' },
    { text: '单位性质', style: 'unitTableHeader' },
  ]
  const rows = units.map((u) => [{ text: listedUnitName(u, units.length) }, { text: UNIT_TYPE_LABELS[u.type], alignment: 'center' }])
  return { table: { headerRows: 1, dontBreakRows: true, widths: ['*', 150], body: [header, ...rows] }, layout: TABLE_LAYOUTS.grid, style: 'unitTable', margin: [0, 4, 0, 0] }
}

export function overviewPart(data: DocumentData): PartContent {
  const part = 'part-1'
  const content: PdfNode[] = [
    headingNode(OVERVIEW_TITLE, { id: part, style: 'partTitle', expanded: true }),
    headingNode(dutiesHeading(data), { id: ANCHOR.duties, style: 'heading', parent: part }),
    ...paragraphNodes(data.overview.duties),
    headingNode(ORGANIZATION, { id: ANCHOR.organization, style: 'heading', parent: part }),
    ...paragraphNodes(data.overview.organization),
  ]
  if (data.units.length > 1) {
    content.push(...unitListSentences(data).map((text) => ({ text, style: 'paragraph' })), unitTable(data.units))
  }
  return {
    sections: [textSection(content)],
    toc: [
      { id: part, text: OVERVIEW_TITLE, level: 0 },
      { id: ANCHOR.duties, text: dutiesHeading(data), level: 1 },
      { id: ANCHOR.organization, text: ORGANIZATION, level: 1 },
    ],
  }
}
