// Cells marked noWrap are only those that fit their column on one line, so the page prints the
// same: with the renderer joining inlines, the marked and unmarked tables give the same bytes.
import { describe, expect, it } from 'vitest'
import { createRequire } from 'node:module'
import { noWrapFittingCells, ONE_PIECE_NUMBER, pdfkitFaces, pdfkitMeasure, type MeasureText } from './fit-cells'
import { pdfFamilies, resolveFonts } from './fonts'
import { pdfmakeWithFonts } from './render-pdf'
import { joinInlinesWhenRendering } from './join-inlines'

const fonts = resolveFonts()
const measure = pdfkitMeasure(pdfkitFaces(pdfFamilies(fonts), fonts.files))

const render = (dd: Record<string, unknown>): Promise<Buffer> => pdfmakeWithFonts(fonts).createPdf(dd as never).getBuffer()

const when = new Date('2026-03-01T08:00:00.000Z')
const cell = (text: string, extra: Record<string, unknown> = {}) => ({ text, font: 'Body', bold: false, italics: false, fontSize: 10, ...extra })

function definition(): Record<string, unknown> {
  return {
    info: { title: '表格', creationDate: when, modDate: when },
    defaultStyle: { font: 'Body', fontSize: 10 },
    content: [
      {
        table: {
          widths: [60, 120, 80],
          body: [
            [cell('科目编码', { bold: true }), cell('科目名称', { bold: true }), cell('金额', { bold: true, alignment: 'center' })],
            [cell('2050201'), cell('学前教育'), cell('1,234.56', { alignment: 'right' })],
            [cell('2050202'), cell('小学教育（含农村义务教育学校的公用经费与营养改善计划补助）'), cell('88.00', { alignment: 'right' })],
            [cell('合计', { colSpan: 2, alignment: 'center', bold: true }), {}, cell('1,322.56', { alignment: 'right' })],
            [cell('缩进', { margin: [30, 0, 0, 0] }), cell('两 个 词'), cell('')],
          ],
        },
      },
      { table: { widths: ['*', 'auto'], body: [[cell('自动宽度'), cell('不标记')]] } },
    ],
  }
}

const marks = (dd: Record<string, unknown>) => JSON.stringify(dd.content).match(/"noWrap":true/g)?.length ?? 0

describe('cells that fit on one line', () => {
  it('marks short cells of fixed-width tables, spans included, and leaves the rest to wrap', () => {
    const dd = definition()
    const marked = noWrapFittingCells(dd.content, measure)
    const [grid, auto] = dd.content as { table: { body: Record<string, unknown>[][] } }[]
    const body = (grid as { table: { body: Record<string, unknown>[][] } }).table.body
    expect(body[1]?.map((c) => c.noWrap)).toEqual([true, true, true])
    // Too long for its 120 pt column.
    expect(body[2]?.[1]?.noWrap).toBeUndefined()
    // A centred text of several pieces is left to wrap-cells (its width as one string may differ).
    expect(body[3]?.[0]?.noWrap).toBeUndefined()
    // Empty text is not marked; a left margin narrows the cell (two characters still fit in the 30 pt left).
    expect(body[4]?.[2]?.noWrap).toBeUndefined()
    expect(body[4]?.[0]?.noWrap).toBe(true)
    expect((auto as { table: { body: Record<string, unknown>[][] } }).table.body[0]?.map((c) => c.noWrap)).toEqual([undefined, undefined])
    expect(marked).toBe(marks(dd))
  })

  it('leaves a cell whose margin takes the room it needs', () => {
    const narrow = { content: [{ table: { widths: [50], body: [[cell('科目编码', { margin: [10, 0, 0, 0] })], [cell('科目编码')]] } }] }
    const width = measure('科目编码', 'Body', false, false, 10)
    // Four full-width characters of 10 pt: 40 pt, in a 50 pt column that a 10 pt margin narrows to 40.
    expect(width).toBeGreaterThan(39)
    expect(width).toBeLessThan(41)
    noWrapFittingCells(narrow.content, measure)
    expect(narrow.content[0]?.table.body.map((r) => (r[0] as Record<string, unknown>).noWrap)).toEqual([undefined, true])
  })

  it('takes a number as the tables print it for one piece, as pdfmake breaks it', () => {
    const breaker = new ((createRequire(import.meta.url)('pdfmake/js/TextBreaker') as { default: new () => { getBreaks(t: string): unknown[] } }).default)()
    const numbers = ['0.00', '-8.00', '1,234.56', '-12,345,678.90', '12.5%', '100%', '2026', '7']
    for (let k = 0; k < 200; k++) numbers.push(((k * 7919.37) % 9_999_999).toLocaleString('en-US', { minimumFractionDigits: 2, maximumFractionDigits: 2 }))
    for (const n of numbers) {
      expect(ONE_PIECE_NUMBER.test(n), n).toBe(true)
      expect(breaker.getBreaks(n), n).toHaveLength(1)
    }
    for (const other of ['1,234.56万元', '第1页', '12 34', '(1)']) expect(ONE_PIECE_NUMBER.test(other), other).toBe(false)
  })

  it('measures a face it cannot load as too wide', () => {
    const unknown: MeasureText = (text, font, bold, italics, size) => measure(text, font === 'Body' ? 'NoSuchFont' : font, bold, italics, size)
    const dd = definition()
    expect(noWrapFittingCells(dd.content, unknown)).toBe(0)
  })

  it('prints the marked table exactly as the unmarked one', async () => {
    joinInlinesWhenRendering()
    const plain = await render(definition())
    const dd = definition()
    expect(noWrapFittingCells(dd.content, measure)).toBeGreaterThan(5)
    const fitted = await render(dd)
    expect(fitted.equals(plain)).toBe(true)
  })
})
