// Last touches on the package the docx library wrote: the font table names each East-Asian font
// with the face Word and WPS use when it is not installed (仿宋_GB2312 → 仿宋, 黑体 → SimHei …); the
// 目录 is a Table of Contents part (markTocPart); each image has its own id; Normal is the default
// paragraph style; the document's dates are the export time; and the zip is rewritten with fixed
// entry dates and [Content_Types].xml first — the same document and export time give the same bytes.
import { strFromU8, strToU8, unzipSync, zipSync, type Zippable } from 'fflate'
import { FONT_FALLBACKS } from './styles'

const FONT_TABLE = 'word/fontTable.xml'
const DOCUMENT = 'word/document.xml'
const CORE = 'docProps/core.xml'
const STYLES = 'word/styles.xml'

const escapeXml = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;')

export function fontTableEntries(): string {
  return FONT_FALLBACKS.map((f) => `<w:font w:name="${escapeXml(f.name)}"><w:altName w:val="${escapeXml(f.altName)}"/><w:charset w:val="86"/><w:family w:val="${f.family}"/><w:pitch w:val="variable"/></w:font>`).join('')
}

function withFonts(xml: string): string {
  const entries = fontTableEntries()
  if (/<w:fonts\b[^>]*\/>/.test(xml)) return xml.replace(/<w:fonts\b([^>]*)\/>/, `<w:fonts$1>${entries}</w:fonts>`)
  return xml.replace('</w:fonts>', `${entries}</w:fonts>`)
}

function withDates(xml: string, at: Date): string {
  const iso = `${at.toISOString().slice(0, 19)}Z`
  return xml.replace(/(<dcterms:(?:created|modified)[^>]*>)[^<]*(<\/dcterms:(?:created|modified)>)/g, `$1${iso}$2`)
}

/**
 * The 目录's content control is marked as Word marks its own (a Table of Contents document part):
 * LibreOffice and WPS then read the TOC field inside it as an index instead of printing its code.
 */
export function markTocPart(xml: string): string {
  return xml.replace(/<w:sdtPr><w:alias w:val="目录"\/><\/w:sdtPr>/g, '<w:sdtPr><w:docPartObj><w:docPartGallery w:val="Table of Contents"/><w:docPartUnique/></w:docPartObj></w:sdtPr>')
}

/** Marks Normal (正文) as the default paragraph style: unstyled paragraphs and readers rely on one. */
export function markDefaultStyle(xml: string): string {
  return xml.replace('<w:style w:type="paragraph" w:styleId="Normal">', '<w:style w:type="paragraph" w:default="1" w:styleId="Normal">')
}

/** Gives every drawing its own id: Word reports a damaged file when two images share one. */
export function numberDrawings(xml: string): string {
  let n = 0
  return xml.replace(/<wp:docPr id="\d+"/g, () => `<wp:docPr id="${++n}"`)
}

export function finishPackage(bytes: Uint8Array, generatedAt: Date): Uint8Array {
  const files = unzipSync(bytes)
  const out: Zippable = {}
  const names = Object.keys(files)
    .filter((n) => !n.endsWith('/'))
    .sort((a, b) => (a === '[Content_Types].xml' ? -1 : b === '[Content_Types].xml' ? 1 : 0))
  for (const name of names) {
    let data = files[name] as Uint8Array
    if (name === FONT_TABLE) data = strToU8(withFonts(strFromU8(data)))
    if (name === DOCUMENT) data = strToU8(numberDrawings(markTocPart(strFromU8(data))))
    if (name === STYLES) data = strToU8(markDefaultStyle(strFromU8(data)))
    if (name === CORE) data = strToU8(withDates(strFromU8(data), generatedAt))
    out[name] = data
  }
  // The zip's MS-DOS times are local times; fflate takes them from a Date in local time.
  return zipSync(out, { level: 6, mtime: generatedAt })
}
