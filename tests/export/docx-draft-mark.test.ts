// A Word copy exported while the 发布前体检 finds errors is a 核对稿 like the PDF and the workbook:
// every page (cover included) carries the mark in its header, as LibreOffice prints it, and the
// package's properties say so; the final copy carries none of it.
import { writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { DRAFT_MARK } from '../../core/report/draft-mark'
import { envelope, syntheticCarryoverDepartment } from '../builders/document-builder'
import { exportDocumentDocx, FIXED_TIME, part } from './docx/docx-sample'
import { libreofficeConvert, pdfText, tempDir } from './docx/libreoffice'

const squeeze = (s: string) => s.replace(/\s+/g, '')

describe('the 核对稿 mark in the Word copy', () => {
  it('prints the mark on every page and says so in the properties while the 体检 has errors', async () => {
    const doc = envelope(syntheticCarryoverDepartment())
    const draft = await exportDocumentDocx(doc, FIXED_TIME, { errors: 2 })
    const body = part(draft, 'word/document.xml')
    const sections = [...body.matchAll(/<w:sectPr\b[\s\S]*?<\/w:sectPr>/g)].map((m) => m[0])
    expect(sections.length).toBe(draft.sections.length)
    for (const [i, s] of sections.entries()) expect(s, `section ${i + 1}`).toMatch(/<w:headerReference w:type="default"/)
    const headers = Object.keys(draft.parts).filter((n) => /^word\/header\d*\.xml$/.test(n))
    expect(headers.length).toBeGreaterThan(0)
    for (const h of headers) expect(part(draft, h)).toContain(DRAFT_MARK)
    expect(part(draft, 'docProps/core.xml')).toMatch(/<dc:subject>[^<]*（核对稿）<\/dc:subject>/)
    expect(part(draft, 'docProps/custom.xml')).toContain('name="ReviewStatus"')
    expect(part(draft, 'docProps/custom.xml')).toContain(`${DRAFT_MARK}（2 个错误）`)

    const dir = tempDir('docx-draft-')
    const file = join(dir, 'draft.docx')
    writeFileSync(file, draft.bytes)
    const pages = pdfText(libreofficeConvert(file, 'pdf', join(dir, 'pdf')).out).split('\f').filter((p) => p.trim() !== '')
    expect(pages.length).toBeGreaterThan(10)
    for (const [i, p] of pages.entries()) expect(squeeze(p), `page ${i + 1}`).toContain(squeeze(DRAFT_MARK))

    const final = await exportDocumentDocx(doc, FIXED_TIME)
    for (const [name, xml] of Object.entries(final.parts)) expect(xml, name).not.toContain(DRAFT_MARK)
    expect(part(final, 'docProps/core.xml')).not.toContain('核对稿')
  })
})
