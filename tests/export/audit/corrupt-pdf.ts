// Deliberately corrupted PDFs for the self-audit tests, made from a good export with pdf-lib:
// - `withKangxiRadicals`: the fonts' ToUnicode maps send 一 门 支 to the Kangxi / supplement
//   radicals ⼀ ⻔ ⽀, as some CJK fonts and PDF printers do (official-rules (c)14);
// - `withChangedFigure`: one printed figure is replaced by another in the page content stream, so
//   the text layer says something the model does not.
import { decodePDFRawStream, PDFArray, PDFDict, PDFDocument, PDFName, PDFRawStream, PDFRef, type PDFObject } from 'pdf-lib'

const RADICAL_OF: Record<string, string> = { '4e00': '2f00', '95e8': '2ec6', '652f': '2f40' }

function streamText(stream: PDFRawStream): string {
  return new TextDecoder('latin1').decode(decodePDFRawStream(stream).decode())
}

function latin1(text: string): Uint8Array {
  return Uint8Array.from(text, (c) => c.charCodeAt(0))
}

export async function withKangxiRadicals(bytes: Uint8Array): Promise<Uint8Array> {
  const doc = await PDFDocument.load(bytes)
  for (const [, obj] of doc.context.enumerateIndirectObjects()) {
    if (!(obj instanceof PDFDict)) continue
    const ref = obj.get(PDFName.of('ToUnicode'))
    if (!(ref instanceof PDFRef)) continue
    const stream = doc.context.lookup(ref)
    if (!(stream instanceof PDFRawStream)) continue
    const text = streamText(stream).replace(/<(4e00|95e8|652f)>/gi, (_, cp: string) => `<${RADICAL_OF[cp.toLowerCase()]}>`)
    doc.context.assign(ref, doc.context.flateStream(latin1(text)))
  }
  return doc.save({ useObjectStreams: false })
}

/** glyph id (4 hex digits) → text, from a font's ToUnicode `beginbfrange … [<…> …]` (pdfkit's form). */
function glyphMap(cmap: string): Map<string, string> {
  const out = new Map<string, string>()
  for (const m of cmap.matchAll(/<([0-9a-f]{4})>\s*<([0-9a-f]{4})>\s*\[([^\]]*)\]/gi)) {
    let gid = parseInt(m[1] as string, 16)
    for (const u of (m[3] as string).matchAll(/<([0-9a-f]+)>/gi)) {
      const hex = u[1] as string
      let s = ''
      for (let i = 0; i < hex.length; i += 4) s += String.fromCharCode(parseInt(hex.slice(i, i + 4), 16))
      out.set(gid.toString(16).padStart(4, '0'), s)
      gid++
    }
  }
  return out
}

function fontMaps(doc: PDFDocument, resources: PDFDict | undefined): Map<string, Map<string, string>> {
  const out = new Map<string, Map<string, string>>()
  const fonts = resources?.lookup(PDFName.of('Font'))
  if (!(fonts instanceof PDFDict)) return out
  for (const [name, ref] of fonts.entries()) {
    const font = doc.context.lookup(ref)
    const tu = font instanceof PDFDict ? doc.context.lookup(font.get(PDFName.of('ToUnicode')) as PDFObject) : undefined
    if (tu instanceof PDFRawStream) out.set(name.asString().replace(/^\//, ''), glyphMap(streamText(tu)))
  }
  return out
}

/**
 * Replaces the first printed `from` (one text run, e.g. a table cell) on or after page `fromPage`
 * (1-based) by `to`, glyph for glyph in the same font. Returns the new bytes and the page changed.
 */
export async function withChangedFigure(bytes: Uint8Array, from: string, to: string, fromPage = 1): Promise<{ bytes: Uint8Array; page: number }> {
  const doc = await PDFDocument.load(bytes)
  const pages = doc.getPages()
  for (let p = fromPage - 1; p < pages.length; p++) {
    const node = pages[p]?.node
    if (!node) continue
    const maps = fontMaps(doc, node.Resources())
    const contents = node.get(PDFName.of('Contents'))
    const target = doc.context.lookup(contents as PDFObject)
    const refs: PDFRef[] = target instanceof PDFArray ? (target.asArray() as PDFRef[]) : [contents as PDFRef]
    for (const ref of refs) {
      const stream = doc.context.lookup(ref)
      if (!(stream instanceof PDFRawStream)) continue
      const text = streamText(stream)
      let font = ''
      let changed = false
      const next = text.replace(/\/(F\d+) [\d.]+ Tf|\[((?:<[0-9a-f]+>\s*-?[\d.]*\s*)+)\] TJ/gi, (all, fontName: string | undefined, runs: string | undefined) => {
        if (fontName) {
          font = fontName
          return all
        }
        const map = maps.get(font)
        if (changed || !map || !runs) return all
        const glyphs = [...runs.matchAll(/<([0-9a-f]+)>/gi)].map((m) => m[1] as string).join('')
        let printed = ''
        for (let i = 0; i < glyphs.length; i += 4) printed += map.get(glyphs.slice(i, i + 4).toLowerCase()) ?? '?'
        if (printed !== from) return all
        const reverse = new Map([...map].map(([g, s]) => [s, g]))
        const hex = [...to].map((c) => reverse.get(c))
        if (hex.some((h) => h === undefined)) return all
        changed = true
        return `[<${hex.join('')}> 0] TJ`
      })
      if (changed) {
        doc.context.assign(ref, doc.context.flateStream(latin1(next)))
        return { bytes: await doc.save({ useObjectStreams: false }), page: p + 1 }
      }
    }
  }
  throw new Error(`“${from}” not found as one text run`)
}
