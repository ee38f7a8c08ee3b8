// The officer's PDF attachments are merged at their place after 十二 (pdf-lib), with their own
// bookmarks; the 目录, its links and the bookmarks made by pdfmake still point to the right pages.
import { mkdtempSync, readdirSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join, relative } from 'node:path'
import { describe, expect, it } from 'vitest'
import { analyze } from '../../core/rules/analyze'
import { WRITERS } from '../../electron/main/export'
import { exportWithAudit } from '../../electron/main/export/export-with-audit'
import { attachmentRefused } from '../../electron/main/export/pdf/attachment-access'
import { loadCatalog } from '../../electron/main/templates/catalog-loader'
import { GLOSSARY_TITLE } from '../../core/report/glossary'
import { exportDocumentPdf, type ExportedPdf } from './pdf/export-sample'
import { CATALOGUE_PAGES, CATALOGUE_TITLE, documentWithAttachments, fixturePdf, OTHER_PAGES, OTHER_TITLE } from './pdf/attachment-fixture'
import { compact, compactPageText } from './pdf/read-pdf'
import { printedToc } from './pdf/toc-lines'
import { envelope, syntheticCarryoverDepartment } from '../builders/document-builder'

let exported: Promise<ExportedPdf> | undefined
function withAttachments(): Promise<ExportedPdf> {
  exported ??= documentWithAttachments().then(({ document, dir }) => exportDocumentPdf(document, dir))
  return exported
}

function pageWith(e: ExportedPdf, marker: string): number {
  const p = e.read.pages.find((pg) => pg.items.some((i) => i.str.includes(marker)))
  return p ? p.page : -1
}

