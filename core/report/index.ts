// Document → pdfmake docDefinition (plain JSON) in the order of spec §1: 封面, 目录, 第一部分 概况,
// 第二部分 the 13 tables, 第三部分 情况说明 with charts, forms and attachments, 第四部分 名词解释.
// Pure: the clock, the narrative, chart SVGs and attachment page sizes are passed in.
import { attachmentDestinations } from './attachment-pages'
import { coverSection, coverTitle } from './cover'
import { glossaryPart } from './glossary'
import { narrativePart } from './narrative'
import { overviewPart } from './overview'
import { DEFAULT_STYLE, FOOTER_SIZE, STYLES, TEXT_MARGINS, A4 } from './styles'
import { tablesPart } from './tables'
import { tocSection } from './toc'
import { draftInfo, draftWatermark } from './draft-mark'
import type { PageNumberStyle } from '../model/document-data'
import { FONT_FAMILY, type DisclosureLevel, type PdfNode, type ReportAssets, type ReportDefinition, type ReportInput } from './types'

export const FOOTER_TEMPLATE = '第 {page} 页 / 共 {pages} 页'
/** GB/T 9704-2012 7.5: 4号 Arabic numerals between two dashes, odd pages right, even pages left. */
export const GBT9704_FOOTER_TEMPLATE = '— {page} —'

export function footerFor(style: PageNumberStyle | undefined): ReportDefinition['footer'] {
  if (style === 'gbt9704') return { template: GBT9704_FOOTER_TEMPLATE, fontSize: 14, font: FONT_FAMILY.body, marginTop: 26, alignment: 'outside' }
  return { template: FOOTER_TEMPLATE, fontSize: FOOTER_SIZE, font: FONT_FAMILY.body, marginTop: 30 }
}
export const APP_NAME = '预算公开编制助手'

/** `{部门名称}{年}年度部门预算公开`; at unit level `{单位名称}{年}年度单位预算公开`. */
export function documentTitle(departmentName: string, year: number, level: DisclosureLevel = 'department'): string {
  return `${departmentName}${coverTitle(year, level)}`
}

export function buildReport(input: ReportInput, assets: ReportAssets): ReportDefinition {
  const data = input.derivation.data
  const { displayName, budgetYear } = data.department
  const level = data.settings.disclosureLevel
  const parts = [
    overviewPart(data),
    tablesPart(input.derivation.tables, budgetYear, input.findings, level),
    narrativePart(input.narrative, assets),
    glossaryPart(input.narrative.glossary),
  ]
  const toc = parts.flatMap((p) => p.toc)
  const info = {
    title: documentTitle(displayName, budgetYear, level),
    author: displayName,
    subject: coverTitle(budgetYear, level),
    keywords: `${coverTitle(budgetYear, level).replace(/^\d+年度/, '')},${displayName},${budgetYear}`,
    creator: APP_NAME,
    producer: APP_NAME,
    creationDate: input.generatedAt,
    modDate: input.generatedAt,
  }
  const docDefinition: PdfNode = {
    pageSize: { width: A4.width, height: A4.height },
    pageOrientation: 'portrait',
    pageMargins: TEXT_MARGINS,
    info: input.draft ? draftInfo(info, input.draft) : info,
    language: 'zh-CN',
    displayTitle: true,
    defaultStyle: DEFAULT_STYLE,
    styles: STYLES,
    content: [coverSection(displayName, budgetYear, level), tocSection(toc), ...parts.flatMap((p) => p.sections)],
  }
  if (input.draft) docDefinition.watermark = draftWatermark()
  return {
    docDefinition,
    footer: footerFor(data.settings.pageNumberStyle),
    attachmentDestinations: assets.attachments.map((a) => ({ id: a.id, destinations: attachmentDestinations(a) })),
    toc,
  }
}

export type { AttachmentPages, ChartImage, DisclosureLevel, PdfContent, PdfNode, ReportAssets, ReportDefinition, ReportInput, TocEntry } from './types'
