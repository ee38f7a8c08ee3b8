// Destination ids (named destinations in the PDF) and the heading nodes that carry them: each
// heading is a 目录 target, a bookmark (pdfmake outline) and a link destination at once.
import type { TableId } from '../tables/table-model'
import type { PdfNode, TocEntry } from './types'

export const PART_IDS = ['part-1', 'part-2', 'part-3', 'part-4'] as const
export type PartId = (typeof PART_IDS)[number]

export const ANCHOR = {
  toc: 'toc',
  duties: 'overview-duties',
  organization: 'overview-organization',
  table: (id: TableId) => `table-${id}`,
  section: (index: number) => `section-${index + 1}`,
  subsection: (sectionIndex: number, index: number) => `section-${sectionIndex + 1}-${index + 1}`,
  attachmentPage: (attachmentId: string, page: number) => `attachment-${attachmentId}-${page + 1}`,
} as const

export interface HeadingOptions {
  id: string
  style: string
  /** Parent bookmark; absent for a top-level bookmark. */
  parent?: string
  /** Bookmark text when it differs from the printed text (tables: `表一2026年预算收支总表`). */
  outlineText?: string
  expanded?: boolean
  margin?: number[]
  /** Keep on the page of the next block (default); table titles start their own page anyway. */
  keepWithNext?: boolean
}

export function headingNode(text: string, o: HeadingOptions): PdfNode {
  const node: PdfNode = { text, id: o.id, style: o.style, outline: true, outlineExpanded: o.expanded ?? false }
  if (o.keepWithNext !== false) node.keepWithNext = true
  if (o.parent !== undefined) node.outlineParentId = o.parent
  if (o.outlineText !== undefined) node.outlineText = o.outlineText
  if (o.margin !== undefined) node.margin = o.margin
  return node
}

/** One part as root-level sections (pdfmake allows sections only at the root) plus its 目录 entries. */
export interface PartContent {
  sections: PdfNode[]
  toc: TocEntry[]
}
