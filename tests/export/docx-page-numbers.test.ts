// The page-number style of the document in the Word copy: GB/T 9704 `— N —` on the outer side
// (different odd and even footers) with gbt9704, `第 N 页 / 共 M 页` otherwise — as LibreOffice
// prints it.
import { writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { envelope, syntheticCarryoverDepartment } from '../builders/document-builder'
import { exportDocumentDocx, part } from './docx/docx-sample'
import { libreofficeConvert, pdfText, tempDir } from './docx/libreoffice'

const footerParts = (parts: Record<string, string>) => Object.entries(parts).filter(([n]) => /^word\/footer\d*\.xml$/.test(n))

describe('page-number style in the Word copy', () => {
  it('prints — N — right on odd and left on even pages with gbt9704', async () => {
    const data = syntheticCarryoverDepartment()
    data.settings.pageNumberStyle = 'gbt9704'
    const d = await exportDocumentDocx(envelope(data))
    expect(part(d, 'word/settings.xml')).toContain('<w:evenAndOddHeaders/>')
    const body = part(d, 'word/document.xml')
    const numbered = [...body.matchAll(/<w:sectPr\b[\s\S]*?<\/w:sectPr>/g)].map((m) => m[0]).filter((s) => s.includes('w:footerReference'))
    expect(numbered.length).toBe(d.sections.length - 1)
    for (const s of numbered) {
      expect(s).toMatch(/<w:footerReference w:type="default"/)
      expect(s).toMatch(/<w:footerReference w:type="even"/)
    }
    const footers = footerParts(d.parts).map(([, xml]) => xml)
    expect(footers.some((x) => x.includes('<w:jc w:val="right"/>'))).toBe(true)
    expect(footers.some((x) => x.includes('<w:jc w:val="left"/>'))).toBe(true)
    for (const x of footers) expect(x).not.toContain('第 ')

    const dir = tempDir('docx-pages-')
    const file = join(dir, 'gbt.docx')
    writeFileSync(file, d.bytes)
    const pages = pdfText(libreofficeConvert(file, 'pdf', join(dir, 'pdf')).out).split('\f').slice(0, -1)
    const marks = pages.map((p) => p.match(/—\s*(\d+)\s*—/)?.[1])
    // The cover has no page number; every other page has its own.
    expect(marks[0]).toBeUndefined()
    for (const [i, m] of marks.entries()) if (i > 0) expect(m, `page ${i + 1}`).toBe(String(i + 1))
    expect(pages.some((p) => /第 \d+ 页/.test(p))).toBe(false)
  })

  it('keeps 第 N 页 / 共 M 页 without the setting', async () => {
    const d = await exportDocumentDocx(envelope(syntheticCarryoverDepartment()))
    expect(part(d, 'word/settings.xml')).not.toContain('<w:evenAndOddHeaders/>')
    for (const [name, xml] of footerParts(d.parts)) expect(xml, name).toContain('第 ')
  })
})
