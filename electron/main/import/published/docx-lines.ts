// The text of a .docx (word/document.xml, unzipped with fflate) as lines: one line per paragraph,
// a table row as one line with its cells separated by tabs (a cell's paragraphs joined).
import { strFromU8, unzipSync } from 'fflate'

export class DocxReadError extends Error {}

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" }

function decode(s: string): string {
  return s.replace(/&(#x[0-9a-f]+|#\d+|amp|lt|gt|quot|apos);/gi, (_, e: string) => {
    if (e[0] === '#') return String.fromCodePoint(e[1] === 'x' || e[1] === 'X' ? parseInt(e.slice(2), 16) : Number(e.slice(1)))
    return ENTITIES[e.toLowerCase()] ?? ''
  })
}

/** Text of one paragraph's runs: `<w:t>`, `<w:tab/>` as a space. */
function paragraphText(xml: string): string {
  let out = ''
  for (const m of xml.matchAll(/<w:t(?:\s[^>]*)?>([^<]*)<\/w:t>|<w:tab\/>|<w:br\/>/g)) out += m[1] !== undefined ? decode(m[1]) : ' '
  return out
}

const paragraphs = (xml: string) => [...xml.matchAll(/<w:p[\s>][\s\S]*?<\/w:p>|<w:p\/>/g)].map((m) => paragraphText(m[0]))

export function documentXmlLines(xml: string): string[] {
  const body = /<w:body>([\s\S]*)<\/w:body>/.exec(xml)?.[1] ?? xml
  const lines: string[] = []
  // Top-level tables and the paragraphs between them, in order (nested tables are flattened).
  const parts = body.split(/(<w:tbl>[\s\S]*?<\/w:tbl>)/)
  for (const part of parts) {
    if (part.startsWith('<w:tbl>')) {
      for (const row of part.matchAll(/<w:tr[\s>][\s\S]*?<\/w:tr>/g)) {
        const cells = [...row[0].matchAll(/<w:tc>[\s\S]*?<\/w:tc>/g)].map((c) => paragraphs(c[0]).join('').replace(/\t/g, ' ').trim())
        lines.push(cells.join('\t'))
      }
    } else lines.push(...paragraphs(part))
  }
  return lines
}

export function docxText(bytes: Uint8Array, maxUnzipped: number): string {
  let files: Record<string, Uint8Array>
  try {
    let total = 0
    files = unzipSync(bytes, {
      filter: (f) => {
        total += f.originalSize
        if (total > maxUnzipped) throw new DocxReadError('解压后超过大小限制')
        return f.name === 'word/document.xml'
      },
    })
  } catch (e) {
    if (e instanceof DocxReadError) throw e
    throw new DocxReadError('damaged')
  }
  const xml = files['word/document.xml']
  if (!xml) throw new DocxReadError('no-document')
  return documentXmlLines(strFromU8(xml)).join('\n')
}
