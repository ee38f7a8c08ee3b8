// The PDF's text layer, read as a checker reads it (pdfjs-dist, per page, with positions): real
// ideographs (no Kangxi radicals), every 情况说明 sentence verbatim, every table figure on that
// table's pages in row order — for all three samples.
import { describe, expect, it } from 'vitest'
import { TABLE_IDS } from '../../core/tables/table-model'
import { dominantSentence, narrativePartTitle } from '../../core/report/narrative'
import { exportSamplePdf, SAMPLE_IDS } from './pdf/export-sample'
import { compact, compactPageText, RADICALS } from './pdf/read-pdf'
import { expectedFigures, firstMissingInOrder, tablePageRanges, tokensOnPages } from './pdf/table-pages'

describe.each(SAMPLE_IDS)('PDF text of sample %s', (id) => {
  it('holds ideographs, never Kangxi or supplement radicals', async () => {
    const { read } = await exportSamplePdf(id)
    const all = read.pages.map((p) => p.items.map((i) => i.str).join('')).join('')
    expect(all).not.toMatch(RADICALS)
    // 门 (U+95E8), 支 (U+652F) and 一 (U+4E00) are the usual victims (⻔ U+2EC6, ⽀ U+2F40, ⼀ U+2F00).
    for (const ch of ['门', '支', '一', '部', '预算']) expect(all).toContain(ch)
  })

  it('prints every sentence of the narrative and the glossary exactly', async () => {
    const { read, narrative } = await exportSamplePdf(id)
    const text = read.pages.map(compactPageText).join('')
    const expected = [
      narrativePartTitle(narrative),
      ...narrative.sections.flatMap((s) => [s.heading, ...s.blocks.flatMap((b) => (b.kind === 'paragraph' || b.kind === 'subheading' ? [b.text] : b.kind === 'chart' && b.chart.items.length > 0 ? [dominantSentence(b.chart) ?? b.chart.caption] : []))]),
      ...narrative.glossary.flatMap((g) => g.split('\n')),
    ]
    const missing = expected.map(compact).filter((s) => !text.includes(s))
    expect(missing).toEqual([])
    // The sections follow each other in order.
    const positions = narrative.sections.map((s) => text.indexOf(compact(s.heading), text.indexOf(compact(narrativePartTitle(narrative)))))
    expect([...positions].sort((a, b) => a - b)).toEqual(positions)
  })

  it('prints every table figure on that table’s pages, in row order', async () => {
    const { read, analysis, narrative } = await exportSamplePdf(id)
    const tables = analysis.derivation.tables
    const ranges = tablePageRanges(read, tables, narrativePartTitle(narrative))
    for (const r of ranges) {
      expect(r.last, `${r.id} pages`).toBeGreaterThanOrEqual(r.first)
      const figures = expectedFigures(tables, r.id)
      const tokens = tokensOnPages(read, r.first, r.last)
      const missing = firstMissingInOrder(tokens, figures)
      expect(missing, `${r.id}: figure #${missing} ${figures[missing]} not found in order on pages ${r.first}–${r.last}`).toBe(-1)
      // Title, label and 单位 line are on the table's first page.
      const first = compactPageText(read.pages[r.first - 1] as never)
      expect(first).toContain(compact(tables[r.id].title))
      expect(first).toContain(tables[r.id].label)
      expect(first).toContain('单位：万元')
      if (tables[r.id].empty) expect(tokensOnPages(read, r.first, r.last).join('')).toContain('注：本表无数据')
    }
    expect(ranges.map((r) => r.id)).toEqual([...TABLE_IDS])
  })

  it('names the department on the cover and the document in the metadata', async () => {
    const { read, analysis } = await exportSamplePdf(id)
    const dept = analysis.derivation.data.department
    const cover = compactPageText(read.pages[0] as never)
    expect(cover).toBe(compact(`${dept.displayName}${dept.budgetYear}年度部门预算公开`))
    expect(read.info.Title).toBe(`${dept.displayName}${dept.budgetYear}年度部门预算公开`)
    expect(read.info.Author).toBe(dept.displayName)
    expect(read.info.CreationDate).toBe('D:20260301080000Z')
  })
})
