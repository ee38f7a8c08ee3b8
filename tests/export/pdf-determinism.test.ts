// Same document and same export time → the same bytes (pdfmake dates fixed from generatedAt, the
// font subset prefix is stable, pdf-lib's merge keeps the metadata). A different time changes them.
import { describe, expect, it } from 'vitest'
import { loadSample } from '../samples/sample-files'
import { documentWithAttachments } from './pdf/attachment-fixture'
import { exportDocumentPdf, FIXED_TIME } from './pdf/export-sample'

describe('PDF determinism', () => {
  it('gives byte-identical output for the same document and export time', async () => {
    const doc = loadSample('000')
    const a = await exportDocumentPdf(doc)
    const b = await exportDocumentPdf(doc)
    expect(Buffer.from(a.bytes).equals(Buffer.from(b.bytes))).toBe(true)
    const later = await exportDocumentPdf(doc, '.', {}, new Date(FIXED_TIME.getTime() + 86_400_000))
    expect(Buffer.from(later.bytes).equals(Buffer.from(a.bytes))).toBe(false)
    expect(later.read.info.CreationDate).toBe('D:20260302080000Z')
  })

  it('stays byte-identical when attachments are merged in', async () => {
    const { document, dir } = await documentWithAttachments()
    const a = await exportDocumentPdf(document, dir)
    const b = await exportDocumentPdf(document, dir)
    expect(Buffer.from(a.bytes).equals(Buffer.from(b.bytes))).toBe(true)
    expect(a.read.info.ModDate).toBe('D:20260301080000Z')
    expect(a.read.info.Author).toBe('示例局')
  })
})
