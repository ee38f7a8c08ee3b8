// The report as plain data: a pdfmake docDefinition that core builds and main renders. Core never
// imports pdfmake, so nodes are typed loosely here; main hands them to pdfmake unchanged.
import type { Derivation } from '../calc/derive'
import type { ChartSpec, Narrative } from '../narrative/narrative-model'
import type { Finding } from '../rules/finding'
import type { DraftStatus } from './draft-mark'

/** `department`: the 部门预算公开; `unit`: a 所属单位's own 单位预算公开 (settings.disclosureLevel). */
export type DisclosureLevel = 'department' | 'unit'

/** One pdfmake content node (text, stack, table, svg, section …) as plain JSON. */
export type PdfNode = { [key: string]: unknown }
export type PdfContent = PdfNode | string

/** Font roles; main maps each to a font file (assets/fonts/fonts.json or the bundled Noto fonts). */
export type FontRole = 'body' | 'heading' | 'title'

/** pdfmake font family name per role (the keys of pdfmake's font dictionary). */
export const FONT_FAMILY: Record<FontRole, string> = { body: 'Body', heading: 'Heading', title: 'Title' }

/** A chart already rendered to SVG by main (ECharts SSR), keyed by ChartSpec id. */
export interface ChartImage {
  svg: string
  width: number
  height: number
}

/** An officer's PDF attachment: main reads its page sizes; the report reserves one page per page. */
export interface AttachmentPages {
  id: string
  title: string
  placement: 'purchase-service-catalog' | 'other'
  /** Displayed page sizes in pt (rotation applied). */
  pages: { width: number; height: number }[]
}

export interface ReportInput {
  derivation: Derivation
  findings: readonly Finding[]
  narrative: Narrative
  /** ISO time of the export; fixes the PDF's creation and modification dates. */
  generatedAt: string
  /** Set while the 发布前体检 finds errors: every page carries the 核对稿 mark (draft-mark). */
  draft?: DraftStatus
}

export interface ReportAssets {
  charts: Partial<Record<ChartSpec['id'], ChartImage>>
  attachments: readonly AttachmentPages[]
  /**
   * Content printed in section 十 at the 'performance-forms' slot: the 整体 form and one
   * 项目支出绩效目标表 per project (built by the performance-forms issue; empty until then).
   */
  performanceForms: readonly PdfContent[]
}

/** What main needs besides the docDefinition: the running footer and the placeholder pages. */
export interface ReportDefinition {
  docDefinition: PdfNode
  /** Running footer with `{page}` and `{pages}`; pages in sections with `footer: null` have none. */
  footer: {
    template: string
    fontSize: number
    font: string
    marginTop: number
    /** `center` (default), or `outside`: odd pages right, even pages left, one character in (GB/T 9704). */
    alignment?: 'center' | 'outside'
  }
  /** Named destinations of the pages reserved for each attachment, in page order. */
  attachmentDestinations: { id: string; destinations: string[] }[]
  /** The 目录 entries with their destination ids, in order (tests compare them with the pages). */
  toc: TocEntry[]
}

export interface TocEntry {
  /** Destination id (named destination in the PDF). */
  id: string
  text: string
  /** 0 = 第…部分, 1 = 一、/表一, 2 = （一）. */
  level: number
}
