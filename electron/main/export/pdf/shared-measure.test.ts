// Asking a text's style once for all its plain pieces prints what pdfmake prints asking per piece:
// sample 004 (tables, narrative, forms) and a definition of rich text, raised text, indents, spacing
// and links render to the same bytes before and after the change.
import { describe, expect, it } from 'vitest'
import { buildNarrative } from '../../../../core/narrative'
import { buildReport } from '../../../../core/report'
import { performanceFormsForReport } from '../../../../core/report/performance-forms'
import { STYLES } from '../../../../core/report/styles'
import { analyze } from '../../../../core/rules/analyze'
import { loadSample } from '../../../../tests/samples/sample-files'
import { loadCatalog } from '../../templates/catalog-loader'
import { loadNarrativeTemplate } from '../../templates/narrative-template'
import { resolveFonts } from './fonts'
import { inlineStyles } from './inline-styles'
import { preparePdf, reportPdfmake } from './render-pdf'
import { sharedMeasure } from './shared-measure'

const fonts = resolveFonts()
const when = new Date('2026-03-01T08:00:00.000Z')

function sample004(): Record<string, unknown> {
  const document = loadSample('004')
  const analysis = analyze(document.data, loadCatalog(document.templateYear))
  const narrative = buildNarrative(analysis.derivation, loadNarrativeTemplate(document.templateYear))
  const performanceForms = performanceFormsForReport(analysis.derivation, { templateYear: document.templateYear })
  const def = buildReport({ derivation: analysis.derivation, findings: analysis.findings, narrative, generatedAt: when.toISOString() }, { charts: {}, attachments: [], performanceForms })
  return preparePdf(def, fonts).docDefinition
}

function richText(): Record<string, unknown> {
  return {
    info: { title: '样式', creationDate: when, modDate: when },
    defaultStyle: { font: 'Body', fontSize: 12 },
    styles: { ...STYLES, wide: { characterSpacing: 1.5, color: '#aa0000' } },
    content: [
      { text: '一、主要职能。本部门负责全县义务教育学校的经费保障与绩效管理工作，段首缩进两字。', leadingIndent: 24, alignment: 'justify' },
      { text: ['合计：', { text: '123.45', bold: true }, { text: '万元', style: 'wide' }, '，面积 100 m', { text: '2', sup: true }, '。'], lineHeight: 1.5 },
      { text: '  前后留空的文字  ', preserveLeadingSpaces: true, decoration: 'underline' },
      { text: '  不留空的文字  ', color: '#0000ff', link: 'https://www.mof.gov.cn/' },
      { text: 'A long Latin sentence that wraps across the line, kerning and all: AVATAR Wave 2026.', fontSize: 20, characterSpacing: 0.5 },
      { table: { widths: [60, '*'], body: [[{ text: '一般公共服务支出（这一格的文字足够长，需要折行显示）', style: 'tableCell' }, { text: '1,234.56', noWrap: true, alignment: 'right' }]] } },
    ],
  }
}

const render = (dd: Record<string, unknown>): Promise<Buffer> => reportPdfmake(fonts).createPdf(dd as never).getBuffer()

describe('shared measure', () => {
  it('renders sample 004 and rich text to the same bytes as pdfmake asking per piece', async () => {
    // Sample 004 and the rich text with their styles written in (inline-styles: leaves read alone)
    // and the rich text as named styles (pdfmake's stack asked).
    const all = () => [sample004(), richText(), inlineStyles(richText())]
    const before = await Promise.all(all().map(render))
    sharedMeasure()
    const after = await Promise.all(all().map(render))
    expect((before[0] as Buffer).byteLength).toBeGreaterThan(200_000)
    before.forEach((bytes, i) => expect(after[i]?.equals(bytes), `definition ${i}`).toBe(true))
  })
})
