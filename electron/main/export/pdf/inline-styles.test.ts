// Styles written into the nodes print exactly what pdfmake's own style lookups print: the same
// definition rendered as named styles and with them written in gives the same bytes.
import { describe, expect, it } from 'vitest'
import { STYLES } from '../../../../core/report/styles'
import { resolveFonts } from './fonts'
import { pdfmakeWithFonts } from './render-pdf'
import { inlineStyles } from './inline-styles'

const fonts = resolveFonts()

const render = (dd: Record<string, unknown>): Promise<Buffer> => pdfmakeWithFonts(fonts).createPdf(dd as never).getBuffer()

const when = new Date('2026-03-01T08:00:00.000Z')

/** Named styles on sections, stacks, tables, cells and text parts; values inherited, overridden and defaulted. */
function definition(): Record<string, unknown> {
  return {
    info: { title: '样式', creationDate: when, modDate: when },
    defaultStyle: { font: 'Body', fontSize: 16 },
    styles: { ...STYLES, wide: { characterSpacing: 1.5, color: '#aa0000' }, derived: { extends: 'paragraph', fontSize: 12 } },
    content: [
      { text: '第一部分 部门概况', style: 'partTitle' },
      { stack: [{ text: '一、主要职能。本部门负责全县义务教育学校的经费保障与绩效管理工作。' }, { text: '二、机构设置', style: 'heading' }], style: 'paragraph' },
      { text: ['合计：', { text: '123.45', bold: true }, { text: '万元', style: 'wide' }], style: ['tableCell', 'tableHeader'] },
      { text: '自有边距压过样式', style: 'caption', margin: [5, 5, 5, 5] },
      { text: '自有字号压过样式', style: 'paragraph', fontSize: 11, alignment: 'right' },
      { text: '扩展样式留给 pdfmake', style: 'derived' },
      {
        style: 'tableCell',
        alignment: 'center',
        table: {
          widths: ['*', 80],
          body: [
            [{ text: '项目', style: 'tableHeader' }, { text: '金额', style: 'tableHeader' }],
            [{ text: '一般公共服务支出（这一格的文字足够长，需要折行显示）', alignment: 'left' }, '1,234.56'],
          ],
        },
      },
      { section: [{ text: '第二节', style: 'tableTitle' }, { columns: [{ text: '左栏', style: 'tableMeta' }, { text: '右栏', color: '#0000ff' }] }], pageOrientation: 'landscape' },
    ],
  }
}

describe('inline styles', () => {
  it('renders the same bytes as pdfmake resolving the named styles itself', async () => {
    const named = await render(definition())
    const inlined = await render(inlineStyles(definition()))
    expect(named.byteLength).toBeGreaterThan(1000)
    expect(inlined.equals(named)).toBe(true)
  })

  it('writes the style into the node, keeps the node’s own values, and gives leaves what they inherit', () => {
    const dd = inlineStyles(definition())
    const content = dd.content as Record<string, unknown>[]
    expect(content[0]).toMatchObject({ text: '第一部分 部门概况', font: 'Title', fontSize: 22, bold: true, alignment: 'center', margin: [0, 0, 0, 18] })
    expect(content[0]).not.toHaveProperty('style')
    // A child of a styled stack inherits the stack's paragraph values; its own heading style wins.
    const [first, second] = (content[1] as { stack: Record<string, unknown>[] }).stack
    expect(first).toMatchObject({ fontSize: 16, leadingIndent: 32, lineHeight: 1.25, font: 'Body', bold: false, italics: false })
    expect(second).toMatchObject({ font: 'Heading', bold: true, margin: [0, 6, 0, 0] })
    expect(content[3]).toMatchObject({ margin: [5, 5, 5, 5], fontSize: 12 })
    expect(content[4]).toMatchObject({ fontSize: 11, alignment: 'right', leadingIndent: 32 })
    // `extends` is pdfmake's to resolve: the name stays.
    expect(content[5]).toMatchObject({ style: 'derived' })
    const body = (content[6] as { table: { body: unknown[][] } }).table.body
    expect(body[0]?.[0]).toMatchObject({ fontSize: 10, bold: true, alignment: 'center' })
    expect(body[1]?.[0]).toMatchObject({ fontSize: 10, lineHeight: 1.05, alignment: 'left' })
    // A text part keeps only what it names; the rest comes from its leaf.
    const parts = (content[2] as { text: Record<string, unknown>[] }).text
    expect(parts[2]).toEqual({ text: '万元', characterSpacing: 1.5, color: '#aa0000' })
    expect(content[2]).toMatchObject({ bold: true, alignment: 'center', fontSize: 10, lineHeight: 1.05 })
  })
})
