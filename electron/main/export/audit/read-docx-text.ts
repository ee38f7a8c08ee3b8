// Reads a .docx the way the self-audit needs it: word/document.xml straight from the zip (fflate),
// its paragraphs in document order with their text (w:t, tabs as spaces), whether each lies in a
// table, and its style. No layout, no page numbers: what Word and WPS will show as text.
import { strFromU8, unzipSync } from 'fflate'

export interface DocxParagraph {
  text: string
  style?: string
  inTable: boolean
}

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" }

export function unescapeXml(s: string): string {
  return s.replace(/&(#x[0-9a-fA-F]+|#\d+|amp|lt|gt|quot|apos);/g, (m, e: string) => {
    if (e.startsWith('#x')) return String.fromCodePoint(parseInt(e.slice(2), 16))
    if (e.startsWith('#')) return String.fromCodePoint(parseInt(e.slice(1), 10))
    return ENTITIES[e] ?? m
  })
}

/** The text of word/document.xml; throws a Chinese message when the file is no Word package. */
export function documentXml(bytes: Uint8Array, name = 'Word 文件'): string {
  let files: Record<string, Uint8Array>
  try {
    files = unzipSync(bytes, { filter: (f) => f.name === 'word/document.xml' })
  } catch {
    throw new Error(`${name}：不是有效的 Word（.docx）文件，无法读取`)
  }
  const xml = files['word/document.xml']
  if (!xml) throw new Error(`${name}：缺少 word/document.xml，不是有效的 Word（.docx）文件`)
  return strFromU8(xml)
}

const TOKEN = /<w:tbl>|<\/w:tbl>|<w:p\b[^>]*\/>|<w:p\b[^>]*>([\s\S]*?)<\/w:p>/g
const RUN_TEXT = /<w:t(?:\s[^>]*)?>([^<]*)<\/w:t>|<w:t\s*\/>|<w:tab\/>|<w:br\/>/g

/** Paragraphs in order. The TOC field's instruction (w:instrText) is no text and is skipped. */
export function docxParagraphs(xml: string): DocxParagraph[] {
  const out: DocxParagraph[] = []
  let depth = 0
  for (const m of xml.matchAll(TOKEN)) {
    if (m[0] === '<w:tbl>') depth++
    else if (m[0] === '</w:tbl>') depth--
    else {
      const inner = m[1] ?? ''
      let text = ''
      for (const r of inner.matchAll(RUN_TEXT)) text += r[1] !== undefined ? unescapeXml(r[1]) : r[0] === '<w:t/>' || r[0].startsWith('<w:t ') ? '' : ' '
      const style = /<w:pStyle w:val="([^"]*)"\/>/.exec(inner)?.[1]
      out.push(style === undefined ? { text, inTable: depth > 0 } : { text, style, inTable: depth > 0 })
    }
  }
  return out
}
