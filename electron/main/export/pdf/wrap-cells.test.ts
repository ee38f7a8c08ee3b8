// Cells set in the lines pdfmake would break them into print exactly as pdfmake breaking them
// itself: the same bytes, for Chinese, Latin words, blanks, spans, margins, alignments, row spans,
// kerning pairs across pieces in centred and right-aligned lines; what could print otherwise (a word
// cut across lines, blanks other than the space, justification, decoration) is left to pdfmake.
import { describe, expect, it } from 'vitest'
import { noWrapFittingCells, pdfkitFaces, pdfkitMeasure } from './fit-cells'
import { pdfFamilies, resolveFonts } from './fonts'
import { inlineStyles } from './inline-styles'
import { joinInlinesWhenRendering } from './join-inlines'
import { reportPdfmake } from './render-pdf'
import { TABLE_LAYOUTS } from '../../../../core/report/styles'
import { GRID } from '../../../../core/report/tables'
import { sharedMeasure } from './shared-measure'
import { cellWrapper, fillLines, hasSharedGlyphs, pdfkitLineBreaker, type ColumnLayout } from './wrap-cells'

const fonts = resolveFonts()
const faces = pdfkitFaces(pdfFamilies(fonts), fonts.files)
const layouts: Record<string, ColumnLayout> = {
  [TABLE_LAYOUTS.grid]: { vLineWidth: () => GRID.lineWidth, paddingLeft: () => GRID.paddingX, paddingRight: () => GRID.paddingX },
}
const when = new Date('2026-03-01T08:00:00.000Z')
const cell = (text: string, extra: Record<string, unknown> = {}) => ({ text, font: 'Body', bold: false, italics: false, fontSize: 9, lineHeight: 1.05, ...extra })
const LONG = '年内按计划完成市政设施维修养护项目，工作质量和市民满意度达到预期。城市照明运行项目（013-1）由本单位组织实施，覆盖辖区主要街道和公共区域。'

function definition(): Record<string, unknown> {
  // Written as preparePdf writes it: styles inlined, every leaf complete.
  return inlineStyles({
    info: { title: '折行', creationDate: when, modDate: when },
    defaultStyle: { font: 'Body', fontSize: 9 },
    content: [
      {
        layout: TABLE_LAYOUTS.grid,
        table: {
          widths: [45.32, 49.85, 81.57, 120],
          body: [
            [cell('项目资金（元）', { rowSpan: 2, margin: [0, 12, 0, 0], alignment: 'center' }), cell(LONG, { colSpan: 3 }), {}, {}],
            [{}, cell('保证项目实施的制度、措施', { alignment: 'center', verticalAlignment: 'middle' }), cell(LONG, { alignment: 'right' }), cell('The annual target covers 2,400 street lamps and 36 km of roads, checked monthly.')],
            [cell('0351-60000460351600004603516000046'), cell('SuperCalifragilisticExpialidocious', { margin: [2, 0, 2, 0] }), cell('指标值：≥95%，以年度考核结果为准', { bold: true, colSpan: 2 }), {}],
            [cell('短'), cell(LONG, { color: '#333333' }), cell(LONG, { decoration: 'underline' }), cell(LONG, { alignment: 'justify' })],
            // Kerned pairs across pieces (A—B, o—) centred and to the right, one line and several.
            [cell('A—B', { fontSize: 10, alignment: 'center' }), cell('Wo—To—Vo—Av—A—B', { fontSize: 10, alignment: 'right' }), cell('金额\u00a0万元', { alignment: 'center' }), cell('AV—AV—Wo—To—Vo—Av—AV—AV—Wo—To—Vo—Av', { fontSize: 10, alignment: 'center' })],
          ],
        },
      },
    ],
  })
}

const render = (dd: Record<string, unknown>): Promise<Buffer> => reportPdfmake(fonts).createPdf(dd as never).getBuffer()

describe('cells set in their lines', () => {
  it('fills lines by pdfmake’s rule: trailing blanks may overhang, a forced break ends the line, a long piece is cut', () => {
    const widthOf = (t: string) => t.length * 10
    const piece = (text: string, extra: Partial<Parameters<typeof fillLines>[0][number]> = {}) => ({ text, width: widthOf(text), leadingCut: 0, trailingCut: 0, lineEnd: false, ...extra })
    const lines = (r: ReturnType<typeof fillLines>) => r.lines.map((l) => [l.pieces, l.width])
    // "ab " is 30 wide with a 10 pt blank: it fits a 50 pt line after "cd" (20 + 30 - 10 = 40).
    expect(lines(fillLines([piece('cd'), piece('ab ', { trailingCut: 10 }), piece('ef')], 50, widthOf))).toEqual([[['cd', 'ab '], 50], [['ef'], 20]])
    expect(lines(fillLines([piece('a', { lineEnd: true }), piece('b')], 50, widthOf))).toEqual([[['a'], 10], [['b'], 10]])
    const cut = fillLines([piece('abcdefgh')], 35, widthOf)
    expect(lines(cut)).toEqual([[['abc'], 30], [['def'], 30], [['gh'], 20]])
    expect(cut.cut).toBe(true)
  })

  it('prints the table exactly as pdfmake breaking the cells itself', async () => {
    joinInlinesWhenRendering()
    sharedMeasure()
    const before = await render(definition())
    const dd = definition()
    const wrapper = cellWrapper(pdfkitLineBreaker(faces), layouts)
    noWrapFittingCells(dd.content, pdfkitMeasure(faces), wrapper.wrap)
    const body = (dd.content as { table: { body: Record<string, unknown>[][] } }[])[0]?.table.body as Record<string, unknown>[][]
    // Set in lines: pieces of one text, each with the width pdfmake adds up.
    const pieces = body[0]?.[1]?.text as Record<string, unknown>[]
    expect(pieces.length).toBeGreaterThan(1)
    expect(pieces.every((p) => p.noWrap === true && typeof p._presetWidth === 'number')).toBe(true)
    // A centred or right-aligned line of one piece, cut from several, keeps its added-up width.
    expect(body[4]?.[0]).toMatchObject({ text: 'A—B', noWrap: true })
    expect(typeof body[4]?.[0]?._presetWidth).toBe('number')
    expect(Array.isArray(body[4]?.[3]?.text)).toBe(true)
    // Left to pdfmake: a word cut across lines, a no-break space, decoration, justification.
    expect(body[2]?.[1]?.text).toBe('SuperCalifragilisticExpialidocious')
    expect(body[2]?.[0]?.text).toBe('0351-60000460351600004603516000046')
    expect(body[4]?.[2]?.text).toBe('金额\u00a0万元')
    expect(body[3]?.[2]?.text).toBe(LONG)
    expect(body[3]?.[3]?.text).toBe(LONG)
    expect(wrapper.counts.lines).toBeGreaterThanOrEqual(5)
    const after = await render(dd)
    expect(after.equals(before)).toBe(true)
  })

  it('finds the characters whose width depends on the document', () => {
    expect(hasSharedGlyphs({ content: [{ text: ['项目', { text: '编\u00ad号' }] }] })).toBe(true)
    expect(hasSharedGlyphs({ content: [{ table: { body: [['1\u00a0234']] } }] })).toBe(true)
    expect(hasSharedGlyphs({ content: [{ text: '零\u200b宽' }] })).toBe(true)
    expect(hasSharedGlyphs({ content: [{ text: '项目支出 2026 年 - 1,234.56 万元' }] })).toBe(false)
  })
})
