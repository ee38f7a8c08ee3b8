// 封面, 目录, 第一部分 概况 and 第四部分 名词解释 of the .docx, with the texts the PDF prints
// (core/report). The 目录 is a real TOC field over 标题 1–3: Word refreshes it on opening (the
// document asks for a field update); until then it shows the entries without page numbers.
import { AlignmentType, HeadingLevel, Paragraph, Table, TableLayoutType, TableOfContents, TableRow, WidthType } from 'docx'
import type { DocumentData } from '../../../../core/model/document-data'
import { UNIT_TYPE_LABELS } from '../../../../core/model/enums'
import { ANCHOR } from '../../../../core/report/anchors'
import { coverTitle } from '../../../../core/report/cover'
import { GLOSSARY_TITLE } from '../../../../core/report/glossary'
import { dutiesHeading, listedUnitName, ORGANIZATION_HEADING, OVERVIEW_TITLE, unitListSentences } from '../../../../core/report/overview'
import { splitParagraphs } from '../../../../core/report/paragraphs'
import { TEXT_MARGINS } from '../../../../core/report/styles'
import type { DisclosureLevel, TocEntry } from '../../../../core/report/types'
import { CELL_MARGINS, slotCell } from './grid'
import type { DocxSection } from './sections'
import { halfPt, STYLE, textWidthTwips, twip } from './styles'
import { GRID_BORDERS } from './tables'
import { bookmarkName, headingParagraph, paragraph, run } from './text'
import { xmlSafeText } from '../xlsx/xml-text'

export const TEXT_PAGE = { orientation: 'portrait', margins: TEXT_MARGINS } as const

export function coverSection(departmentName: string, year: number, level: DisclosureLevel): DocxSection {
  return {
    page: TEXT_PAGE,
    footer: false,
    children: [paragraph(departmentName, STYLE.cover, { spacing: { before: twip(190), after: twip(28) } }), paragraph(coverTitle(year, level), STYLE.cover)],
  }
}

/** `目 录` and the TOC field; `entries` (the PDF's 目录 lines) are its text until Word updates it. */
export function tocSection(entries: readonly TocEntry[]): DocxSection {
  return {
    page: TEXT_PAGE,
    children: [
      paragraph('目 录', STYLE.tocTitle),
      new TableOfContents('目录', { hyperlink: true, headingStyleRange: '1-3', cachedEntries: entries.map((e) => ({ title: xmlSafeText(e.text), level: Math.min(3, e.level + 1), href: bookmarkName(e.id) })) }),
    ],
  }
}

function unitTable(units: DocumentData['units']): Table {
  const total = textWidthTwips(TEXT_PAGE)
  const widths = [total - twip(150), twip(150)]
  const cell = (text: string, align: (typeof AlignmentType)[keyof typeof AlignmentType], bold = false) =>
    new Paragraph({ alignment: align, children: text === '' ? [] : [run(text, { size: halfPt(14), bold })] })
  const header = new TableRow({ tableHeader: true, cantSplit: true, children: ['单位名称', '单位性质'].map((t, i) => slotCell({ col: i, colSpan: 1 }, widths, [cell(t, AlignmentType.CENTER, true)])) })
  const rows = units.map(
    (u) =>
      new TableRow({
        cantSplit: true,
        children: [slotCell({ col: 0, colSpan: 1 }, widths, [cell(listedUnitName(u, units.length), AlignmentType.LEFT)]), slotCell({ col: 1, colSpan: 1 }, widths, [cell(UNIT_TYPE_LABELS[u.type], AlignmentType.CENTER)])],
      }),
  )
  return new Table({ rows: [header, ...rows], columnWidths: widths, width: { size: total, type: WidthType.DXA }, layout: TableLayoutType.FIXED, borders: GRID_BORDERS, margins: CELL_MARGINS })
}

const bodyParagraphs = (text: string) => splitParagraphs(text).map((t) => paragraph(t, STYLE.body))

export function overviewSection(data: DocumentData): DocxSection {
  const children: (Paragraph | Table)[] = [
    headingParagraph(OVERVIEW_TITLE, HeadingLevel.HEADING_1, 'part-1'),
    headingParagraph(dutiesHeading(data), HeadingLevel.HEADING_2, ANCHOR.duties),
    ...bodyParagraphs(data.overview.duties),
    headingParagraph(ORGANIZATION_HEADING, HeadingLevel.HEADING_2, ANCHOR.organization),
    ...bodyParagraphs(data.overview.organization),
  ]
  if (data.units.length > 1) children.push(...unitListSentences(data).map((t) => paragraph(t, STYLE.body)), unitTable(data.units))
  return { page: TEXT_PAGE, children }
}

export function glossarySection(entries: readonly string[]): DocxSection {
  return { page: TEXT_PAGE, children: [headingParagraph(GLOSSARY_TITLE, HeadingLevel.HEADING_1, 'part-4'), ...entries.flatMap(bodyParagraphs)] }
}
