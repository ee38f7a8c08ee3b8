// Page numbers as a document setting: `第 N 页 / 共 M 页` by default, GB/T 9704's `— N —` (odd pages
// right, even pages left) when settings.pageNumberStyle is `gbt9704`.
import { describe, expect, it } from 'vitest'
import { envelope, syntheticCarryoverDepartment } from '../builders/document-builder'
import { exportDocumentPdf } from './pdf/export-sample'
import { compact, compactPageText } from './pdf/read-pdf'

describe('page-number style', () => {
  it('prints — N — on the outer side of each numbered page with gbt9704, and strips it like the default footer', async () => {
    const data = syntheticCarryoverDepartment()
    data.settings.pageNumberStyle = 'gbt9704'
    const { read } = await exportDocumentPdf(envelope(data))
    const numbered = read.pages.filter((p) => p.items.some((i) => /^—\s*\d+\s*—$/.test(i.str.trim())))
    expect(numbered.length).toBeGreaterThan(read.pageCount - 3)
    for (const p of numbered) {
      const item = p.items.find((i) => /^—\s*\d+\s*—$/.test(i.str.trim()))!
      expect(compact(item.str)).toBe(`—${p.page}—`)
      if (p.page % 2 === 1) expect(item.x, `page ${p.page}`).toBeGreaterThan(p.width / 2)
      else expect(item.x + item.width, `page ${p.page}`).toBeLessThan(p.width / 2)
      expect(compactPageText(p)).not.toContain(`—${p.page}—`)
    }
    expect(read.pages.some((p) => p.items.some((i) => /第 \d+ 页/.test(i.str)))).toBe(false)
  })

  it('keeps 第 N 页 / 共 M 页 when the setting is absent', async () => {
    const { read } = await exportDocumentPdf(envelope(syntheticCarryoverDepartment()))
    const footers = read.pages.flatMap((p) => p.items.filter((i) => /^第 \d+ 页 \/ 共 \d+ 页$/.test(i.str)))
    expect(footers.length).toBeGreaterThan(read.pageCount - 3)
  })
})
