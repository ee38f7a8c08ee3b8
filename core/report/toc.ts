// 目录 (spec §1.2): one line per entry with a dotted leader and the real page number. Numbers come
// from pdfmake `pageReference` (resolved after layout); every line links to its heading.
import { ANCHOR } from './anchors'
import { TABLE_LAYOUTS, TEXT_MARGINS } from './styles'
import type { PdfNode, TocEntry } from './types'

const INDENT = 28

/** One table per line, so the leader column takes whatever this line's title leaves free. */
function tocLine(e: TocEntry): PdfNode {
  const style = e.level === 0 ? 'tocPart' : 'tocEntry'
  const none = [false, false, false, false]
  const row = [
    { text: e.text, style, linkToDestination: e.id, margin: [e.level * INDENT, 0, 4, 0], border: none },
    { text: '', style, border: [false, false, false, true] },
    { text: '0', pageReference: e.id, style, linkToDestination: e.id, alignment: 'right', margin: [4, 0, 0, 0], border: none },
  ]
  return { table: { widths: ['auto', '*', 'auto'], body: [row] }, layout: TABLE_LAYOUTS.tocLeaders, unbreakable: true, margin: [0, 0, 0, 7] }
}

export function tocSection(entries: readonly TocEntry[]): PdfNode {
  return {
    section: [
      { text: '目 录', id: ANCHOR.toc, style: 'tocTitle', outline: true, outlineText: '目录' },
      ...entries.map(tocLine),
    ],
    pageOrientation: 'portrait',
    pageMargins: TEXT_MARGINS,
  }
}
