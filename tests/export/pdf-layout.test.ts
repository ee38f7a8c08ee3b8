// Nothing runs off the page or overlaps: every text run lies inside its page, and no two runs on
// one line cover the same stretch (a figure too wide for its cell would cover its neighbour).
import { describe, expect, it } from 'vitest'
import { envelope, syntheticCarryoverDepartment } from '../builders/document-builder'
import { exportDocumentPdf, exportSamplePdf, SAMPLE_IDS } from './pdf/export-sample'
import { compact, compactPageText, type TextItem } from './pdf/read-pdf'

function overlaps(items: readonly TextItem[]): string[] {
  const runs = items.filter((i) => i.str.trim() !== '' && i.width > 0)
  const out: string[] = []
  for (let a = 0; a < runs.length; a++) {
    for (let b = a + 1; b < runs.length; b++) {
      const p = runs[a] as TextItem
      const q = runs[b] as TextItem
      const sameLine = Math.abs(p.y - q.y) < Math.min(p.height, q.height) * 0.5
      const shared = Math.min(p.x + p.width, q.x + q.width) - Math.max(p.x, q.x)
      if (sameLine && shared > 0.5) out.push(`“${p.str}” × “${q.str}”`)
    }
  }
  return out
}

describe.each(SAMPLE_IDS)('PDF layout of sample %s', (id) => {
  it('keeps every text run inside the page and apart from the others', async () => {
    const { read } = await exportSamplePdf(id)
    for (const page of read.pages) {
      for (const i of page.items) {
        if (i.str.trim() === '') continue
        expect(i.x, `page ${page.page}: “${i.str}”`).toBeGreaterThanOrEqual(0)
        expect(i.x + i.width, `page ${page.page}: “${i.str}”`).toBeLessThanOrEqual(page.width + 0.5)
        expect(i.y, `page ${page.page}: “${i.str}”`).toBeGreaterThanOrEqual(0)
        expect(i.y + i.height, `page ${page.page}: “${i.str}”`).toBeLessThanOrEqual(page.height + 0.5)
      }
      expect(overlaps(page.items), `page ${page.page}`).toEqual([])
    }
  })
})

describe('PDF layout of long free text', () => {
  it('prints a 职责 paragraph longer than a page in full after its heading', async () => {
    const data = syntheticCarryoverDepartment()
    const sentence = (i: number) => `第${i}项职责：负责统筹推进全市政务服务体系和政务服务标准化建设，制定审批服务运行评价标准。`
    const duties = Array.from({ length: 40 }, (_, i) => sentence(i + 1)).join('')
    data.overview = { duties, organization: Array.from({ length: 30 }, (_, i) => `第${i + 1}股室：负责日常工作。`).join('\n') }
    const { read } = await exportDocumentPdf(envelope(data))
    const text = read.pages.map(compactPageText).join('')
    expect(text).toContain(compact(duties))
    for (let i = 1; i <= 30; i++) expect(text).toContain(`第${i}股室：负责日常工作。`)
  })
})
