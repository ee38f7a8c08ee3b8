// 封面 (spec §1.1): two lines, nothing else — `{部门名称}` / `{年}年度部门预算公开`. No page number.
// A 所属单位's own disclosure reads `{单位名称}` / `{年}年度单位预算公开`.
import { TEXT_MARGINS } from './styles'
import type { DisclosureLevel, PdfNode } from './types'

/** `部门` or `单位`: the word the level puts in titles and wording. */
export function levelWord(level: DisclosureLevel = 'department'): '部门' | '单位' {
  return level === 'unit' ? '单位' : '部门'
}

export function coverTitle(year: number, level: DisclosureLevel = 'department'): string {
  return `${year}年度${levelWord(level)}预算公开`
}

export function coverSection(departmentName: string, year: number, level: DisclosureLevel = 'department'): PdfNode {
  return {
    section: [
      { text: departmentName, style: 'coverTitle', margin: [0, 190, 0, 28] },
      { text: coverTitle(year, level), style: 'coverTitle' },
    ],
    pageOrientation: 'portrait',
    pageMargins: TEXT_MARGINS,
    footer: null,
  }
}
