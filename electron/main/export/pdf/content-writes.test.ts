// Gathering pdfkit's operator writes into one Buffer per object writes the very bytes pdfkit writes
// one Buffer per operator: the same document drawn before and after the change is the same file.
import { createRequire } from 'node:module'
import { describe, expect, it } from 'vitest'
import { gatherContentWrites } from './content-writes'
import { resolveFonts, type FontSource } from './fonts'

interface Doc {
  on(event: string, f: (chunk?: Buffer) => void): void
  end(): void
  addPage(options?: object): Doc
  font(src: string, name?: string): Doc
  fontSize(n: number): Doc
  text(s: string, x: number, y: number, o?: object): Doc
  moveTo(x: number, y: number): Doc
  lineTo(x: number, y: number): Doc
  lineWidth(n: number): Doc
  strokeColor(c: string): Doc
  fillColor(c: string): Doc
  rect(x: number, y: number, w: number, h: number): Doc
  fill(): Doc
  stroke(): Doc
  dash(n: number): Doc
  undash(): Doc
  link(x: number, y: number, w: number, h: number, url: string): Doc
}

const fromPdfmake = createRequire(createRequire(import.meta.url).resolve('pdfmake'))
const PDFDocument = fromPdfmake('pdfkit') as new (options: object) => Doc
const when = new Date('2026-03-01T08:00:00.000Z')
const body = resolveFonts().families.Body?.normal as FontSource
const bodyFile = Array.isArray(body) ? body[0] : body

/** Pages of table-like drawing: rules, fills, Chinese and Latin text, a link; compressed or not. */
function draw(compress: boolean): Promise<Buffer> {
  const doc = new PDFDocument({ autoFirstPage: false, compress, info: { CreationDate: when, ModDate: when, Title: '表' } })
  const chunks: Buffer[] = []
  doc.on('data', (c) => chunks.push(c as Buffer))
  const done = new Promise<Buffer>((resolve) => doc.on('end', () => resolve(Buffer.concat(chunks))))
  doc.font(String(bodyFile))
  for (let page = 0; page < 3; page++) {
    doc.addPage({ size: 'A4', margin: 40 })
    for (let row = 0; row < 40; row++) {
      const y = 40 + row * 18
      doc.lineWidth(0.5).strokeColor(row % 2 ? '#000000' : '#808080').moveTo(40, y).lineTo(555, y).stroke()
      if (row % 5 === 0) doc.fillColor('#eeeeee').rect(40, y, 515, 18).fill()
      if (row % 7 === 0) doc.dash(2).moveTo(300, y).lineTo(300, y + 18).stroke().undash()
      doc.fillColor('#000000').fontSize(9).text(`一般公共服务支出 第${page + 1}页第${row + 1}行 1,234.56 万元`, 44, y + 4, { lineBreak: false })
    }
    doc.link(40, 40, 100, 18, 'https://www.mof.gov.cn/')
  }
  doc.end()
  return done
}

describe('gathered content writes', () => {
  it('write the same file as one Buffer per operator, compressed and not', async () => {
    const before = [await draw(true), await draw(false)]
    gatherContentWrites()
    const after = [await draw(true), await draw(false)]
    expect(after[0]?.equals(before[0] as Buffer)).toBe(true)
    expect(after[1]?.equals(before[1] as Buffer)).toBe(true)
    // The uncompressed file holds the operators as written (the drawing really happened).
    expect((after[1] as Buffer).toString('latin1')).toMatch(/555 [\d.]+ l\nS\n/)
  })
})
