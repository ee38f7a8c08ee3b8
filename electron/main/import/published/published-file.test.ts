// The app's own PDFs of the three samples read back as "last year's published file": the draft's
// prior-year figures equal the figures the PDF prints (the exporter's derived tables), exactly as
// rolling the app document over would fill them. A .docx made from a seed's text reads the same as
// the text. Damaged, foreign and oversized files are refused in Chinese.
import { execFileSync } from 'node:child_process'
import { Document, Packer, Paragraph, Table, TableCell, TableRow, WidthType } from 'docx'
import { PDFDocument, StandardFonts } from 'pdf-lib'
import { describe, expect, it } from 'vitest'
import { draftFromPublished, readPublished } from '../../../../core/published'
import { priorFiguresOf, rollOver } from '../../../../core/rollover'
import { catalogFor } from '../../../../tests/builders/catalog'
import { exportSamplePdf, SAMPLE_IDS } from '../../../../tests/export/pdf/export-sample'
import { loadSample } from '../../../../tests/samples/sample-files'
import { readSeedText, SEED_FILES } from '../../../../tests/seeds/seed-files'
import { PUBLISHED_FILE_LIMITS, publishedFileText, readPublishedFile } from './published-file'

async function readBack(bytes: Uint8Array, name: string) {
  const r = await readPublishedFile(bytes, name)
  if (!r.ok) throw new Error(r.message)
  return r
}

describe.each(SAMPLE_IDS)('the exported PDF of sample %s read back', (id) => {
  it('gives a draft whose prior-year figures are the PDF’s printed figures', async () => {
    const { bytes, analysis } = await exportSamplePdf(id)
    const r = await readBack(bytes, `${id}.pdf`)
    expect(r.kind).toBe('pdf')
    const data = analysis.derivation.data
    const year = data.department.budgetYear
    expect(r.reading.year).toBe(year)
    expect(r.reading.tablesFound).toHaveLength(13)
    const draft = draftFromPublished(r.reading, year + 1)
    if (!draft.ok) throw new Error(draft.message)
    // Figure by figure: what rolling the app document over would fill, from the same printed tables.
    const printed = priorFiguresOf(analysis)
    expect(draft.report.priorFigures.map((f) => [f.id, f.prior])).toEqual(expect.arrayContaining(printed.map((f) => [f.id, f.prior])))
    for (const f of printed) {
      const found = r.reading.figures.find((x) => x.id === f.id)
      expect(found?.where.page, f.id).toBeGreaterThan(1)
      expect(found?.where.table, f.id).toBeDefined()
    }
    const d = draft.document.data
    expect(d.department).toMatchObject({ displayName: data.department.displayName, plainName: data.department.plainName, code: data.department.code, level: data.department.level, regionName: data.department.regionName, budgetYear: year + 1 })
    expect(d.overview.duties.replace(/\n/g, '')).toBe(data.overview.duties.replace(/\n/g, ''))
    expect(d.overview.organization.replace(/\n/g, '')).toBe(data.overview.organization.replace(/\n/g, ''))
    expect(d.units.map((u) => u.name)).toEqual(data.units.map((u) => u.name))
    // Types are taken where the PDF prints them; elsewhere flagged for checking.
    const unitItems = draft.report.sections[0]?.items.filter((i) => i.label.startsWith('单位：')) ?? []
    d.units.forEach((u, i) => {
      if (!unitItems[i]?.needsCheck) expect(u.type).toBe(data.units[i]?.type)
    })
    expect(d.lines).toEqual([])
    expect(draft.report.contradictions).toEqual([])
  })

  it('reads the form texts whose labels the PDF wraps and centres (suggestions for this year)', async () => {
    const { bytes, analysis } = await exportSamplePdf(id)
    const r = await readBack(bytes, `${id}.pdf`)
    const data = analysis.derivation.data
    const squash = (t: string) => t.replace(/\s/g, '')
    const unique = data.projects.filter((p) => data.projects.filter((q) => q.name === p.name).length === 1)
    let compared = 0
    for (const form of r.reading.projects.forms) {
      const project = unique.find((p) => p.name === form.name)
      const printed = data.performance.projectForms.find((f) => f.projectId === project?.id)
      if (!printed) continue
      for (const k of ['overview', 'basis', 'necessity', 'measures', 'plan'] as const) {
        expect(squash(form.texts[k] ?? ''), `${form.name} ${k}`).toBe(squash(printed[k]))
        compared++
      }
    }
    expect(compared).toBeGreaterThanOrEqual(50)
  })

  it('keeps every project rolling over would keep', async () => {
    const { bytes, analysis } = await exportSamplePdf(id)
    const r = await readBack(bytes, `${id}.pdf`)
    const year = analysis.derivation.data.department.budgetYear
    const draft = draftFromPublished(r.reading, year + 1)
    if (!draft.ok) throw new Error(draft.message)
    const rolled = rollOver(loadSample(id), analysis, year + 1, { prior: catalogFor(year), target: catalogFor(year) })
    if (!rolled.ok) throw new Error(rolled.message)
    expect(draft.document.data.comparisons).toEqual(rolled.document.data.comparisons)
    const names = draft.document.data.projects.map((p) => p.name)
    for (const p of rolled.report.keptProjects) expect(names).toContain(p.name)
  })
})

