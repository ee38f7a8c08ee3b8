// A document written in parts (render-parts: the large department's way) is the document written
// at once: the same pages with the same text at the same places, the same 目录 page numbers and
// running footers (第 n 页 / 共 N 页 over the whole document), links, bookmarks, attachment pages
// and document information. The samples are split into several parts by a small part size.
import { describe, expect, it } from 'vitest'
import { loadDocument, type BudgetDocument } from '../../core/document/envelope'
import { buildNarrative } from '../../core/narrative'
import { buildReport } from '../../core/report'
import { performanceFormsForReport } from '../../core/report/performance-forms'
import { analyze } from '../../core/rules/analyze'
import { resolveFonts } from '../../electron/main/export/pdf/fonts'
import { preparePdf } from '../../electron/main/export/pdf/render-pdf'
import { groupSections, PART_WEIGHT, partsOf, weightOf } from '../../electron/main/export/pdf/render-parts'
import { loadCatalog } from '../../electron/main/templates/catalog-loader'
import { loadNarrativeTemplate } from '../../electron/main/templates/narrative-template'
import { largeDepartmentText } from '../../scripts/large-sample'
import { loadSample } from '../samples/sample-files'
import { documentWithAttachments } from './pdf/attachment-fixture'
import { exportDocumentPdf, FIXED_TIME, type ExportedPdf } from './pdf/export-sample'
import type { ReadPdf } from './pdf/read-pdf'

const SMALL_PARTS = 300_000

/**
 * What a reader sees of a PDF, positions rounded to 0.01 pt (items without text left out: PDF.js
 * reports an empty one where a text object starts). `anyOrder`: the items of a page as a set (a
 * 核对稿's watermark is drawn after the footer at once, before it in parts).
 */
function seen(read: ReadPdf, anyOrder = false) {
  const items = (p: ReadPdf['pages'][number]) => {
    const all = p.items.filter((i) => i.str !== '').map((i) => `${i.str}@${i.x.toFixed(2)},${i.y.toFixed(2)}`)
    return anyOrder ? all.sort() : all
  }
  return {
    pageCount: read.pageCount,
    pages: read.pages.map((p) => ({ size: [p.width, p.height], items: items(p) })),
    outline: read.outline,
    links: read.links,
    info: read.info,
  }
}

async function bothWays(load: () => Promise<{ document: Parameters<typeof exportDocumentPdf>[0]; dir: string }>, draft = false): Promise<[ExportedPdf, ExportedPdf]> {
  const { document, dir } = await load()
  const mark = draft ? { errors: 1, warnings: 0 } : undefined
  const once = await exportDocumentPdf(document, dir, { partWeight: Number.POSITIVE_INFINITY }, FIXED_TIME, mark as never)
  const parts = await exportDocumentPdf(document, dir, { partWeight: SMALL_PARTS }, FIXED_TIME, mark as never)
  return [once, parts]
}

describe('a PDF written in parts', () => {
  it('splits a sample into several parts only when asked to, and a large document by default', async () => {
    const fonts = resolveFonts()
    const prepared = (document: BudgetDocument) => {
      const analysis = analyze(document.data, loadCatalog(document.templateYear))
      const narrative = buildNarrative(analysis.derivation, loadNarrativeTemplate(document.templateYear))
      const def = buildReport({ derivation: analysis.derivation, findings: analysis.findings, narrative, generatedAt: FIXED_TIME.toISOString() }, { charts: {}, attachments: [], performanceForms: performanceFormsForReport(analysis.derivation, { templateYear: document.templateYear }) })
      return preparePdf(def, fonts)
    }
    const sample = prepared(loadSample('004'))
    const content = (sample.docDefinition.content as unknown[]).slice(2)
    expect(groupSections(content, SMALL_PARTS).length).toBeGreaterThan(3)
    // Sections stay whole and in order.
    expect(groupSections(content, SMALL_PARTS).flatMap((p) => p.sections)).toEqual(content)
    // The weight is the JSON size, counted without writing it out.
    const ratio = weightOf(content) / JSON.stringify(content).length
    expect(ratio).toBeGreaterThan(0.9)
    expect(ratio).toBeLessThan(1.1)
    expect(partsOf(sample)).toBeUndefined()
    expect(partsOf(sample, SMALL_PARTS)?.length).toBeGreaterThan(1)
    const large = loadDocument(largeDepartmentText())
    if (!large.ok) throw new Error(large.message)
    expect(groupSections((prepared(large.document).docDefinition.content as unknown[]).slice(2), PART_WEIGHT).length).toBeGreaterThan(3)
  }, 120_000)

  for (const id of ['000', '004'] as const) {
    it(`prints sample ${id} as writing it at once does: pages, text, places, 目录, footers, links, bookmarks, information`, async () => {
      const [once, parts] = await bothWays(async () => ({ document: loadSample(id), dir: '.' }))
      expect(parts.read.pageCount).toBeGreaterThan(10)
      expect(seen(parts.read)).toEqual(seen(once.read))
      // The footer counts the whole document on the last page.
      const last = parts.read.pages.at(-1)?.items.map((i) => i.str).join('') ?? ''
      expect(last.replace(/\s/g, '')).toContain(`第${parts.read.pageCount}页/共${parts.read.pageCount}页`)
    }, 240_000)
  }

  it('keeps attachment pages, their bookmarks and the 核对稿 mark', async () => {
    const [once, parts] = await bothWays(documentWithAttachments, true)
    expect(seen(parts.read, true)).toEqual(seen(once.read, true))
    expect(parts.read.info.Subject).toContain('核对稿')
    expect(parts.read.outline.some((o) => o.title.includes('附件'))).toBe(true)
  }, 240_000)
})
