// Cells set in the lines pdfmake would break them into print exactly as pdfmake breaking them
// itself: the same bytes, for Chinese, Latin words, blanks, spans, margins, alignments, row spans
// and words too long for their column (cut as pdfmake cuts them).
import { describe, expect, it } from 'vitest'
import { noWrapFittingCells, pdfkitFaces, pdfkitMeasure } from './fit-cells'
import { pdfFamilies, resolveFonts } from './fonts'
import { joinInlinesWhenRendering } from './join-inlines'
import { reportPdfmake } from './render-pdf'
import { TABLE_LAYOUTS } from '../../../../core/report/styles'
import { GRID } from '../../../../core/report/tables'
import { cellWrapper, fillLines, pdfkitLineBreaker, type ColumnLayout } from './wrap-cells'

const fonts = resolveFonts()
const faces = pdfkitFaces(pdfFamilies(fonts), fonts.files)
const layouts: Record<string, ColumnLayout> = {
  [TABLE_LAYOUTS.grid]: { vLineWidth: () => GRID.lineWidth, paddingLeft: () => GRID.paddingX, paddingRight: () => GRID.paddingX },
}
const when = new Date('2026-03-01T08:00:00.000Z')
const cell = (text: string, extra: Record<string, unknown> = {}) => ({ text, font: 'Body', bold: false, italics: false, fontSize: 9, lineHeight: 1.05, ...extra })
const LONG = '年内按计划完成市政设施维修养护项目，工作质量和市民满意度达到预期。城市照明运行项目（013-1）由本单位组织实施，覆盖辖区主要街道和公共区域。'

function definition(): Record<string, unknown> {
  return {
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
          ],
        },
      },
    ],
  }
}

const render = (dd: Record<string, unknown>): Promise<Buffer> => reportPdfmake(fonts).createPdf(dd as never).getBuffer()

describe('cells set in their lines', () => {
  it('fills lines by pdfmake’s rule: trailing blanks may overhang, a forced break ends the line, a long piece is cut', () => {
    const widthOf = (t: string) => t.length * 10
    const piece = (text: string, extra: Partial<Parameters<typeof fillLines>[0][number]> = {}) => ({ text, width: widthOf(text), leadingCut: 0, trailingCut: 0, lineEnd: false, ...extra })
    // "ab " is 30 wide with a 10 pt blank: it fits a 50 pt line after "cd" (20 + 30 - 10 = 40).
    expect(fillLines([piece('cd'), piece('ab ', { trailingCut: 10 }), piece('ef')], 50, widthOf)).toEqual([['cd', 'ab '], ['ef']])
    expect(fillLines([piece('a', { lineEnd: true }), piece('b')], 50, widthOf)).toEqual([['a'], ['b']])
    expect(fillLines([piece('abcdefgh')], 35, widthOf)).toEqual([['abc'], ['def'], ['gh']])
  })

  it('prints the table exactly as pdfmake breaking the cells itself', async () => {
    joinInlinesWhenRendering()
    const plain = definition()
    noWrapFittingCells(plain.content, pdfkitMeasure(faces))
    const before = await render(plain)
    const dd = definition()
    const wrapper = cellWrapper(pdfkitLineBreaker(faces), layouts)
    noWrapFittingCells(dd.content, pdfkitMeasure(faces), wrapper.wrap)
    const body = (dd.content as { table: { body: Record<string, unknown>[][] } }[])[0]?.table.body as Record<string, unknown>[][]
    // Set in lines: pieces of one text, or (a word cut across lines) texts of their own.
    expect(Array.isArray(body[0]?.[1]?.text)).toBe(true)
    expect(body[2]?.[1]?.stack).toBeDefined()
    expect(body[2]?.[1]?.text).toBeUndefined()
    // Left to pdfmake: decoration and justification.
    expect(body[3]?.[2]?.text).toBe(LONG)
    expect(body[3]?.[3]?.text).toBe(LONG)
    expect(wrapper.counts.lines).toBeGreaterThanOrEqual(6)
    const after = await render(dd)
    expect(after.equals(before)).toBe(true)
  })
})
