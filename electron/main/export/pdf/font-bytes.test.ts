// Font files are read once and kept while unchanged; pdfmake's documents open each file once, also
// when a chart's text names it by file after the face is embedded.
import { mkdtempSync, rmSync, utimesSync, writeFileSync } from 'node:fs'
import { createRequire } from 'node:module'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import { afterAll, describe, expect, it } from 'vitest'
import { cachedFontFiles, fontBytes, openFontFilesOnce } from './font-bytes'
import { pdfFamilies, resolveFonts } from './fonts'

const dir = mkdtempSync(join(tmpdir(), 'font-bytes-'))
afterAll(() => rmSync(dir, { recursive: true, force: true, maxRetries: 5 }))

describe('fontBytes', () => {
  it('returns the same bytes while the file is unchanged, and reads it again once it changes', () => {
    const file = join(dir, 'a.ttf')
    writeFileSync(file, 'first')
    const once = fontBytes(file)
    expect(once.toString()).toBe('first')
    expect(fontBytes(file)).toBe(once)
    writeFileSync(file, 'second, longer')
    expect(fontBytes(file).toString()).toBe('second, longer')
    writeFileSync(file, 'third!!second!')
    utimesSync(file, new Date(2030, 0, 1), new Date(2030, 0, 1))
    expect(fontBytes(file).toString()).toBe('third!!second!')
  })

  it('keeps at most the limit, dropping the least recently used first, and never a file larger than it', () => {
    const [x, y, z, big] = ['x', 'y', 'z', 'big'].map((n) => join(dir, `${n}.ttf`)) as [string, string, string, string]
    writeFileSync(x, '1234')
    writeFileSync(y, '5678')
    writeFileSync(z, 'abcd')
    writeFileSync(big, '0123456789abc')
    fontBytes(x, 8)
    fontBytes(y, 8)
    fontBytes(x, 8)
    fontBytes(z, 8)
    expect(cachedFontFiles()).toEqual(expect.arrayContaining([resolve(x), resolve(z)]))
    expect(cachedFontFiles()).not.toContain(resolve(y))
    expect(fontBytes(big, 8).toString()).toBe('0123456789abc')
    expect(cachedFontFiles()).not.toContain(resolve(big))
  })
})

describe('openFontFilesOnce', () => {
  interface Doc {
    _fontCount: number
    _fontFamilies: Record<string, unknown>
    provideFont(family: string, bold: boolean, italics: boolean): unknown
    font(src: string): Doc
  }
  const PdfmakeDocument = (createRequire(import.meta.url)('pdfmake/js/PDFDocument') as { default: new (...args: unknown[]) => Doc }).default
  const fonts = resolveFonts()
  const families = pdfFamilies(fonts)
  const bodyFile = families['Body']?.normal as string
  const allowed = new Set(fonts.files.map((f) => resolve(f)))
  const open = () => new PdfmakeDocument(structuredClone(families), {}, {}, {}, { autoFirstPage: false }, null, (p: string) => allowed.has(resolve(p)))

  it('opens a file from the cache, once per document, whether pdfmake or a chart names it first', () => {
    openFontFilesOnce()
    const first = open()
    for (let i = 0; i < 3; i++) first.font(bodyFile)
    expect(cachedFontFiles()).toContain(resolve(bodyFile))
    const second = open()
    const face = second.provideFont('Body', false, false)
    const before = second._fontCount
    for (let i = 0; i < 3; i++) second.font(bodyFile)
    expect(second._fontCount).toBe(before)
    expect(second._fontFamilies[bodyFile]).toBe(face)
  })

  it('leaves files outside the local access policy and standard fonts to pdfkit', () => {
    openFontFilesOnce()
    const doc = open()
    expect(() => doc.font(join(dir, 'missing.ttf'))).toThrow()
    doc.font('Helvetica')
    expect(doc._fontFamilies['Helvetica']).toBeDefined()
  })
})