/** A .docx the way a Word-published disclosure holds it: paragraphs, and tables for tab lines. */
async function docxFromText(text: string): Promise<Uint8Array> {
  const children: (Paragraph | Table)[] = []
  let rows: TableRow[] = []
  const flush = () => {
    if (rows.length > 0) children.push(new Table({ rows, width: { size: 100, type: WidthType.PERCENTAGE } }))
    rows = []
  }
  for (const line of text.split('\n')) {
    if (line.includes('\t')) rows.push(new TableRow({ children: line.split('\t').map((c) => new TableCell({ children: [new Paragraph(c)] })) }))
    else {
      flush()
      children.push(new Paragraph(line))
    }
  }
  flush()
  return new Uint8Array(await Packer.toBuffer(new Document({ sections: [{ children }] })))
}

describe('a .docx of the published text', () => {
  it.each(['000', '004'] as const)('seed %s reads the same figures, units and projects as its text', async (id) => {
    const text = readSeedText(id)
    const fromText = readPublished(text)
    if (!fromText.ok) throw new Error(fromText.message)
    const r = await readBack(await docxFromText(text), `${id}.docx`)
    expect(r.kind).toBe('docx')
    expect(r.reading.figures.map((f) => [f.id, f.value])).toEqual(fromText.reading.figures.map((f) => [f.id, f.value]))
    expect(r.reading.organization.units).toEqual(fromText.reading.organization.units.map((u) => ({ ...u, where: expect.anything() })))
    expect(r.reading.projects.projects.map((p) => p.name)).toEqual(fromText.reading.projects.projects.map((p) => p.name))
    expect(r.reading.organization.duties?.text).toBe(fromText.reading.organization.duties?.text)
  })
})

describe('a text file saved as GBK (older office PCs)', () => {
  it('reads the same figures as the UTF-8 text', async () => {
    const gbk = execFileSync('python3', ['-c', 'import sys; sys.stdout.buffer.write(open(sys.argv[1], encoding="utf-8").read().encode("gb18030"))', SEED_FILES['000'].path])
    const fromText = readPublished(readSeedText('000'))
    if (!fromText.ok) throw new Error(fromText.message)
    const r = await readBack(new Uint8Array(gbk), '2025.txt')
    expect(r.kind).toBe('text')
    expect(r.reading.figures.map((f) => [f.id, f.value])).toEqual(fromText.reading.figures.map((f) => [f.id, f.value]))
  })
})

describe('refusals', () => {
  it('a damaged PDF', async () => {
    const { bytes } = await exportSamplePdf('000')
    const r = await readPublishedFile(bytes.subarray(0, 3000), '上年公开.pdf')
    expect(r.ok).toBe(false)
    if (!r.ok) expect(r.message).toBe('“上年公开.pdf”不是有效的 PDF 文件或已损坏，无法读取。请重新下载上年公开文件后再试')
  })

  it('a PDF that is not a 部门预算公开', async () => {
    const pdf = await PDFDocument.create()
    const font = await pdf.embedFont(StandardFonts.Helvetica)
    const page = pdf.addPage()
    for (let i = 0; i < 20; i++) page.drawText(`Quarterly sales report 2025, line ${i}`, { x: 50, y: 780 - i * 20, size: 12, font })
    const r = await readPublishedFile(await pdf.save(), '报告.pdf')
    expect(r.ok).toBe(false)
    if (!r.ok) expect(r.message).toMatch(/^“报告.pdf”：未能识别为部门预算公开文件/)
  })

  it('a PDF without a text layer (a scan)', async () => {
    const pdf = await PDFDocument.create()
    pdf.addPage()
    const r = await readPublishedFile(await pdf.save(), '扫描件.pdf')
    expect(r.ok).toBe(false)
    if (!r.ok) expect(r.message).toContain('没有可读取的文字（可能是扫描件或图片）')
  })

  it('old Word, a zip that is not Word, binary data, an empty file', async () => {
    const ole = new Uint8Array([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 1, 2, 3])
    const results = await Promise.all([
      publishedFileText(ole, 'a.doc'),
      publishedFileText(new Uint8Array([0x50, 0x4b, 0x03, 0x04, 9, 9, 9, 9]), 'b.docx'),
      publishedFileText(new Uint8Array([1, 0, 2, 0, 255, 254]), 'c.bin'),
      publishedFileText(new Uint8Array(), 'd.txt'),
    ])
    expect(results.map((r) => (r.ok ? '' : r.message))).toEqual([
      '“a.doc”是旧版 Word（.doc）或其他 Office 文件，无法直接读取。请在 Word 或 WPS 中另存为 .docx 或 PDF 后再选择',
      '“b.docx”已损坏，无法作为 Word 文档（.docx）读取',
      '“c.bin”既不是 PDF、Word 文档（.docx），也不是文本文件，无法读取',
      '“d.txt”是空文件',
    ])
  })

  it('files over the size, page or time limit', async () => {
    const { bytes } = await exportSamplePdf('000')
    const big = await publishedFileText(bytes, 'big.pdf', { ...PUBLISHED_FILE_LIMITS, maxBytes: 1000 })
    expect(big.ok ? '' : big.message).toContain('超过')
    const long = await publishedFileText(bytes, 'long.pdf', { ...PUBLISHED_FILE_LIMITS, maxPages: 10 })
    expect(long.ok ? '' : long.message).toBe('“long.pdf”超过10页，不像一份部门预算公开文件')
    const slow = await publishedFileText(bytes, 'slow.pdf', { ...PUBLISHED_FILE_LIMITS, timeoutMs: 1 })
    expect(slow.ok ? '' : slow.message).toBe('读取“slow.pdf”超过1秒仍未完成，已停止：文件可能过大或已损坏')
  })
})
