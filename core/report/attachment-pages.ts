// Pages reserved for the officer's PDF attachments (spec §1.5, §1.7: 十二（一） catalogue documents).
// The report lays out one empty page per attachment page, the same size, without footer; main then
// draws the attachment's pages onto them. Page numbers, 目录, links and bookmarks stay exact because
// the page objects pdfmake made are kept.
import { ANCHOR } from './anchors'
import type { AttachmentPages, PdfNode } from './types'

export function attachmentDestinations(a: AttachmentPages): string[] {
  return a.pages.map((_, i) => ANCHOR.attachmentPage(a.id, i))
}

/** One root section per page; the first carries the attachment's bookmark under `parent`. */
export function attachmentSections(a: AttachmentPages, parent: string): PdfNode[] {
  return a.pages.map((size, i) => {
    // A blank, white 1 pt line anchors the named destination (and the bookmark) on the page; it is
    // whitespace only, so it adds nothing to the extracted text.
    const anchor: PdfNode = { text: ' ', id: ANCHOR.attachmentPage(a.id, i), fontSize: 1, color: '#ffffff' }
    if (i === 0) Object.assign(anchor, { outline: true, outlineText: a.title, outlineParentId: parent })
    return { section: [anchor], pageSize: { width: size.width, height: size.height }, pageOrientation: size.width > size.height ? 'landscape' : 'portrait', pageMargins: [0, 0, 0, 0], footer: null }
  })
}
