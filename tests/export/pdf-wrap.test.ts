// The three samples print the same bytes whether their table cells are fitted on one line and set
// in lines before layout (fit-cells, wrap-cells: as exported) or every cell is left to pdfmake to
// break: tables, 情况说明 and 绩效目标表 alike.
import { describe, expect, it } from 'vitest'
import { buildNarrative } from '../../core/narrative'
import { buildReport } from '../../core/report'
import { performanceFormsForReport } from '../../core/report/performance-forms'
import { analyze } from '../../core/rules/analyze'
import { resolveFonts } from '../../electron/main/export/pdf/fonts'
import { preparePdf, renderPrepared } from '../../electron/main/export/pdf/render-pdf'
import { loadCatalog } from '../../electron/main/templates/catalog-loader'
import { loadNarrativeTemplate } from '../../electron/main/templates/narrative-template'
import { loadSample } from '../samples/sample-files'
import type { SeedId } from '../seeds/seed-files'
import { FIXED_TIME } from './pdf/export-sample'

const fonts = resolveFonts()

function definition(id: SeedId) {
  const document = loadSample(id)
  const analysis = analyze(document.data, loadCatalog(document.templateYear))
  const narrative = buildNarrative(analysis.derivation, loadNarrativeTemplate(document.templateYear))
  const performanceForms = performanceFormsForReport(analysis.derivation, { templateYear: document.templateYear })
  return buildReport({ derivation: analysis.derivation, findings: analysis.findings, narrative, generatedAt: FIXED_TIME.toISOString() }, { charts: {}, attachments: [], performanceForms })
}

/** Text cells given as their lines: pieces not wrapped again, or a stack of lines. */
function cellsInLines(content: unknown): number {
  let n = 0
  const visit = (v: unknown): void => {
    if (Array.isArray(v)) return v.forEach(visit)
    if (v === null || typeof v !== 'object') return
    const node = v as Record<string, unknown>
    const text = node.text
    if (Array.isArray(text) && text.length > 1 && text.every((t) => (t as Record<string, unknown>)?.noWrap === true)) n++
    for (const value of Object.values(node)) if (typeof value === 'object') visit(value)
  }
  visit(content)
  return n
}

describe('sample PDFs with their cells set in lines', () => {
  it.each(['000', '001', '004'] as const)('sample %s prints the same bytes as pdfmake breaking the cells', async (id) => {
    const def = definition(id)
    const lined = preparePdf(def, fonts)
    const plain = preparePdf(def, fonts, { fitCells: false })
    expect(cellsInLines(lined.docDefinition.content)).toBeGreaterThan(20)
    expect(cellsInLines(plain.docDefinition.content)).toBe(0)
    const oneLine = (c: unknown) => JSON.stringify(c).match(/"noWrap":true/g)?.length ?? 0
    expect(oneLine(lined.docDefinition.content)).toBeGreaterThan(oneLine(plain.docDefinition.content) + 100)
    const [a, b] = [await renderPrepared(lined, fonts), await renderPrepared(plain, fonts)]
    expect(a.byteLength).toBeGreaterThan(100_000)
    expect(Buffer.from(a).equals(Buffer.from(b))).toBe(true)
  })
})
