// The document as Word sections, one per root section of the PDF (core/report): each starts on a
// new page with its own orientation and margins. Every section but the cover carries the PDF's
// running footer `第 N 页 / 共 M 页`, centred in the bottom margin.
import { AlignmentType, Footer, Header, PageNumber, PageOrientation, Paragraph, SectionType, Table, TableOfContents, TextRun, type ISectionOptions } from 'docx'
import type { PageNumberStyle } from '../../../../core/model/document-data'
import { FOOTER_TEMPLATE, GBT9704_FOOTER_TEMPLATE } from '../../../../core/report'
import { DRAFT_MARK } from '../../../../core/report/draft-mark'
import { A4 } from '../../../../core/report/styles'
import { STYLE, twip, type PageSetup } from './styles'

export interface DocxSection {
  page: PageSetup
  children: (Paragraph | Table | TableOfContents)[]
  /** False for the cover, which has no page number (spec §1.1). */
  footer?: boolean
}

/** `第 {page} 页 / 共 {pages} 页` with Word's PAGE and NUMPAGES fields. */
export function pageFooter(): Footer {
  const [before, rest] = FOOTER_TEMPLATE.split('{page}') as [string, string]
  const [middle, after] = rest.split('{pages}') as [string, string]
  return new Footer({ children: [new Paragraph({ style: STYLE.footer, children: [new TextRun({ children: [before, PageNumber.CURRENT, middle, PageNumber.TOTAL_PAGES, after] })] })] })
}

/**
 * The 核对稿 mark of a Word copy exported while the 体检 finds errors: a red line at the top of
 * every page, the cover included (Word has no watermark the docx library writes portably).
 */
export function draftHeader(): Header {
  return new Header({ children: [new Paragraph({ alignment: AlignmentType.CENTER, children: [new TextRun({ text: DRAFT_MARK, bold: true, color: 'B00000', size: 24 })] })] })
}

/**
 * GB/T 9704 `— {page} —` in 4号 on the outer side: right on odd pages, left on even pages (the
 * document turns on different odd and even footers for it).
 */
export function gbt9704Footer(side: 'odd' | 'even'): Footer {
  const [before, after] = GBT9704_FOOTER_TEMPLATE.split('{page}') as [string, string]
  return new Footer({
    children: [new Paragraph({ style: STYLE.footer, alignment: side === 'odd' ? AlignmentType.RIGHT : AlignmentType.LEFT, children: [new TextRun({ size: 28, children: [before, PageNumber.CURRENT, after] })] })],
  })
}

function footers(style: PageNumberStyle | undefined): ISectionOptions['footers'] {
  if (style === 'gbt9704') return { default: gbt9704Footer('odd'), even: gbt9704Footer('even') }
  return { default: pageFooter() }
}

/** The PDF's footer sits 30 pt below the text area; Word measures from the page's bottom edge. */
const FOOTER_GAP = 30 + 10.5

export interface WordSectionOptions {
  /** The 核对稿 mark in the header of every page. */
  draft?: boolean
  pageNumbers?: PageNumberStyle
}

export function wordSection(s: DocxSection, options: WordSectionOptions = {}): ISectionOptions {
  const [left, top, right, bottom] = s.page.margins
  const landscape = s.page.orientation === 'landscape'
  return {
    properties: {
      type: SectionType.NEXT_PAGE,
      page: {
        size: { width: twip(A4.width), height: twip(A4.height), orientation: landscape ? PageOrientation.LANDSCAPE : PageOrientation.PORTRAIT },
        margin: { left: twip(left), top: twip(top), right: twip(right), bottom: twip(bottom), header: twip(top / 2), footer: twip(Math.max(12, bottom - FOOTER_GAP)), gutter: 0 },
      },
    },
    ...(s.footer === false ? {} : { footers: footers(options.pageNumbers) }),
    ...(options.draft ? { headers: { default: draftHeader(), even: draftHeader() } } : {}),
    children: s.children,
  }
}