describe('PDF attachments', () => {
  it('appends every attachment page in its slot of 十二, the same size, without a footer', async () => {
    const e = await withAttachments()
    const plain = await exportDocumentPdf(envelope(syntheticCarryoverDepartment()))
    // The attachments' pages, plus one page at most: the text after a catalogue starts a new page.
    const added = e.read.pageCount - plain.read.pageCount - CATALOGUE_PAGES.length - OTHER_PAGES.length
    expect(added).toBeGreaterThanOrEqual(0)
    expect(added).toBeLessThanOrEqual(1)
    // No page is blank: each holds more than the running footer.
    for (const p of e.read.pages) expect(compactPageText(p), `page ${p.page}`).not.toBe('')
    const pages = [...CATALOGUE_PAGES, ...OTHER_PAGES].map((p) => pageWith(e, p.marker))
    expect(pages.every((p) => p > 0)).toBe(true)
    expect(pages).toEqual([...pages].sort((a, b) => a - b))
    const other = e.read.outline.find((o) => o.title === '（二）其他')?.page as number
    const glossary = e.read.outline.find((o) => o.title === GLOSSARY_TITLE)?.page as number
    // 十二（一）'s catalogue comes before （二）其他, the 'other' attachment after it, both before 第四部分.
    expect(pages[1]).toBeLessThanOrEqual(other)
    expect(pages[2]).toBeGreaterThan(other)
    expect(pages[2]).toBeLessThan(glossary)
    for (const p of pages) expect(e.read.pages[p - 1]?.items.map((i) => i.str).join('')).not.toMatch(/第\s*\d+\s*页/)
  })

  it('keeps page sizes, turning a rotated page the way it is displayed', async () => {
    const e = await withAttachments()
    const { PDFDocument } = await import('pdf-lib')
    const doc = await PDFDocument.load(e.bytes)
    const size = (marker: string) => doc.getPage(pageWith(e, marker) - 1).getSize()
    expect(size('CATALOGUE-A PAGE 1')).toEqual({ width: 595.28, height: 841.89 })
    expect(size('CATALOGUE-A PAGE 2')).toEqual({ width: 841.89, height: 595.28 })
    expect(size('OTHER-B PAGE 1')).toEqual({ width: 612, height: 792 })
  })

  it('adds a bookmark per attachment under 十二, on its first page', async () => {
    const e = await withAttachments()
    const twelve = e.read.outline.findIndex((o) => o.title === '十二、其他说明')
    const children = e.read.outline.slice(twelve + 1).filter((o) => o.depth === 2)
    expect(children.map((c) => c.title)).toEqual(expect.arrayContaining([CATALOGUE_TITLE, OTHER_TITLE]))
    expect(e.read.outline.find((o) => o.title === CATALOGUE_TITLE)?.page).toBe(pageWith(e, 'CATALOGUE-A PAGE 1'))
    expect(e.read.outline.find((o) => o.title === OTHER_TITLE)?.page).toBe(pageWith(e, 'OTHER-B PAGE 1'))
  })

  it('keeps the 目录 numbers, its links and pdfmake’s bookmarks right after merging', async () => {
    const e = await withAttachments()
    const tocPage = e.read.outline.find((o) => o.title === '目录')?.page as number
    const firstPart = e.read.outline.find((o) => o.depth === 0 && o.title !== '目录')?.page as number
    const printed = printedToc(e.read, tocPage, firstPart - 1)
    expect(printed.map((p) => p.text)).toEqual(e.definition.toc.map((t) => compact(t.text)))
    for (const [i, t] of e.definition.toc.entries()) {
      const page = await e.read.destinationPage(t.id)
      expect(printed[i]?.page, t.text).toBe(page)
      expect(compactPageText(e.read.pages[(page as number) - 1] as never), t.text).toContain(compact(t.text.replace(/^表[一二三四五六七八九十]+(?=\d{4}年)/, '')))
    }
    const tocTargets = new Set(e.read.links.filter((l) => l.page >= tocPage && l.page < firstPart).map((l) => l.target))
    expect(tocTargets).toEqual(new Set(printed.map((p) => p.page)))
    expect(e.read.info.Title).toBe('示例局2026年度部门预算公开')
  })

  it('refuses a missing attachment file with the attachment’s name', async () => {
    const { document, dir } = await documentWithAttachments()
    document.data.attachments[0]!.path = '附件/不存在.pdf'
    await expect(exportDocumentPdf(document, dir)).rejects.toThrow(attachmentRefused(CATALOGUE_TITLE))
  })

  it('refuses a path out of 附件 (existing or not, absolute or ../) with the same message and writes nothing', async () => {
    const { document, dir } = await documentWithAttachments()
    const outside = mkdtempSync(join(tmpdir(), 'pdf-attach-outside-'))
    writeFileSync(join(outside, 'secret.pdf'), await fixturePdf(OTHER_PAGES))
    const analysis = analyze(document.data, loadCatalog(document.templateYear))
    for (const path of [join(outside, 'secret.pdf'), relative(dir, join(outside, 'secret.pdf')), relative(dir, join(outside, 'none.pdf')), '/etc/shadow', '/dev/zero']) {
      document.data.attachments[0]!.path = path
      const outDir = mkdtempSync(join(tmpdir(), 'pdf-attach-out-'))
      const req = { document, analysis, outDir, baseName: 'x', generatedAt: new Date('2026-01-01T00:00:00Z'), documentDir: dir, audit: false }
      await expect(exportWithAudit(req, ['xlsx', 'pdf'], WRITERS), path).rejects.toThrow(attachmentRefused(CATALOGUE_TITLE))
      expect(readdirSync(outDir), path).toEqual([])
    }
  })

  it('lists the attachments, checked, before writing any file', async () => {
    const { document, dir } = await documentWithAttachments()
    const analysis = analyze(document.data, loadCatalog(document.templateYear))
    const outDir = mkdtempSync(join(tmpdir(), 'pdf-attach-out-'))
    const seen: string[][] = []
    const outcome = await exportWithAudit({ document, analysis, outDir, baseName: 'x', generatedAt: new Date('2026-01-01T00:00:00Z'), documentDir: dir, audit: false }, ['pdf'], WRITERS, {
      onAttachments: () => seen.push(readdirSync(outDir)),
    })
    expect(seen).toEqual([[]])
    expect(outcome.attachments).toEqual([
      { title: CATALOGUE_TITLE, path: '附件/catalogue.pdf', pages: 2 },
      { title: OTHER_TITLE, path: '附件/other.pdf', pages: 1 },
    ])
  })
})
