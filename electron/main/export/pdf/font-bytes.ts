// The bytes of the font files, read once per file and kept while the file is unchanged. An export
// read each CJK font (10–15 MB) three times — for the coverage of its characters, for measuring the
// cells and for pdfkit's writing — and again for every part of a large PDF; the three now share one
// copy, and the next export reads nothing. Kept up to a total size; the least recently used go first.
import { readFileSync, statSync } from 'node:fs'
import { createRequire } from 'node:module'
import { resolve } from 'node:path'

/** What the cache may hold in all (the default fonts with their fallbacks are about 45 MB). */
export const FONT_BYTES_LIMIT = 96 * 1024 * 1024

interface Entry {
  mtimeMs: number
  size: number
  bytes: Buffer
}

const cache = new Map<string, Entry>()

function held(): number {
  let total = 0
  for (const e of cache.values()) total += e.size
  return total
}

/** The file's bytes: from the cache while its size and modification time are those read. */
export function fontBytes(file: string, limit = FONT_BYTES_LIMIT): Buffer {
  const path = resolve(file)
  const { mtimeMs, size } = statSync(path)
  const hit = cache.get(path)
  cache.delete(path)
  if (hit && hit.mtimeMs === mtimeMs && hit.size === size) {
    cache.set(path, hit)
    return hit.bytes
  }
  const bytes = readFileSync(path)
  if (bytes.byteLength > limit) return bytes
  while (cache.size > 0 && held() + bytes.byteLength > limit) cache.delete(cache.keys().next().value as string)
  cache.set(path, { mtimeMs, size: bytes.byteLength, bytes })
  return bytes
}

interface PdfmakeDocument {
  localAccessPolicy?: (path: string) => boolean
  _fontFamilies: Record<string, unknown>
  _registeredFonts: Record<string, unknown>
  _font: unknown
  _fontSource: unknown
}

type FontMethod = (this: PdfmakeDocument, src: unknown, family?: unknown, size?: unknown) => PdfmakeDocument

/**
 * pdfmake's documents open a font file from the cache, once per document. pdfkit read and parsed
 * the whole file for every face pdfmake asked for, and a chart's text (svg-to-pdfkit), which names
 * its font by file, had it read and parsed again for every text of every chart, only to find the
 * face already embedded. Only files the document's local access policy allows are read this way;
 * the face is kept under the file's name (or the face's name in a collection), as pdfkit keeps it.
 */
export function openFontFilesOnce(): void {
  const proto = (createRequire(import.meta.url)('pdfmake/js/PDFDocument') as { default: { prototype: { font: FontMethod; __opensFilesOnce?: true } } }).default.prototype
  if (proto.__opensFilesOnce) return
  const font = proto.font
  proto.font = function (src, family, size) {
    const key = typeof family === 'string' ? family : src
    if (typeof src !== 'string' || typeof key !== 'string' || key in this._fontFamilies || src in this._registeredFonts || !this.localAccessPolicy?.(src)) return font.call(this, src, family, size)
    font.call(this, fontBytes(src), family, size)
    this._fontFamilies[key] = this._font
    this._fontSource = src
    return this
  }
  proto.__opensFilesOnce = true
}

/** For tests: what the cache holds. */
export function cachedFontFiles(): string[] {
  return [...cache.keys()]
}
