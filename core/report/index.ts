// Document → pdfmake docDefinition (plain JSON) in the order of spec §1: 封面, 目录, 第一部分 概况,
// 第二部分 the 13 tables, 第三部分 情况说明 with charts, forms and attachments, 第四部分 名词解释.
// Pure: the clock, the narrative, chart SVGs and attachment page sizes are passed in.
import { attachmentDestinations } from './attachment-pages'
import { coverSection } from './cover'
import { glossaryPart } from './glossary'
import { narrativePart } from './narrative'
import { overviewPart } from './overview'
import { DEFAULT_STYLE, FOOTER_SIZE, STYLES, TEXT_MARGINS, A4 } from './styles'
import { tablesPart } from './tables'
import { tocSection } from './toc'
import { FONT_FAMILY, type ReportAssets, type ReportDefinition, type ReportInput } from './types'

export const FOOTER_TEMPLATE = '第 {page} 页 / 共 {pages} 页'
export const APP_NAME = '预算公开编制助手'

export function documentTitle(departmentName: string, year: number): string {
  return `${departmentName}${year}年度部门预算公开`
}

export function buildReport(input: ReportInput, assets: ReportAssets): ReportDefinition {
  const data = input.derivation.data
  const { displayName, budgetYear } = data.department
  const parts = [
    overviewPart(data),
    tablesPart(input.derivation.tables, budgetYear, input.findings),
    narrativePart(input.narrative, assets),
    glossaryPart(input.narrative.glossary),
  ]
  const toc = parts.flatMap((p) => p.toc)
  const docDefinition = {
    pageSize: { width: A4.width, height: A4.height },
    pageOrientation: 'portrait',
    pageMargins: TEXT_MARGINS,
    info: {
      title: documentTitle(displayName, budgetYear),
      author: displayName,
      subject: `${budgetYear}年度部门预算公开`,
      keywords: `部门预算公开,${displayName},${budgetYear}`,
      creator: APP_NAME,
      producer: APP_NAME,
      creationDate: input.generatedAt,
      modDate: input.generatedAt,
    },
    language: 'zh-CN',
    displayTitle: true,
    defaultStyle: DEFAULT_STYLE,
    styles: STYLES,
    content: [coverSection(displayName, budgetYear), tocSection(toc), ...parts.flatMap((p) => p.sections)],
  }
  return {
    docDefinition,
    footer: { template: FOOTER_TEMPLATE, fontSize: FOOTER_SIZE, font: FONT_FAMILY.body, marginTop: 30 },
    attachmentDestinations: assets.attachments.map((a) => ({ id: a.id, destinations: attachmentDestinations(a) })),
    toc,
  }
}

export type { AttachmentPages, ChartImage, PdfContent, PdfNode, ReportAssets, ReportDefinition, ReportInput, TocEntry } from './types'
