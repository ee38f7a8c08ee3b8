// 封面 (spec §1.1): two lines, nothing else — `{部门名称}` / `{年}年度部门预算公开`. No page number.
import { TEXT_MARGINS } from './styles'
import type { PdfNode } from './types'

export function coverTitle(year: number): string {
  return `${year}年度部门预算公开`
}

export function coverSection(departmentName: string, year: number): PdfNode {
  return {
    section: [
      { text: departmentName, style: 'coverTitle', margin: [0, 190, 0, 28] },
      { text: coverTitle(year), style: 'coverTitle' },
    ],
    pageOrientation: 'portrait',
    pageMargins: TEXT_MARGINS,
    footer: null,
  }
}
