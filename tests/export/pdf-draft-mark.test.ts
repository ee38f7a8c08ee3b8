// A PDF exported while the 发布前体检 finds errors is a 核对稿: every page carries the mark and the
// metadata says so; without errors nothing of the kind is printed.
import { describe, expect, it } from 'vitest'
import { DRAFT_MARK } from '../../core/report/draft-mark'
import { envelope, syntheticCarryoverDepartment } from '../builders/document-builder'
import { exportDocumentPdf } from './pdf/export-sample'
import { compact } from './pdf/read-pdf'

const pageText = (items: readonly { str: string }[]) => compact(items.map((i) => i.str).join(''))

describe('the 核对稿 mark', () => {
  it('prints the mark on every page and says so in the metadata when the 体检 has errors', async () => {
    const doc = envelope(syntheticCarryoverDepartment())
    const draft = await exportDocumentPdf(doc, '.', {}, undefined, { errors: 3 })
    expect(draft.read.pageCount).toBeGreaterThan(10)
    for (const p of draft.read.pages) expect(pageText(p.items), `page ${p.page}`).toContain(compact(DRAFT_MARK))
    expect((draft.read.info.Custom as Record<string, unknown> | undefined)?.ReviewStatus).toBe(`${DRAFT_MARK}（3 个错误）`)
    expect(String(draft.read.info.Subject)).toContain('核对稿')

    const final = await exportDocumentPdf(doc)
    for (const p of final.read.pages) expect(pageText(p.items), `page ${p.page}`).not.toContain(compact(DRAFT_MARK))
    expect(String(final.read.info.Subject)).not.toContain('核对稿')
  })
})
