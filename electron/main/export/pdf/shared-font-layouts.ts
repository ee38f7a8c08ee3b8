// pdfkit keeps, per embedded font of a document, the glyph layout of every word it has measured.
// A document written in parts (render-parts) is several pdfkit documents, and each would lay out
// the same words again. While parts are written, the fonts of every part share one cache per font:
// a layout (glyph ids, advances, positions in the font's units) does not depend on the document.
import { createRequire } from 'node:module'

interface EmbeddedFont {
  name?: string
  font?: { numGlyphs?: number; unitsPerEm?: number }
  layoutCache?: Record<string, unknown>
  __sharesLayouts?: true
}

interface PdfDocumentClass {
  prototype: { provideFont(this: unknown, ...args: unknown[]): EmbeddedFont; __sharesLayouts?: true }
}

let shared: Map<string, Record<string, unknown>> | undefined
let users = 0

function share(font: EmbeddedFont): void {
  if (!shared || !font.layoutCache || font.__sharesLayouts || !font.name) return
  const key = `${font.name}|${font.font?.numGlyphs ?? ''}|${font.font?.unitsPerEm ?? ''}`
  const cache = shared.get(key)
  if (cache) font.layoutCache = cache
  else shared.set(key, font.layoutCache)
  font.__sharesLayouts = true
}

function patchPdfmake(): void {
  const proto = (createRequire(import.meta.url)('pdfmake/js/PDFDocument') as { default: PdfDocumentClass }).default.prototype
  if (proto.__sharesLayouts) return
  const provideFont = proto.provideFont
  proto.provideFont = function (this: unknown, ...args: unknown[]) {
    const font = provideFont.apply(this, args)
    share(font)
    return font
  }
  proto.__sharesLayouts = true
}

/** Runs `write` with the fonts of every document it writes sharing their word layouts; dropped after. */
export async function withSharedFontLayouts<T>(write: () => Promise<T>): Promise<T> {
  patchPdfmake()
  users++
  shared ??= new Map()
  try {
    return await write()
  } finally {
    if (--users === 0) shared = undefined
  }
}
