// The Word copy read by other programs: LibreOffice converts it to PDF without errors and the
// PDF's text (pdftotext) holds every table title, every nonzero figure of the JSON export and every
// 情况说明 sentence; LibreOffice re-saves it as .docx; python-docx opens it, saves it and opens
// the saved copy, with its tables, heading styles and landscape sections intact.
import { beforeAll, describe, expect, it } from 'vitest'
import { writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { tablesExport } from '../../electron/main/export/export-json'
import { narrativePartTitle } from '../../core/report/narrative'
import { TABLE_IDS } from '../../core/tables/table-model'
import { bodyTables, exportSampleDocx, part, SAMPLE_IDS, type ExportedDocx } from './docx/docx-sample'
import { libreofficeConvert, pdfText, pythonDocxRoundTrip, tempDir, type PythonDocxRead } from './docx/libreoffice'
import { missingFigures } from './xlsx-print'

const squeeze = (s: string) => s.replace(/\s+/g, '')

describe.each(SAMPLE_IDS)('Word copy of sample %s in LibreOffice and python-docx', (id) => {
  let d: ExportedDocx
  let file: string
  let text: string
  let pdfStderr: string
  let pages: number
  let landscape: number
  let resaved: string
  let py: PythonDocxRead

  beforeAll(async () => {
    d = await exportSampleDocx(id)
    const dir = tempDir(`docx-lo-${id}-`)
    file = join(dir, `sample-${id}.docx`)
    writeFileSync(file, d.bytes)
    const pdf = libreofficeConvert(file, 'pdf', join(dir, 'pdf'))
    pdfStderr = pdf.stderr
    text = pdfText(pdf.out)
    const { execFileSync } = await import('node:child_process')
    const info = execFileSync('pdfinfo', ['-f', '1', '-l', '9999', pdf.out], { encoding: 'utf8' })
    const sizes = [...info.matchAll(/^Page\s+\d+ size:\s+([\d.]+) x ([\d.]+) pts/gm)].map((m) => [Number(m[1]), Number(m[2])] as const)
    pages = sizes.length
    landscape = sizes.filter(([w, h]) => w > h).length
    for (const [w, h] of sizes) expect([Math.round(Math.min(w, h)), Math.round(Math.max(w, h))]).toEqual([595, 842])
    resaved = libreofficeConvert(file, 'docx:MS Word 2007 XML', join(dir, 'resaved')).out
    py = pythonDocxRoundTrip(file, join(dir, 'python-saved.docx'))
  })

  it('converts to PDF without errors, with landscape pages for the wide tables', () => {
    expect(pdfStderr).not.toMatch(/error/i)
    expect(pages).toBeGreaterThan(20)
    const wide = TABLE_IDS.filter((t) => d.analysis.derivation.tables[t].orientation === 'landscape').length
    expect(landscape).toBeGreaterThanOrEqual(wide)
    expect(text).toMatch(/第 \d+ 页 \/ 共 \d+ 页/)
  })

  it('prints every table title and every nonzero figure of the JSON export', () => {
    const json = tablesExport(d.analysis, '2026-03-01T08:00:00.000Z')
    const all = squeeze(text)
    for (const t of json.tables) expect(all, t.id).toContain(squeeze(t.title))
    expect(json.tables.flatMap((t) => missingFigures(t, text))).toEqual([])
  })

  it('prints every 情况说明 sentence and the glossary', () => {
    const n = d.narrative
    const expected = [narrativePartTitle(n), ...n.sections.flatMap((s) => [s.heading, ...s.blocks.flatMap((b) => (b.kind === 'paragraph' || b.kind === 'subheading' ? [b.text] : []))]), ...n.glossary.flatMap((g) => g.split('\n'))]
    // A paragraph that runs onto the next page has the page footer in the middle of its text.
    const all = squeeze(text.replace(/第 \d+ 页 \/ 共 \d+ 页/g, ''))
    expect(expected.map(squeeze).filter((s) => !all.includes(s))).toEqual([])
  })

  it('re-saves with LibreOffice and round-trips through python-docx', () => {
    expect(resaved.endsWith('.docx')).toBe(true)
    const again = pythonDocxRoundTrip(resaved, `${resaved}.py.docx`)
    expect(again.tables).toBe(bodyTables(part(d, 'word/document.xml')).length)
    expect(py.tables).toBe(bodyTables(part(d, 'word/document.xml')).length)
    expect(py.sections.length).toBe(d.sections.length)
    expect(py.sections.filter((s) => s.orientation === 1).length).toBe(d.sections.filter((s) => s.page.orientation === 'landscape').length)
    expect(py.paragraphs.filter((_, i) => py.styles[i] === 'Heading 1').map((p) => p.slice(0, 4))).toEqual(['第一部分', '第二部分', '第三部分', '第四部分'])
    expect(py.styles.filter((s) => s === 'Heading 2').length).toBe(d.narrative.sections.length + TABLE_IDS.length + 2)
    expect(again.paragraphs.filter((p) => p.trim() !== '').length).toBeGreaterThan(100)
  })
})
