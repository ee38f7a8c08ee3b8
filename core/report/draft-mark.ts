// The 核对稿 mark: a PDF exported while the 发布前体检 still finds errors (the CLI without
// `--strict`, the app's 导出核对稿) must not look final. Every page carries the mark across its
// middle and the document's metadata says so; the final export stays refused until the errors
// are fixed.
import { FONT_FAMILY, type PdfNode } from './types'

export const DRAFT_MARK = '未通过发布前体检 · 仅供核对'

/** What the export knows about the 体检 when it still finds errors. */
export interface DraftStatus {
  /** Number of errors (findings of severity error) the 体检 found. */
  errors: number
}

/** pdfmake's page watermark: large, light, diagonal, in the body font, on every page. */
export function draftWatermark(): PdfNode {
  return { text: DRAFT_MARK, font: FONT_FAMILY.body, fontSize: 36, bold: true, color: '#b00000', opacity: 0.18, angle: -40 }
}

/** Metadata of a marked document: the subject says 核对稿, a ReviewStatus entry says why. */
export function draftInfo(info: Record<string, unknown>, draft: DraftStatus): Record<string, unknown> {
  return { ...info, subject: `${String(info.subject ?? '')}（核对稿）`, ReviewStatus: `${DRAFT_MARK}（${draft.errors} 个错误）` }
}

/** The mark as text extraction sees it, whitespace removed (stripped where pages are compared). */
export const DRAFT_MARK_COMPACT = DRAFT_MARK.replace(/\s+/g, '')
