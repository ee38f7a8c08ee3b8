// The Word copy's package, read straight from its XML parts: headings and 目录 as the PDF lists
// them, the 13 tables as real Word tables (header rows repeated and merged as published, rows not
// split, figures right-aligned with two decimals, zero and blank cells empty, landscape sections for
// wide tables), the performance forms, 公文 fonts with fallbacks, page numbers, and the export's
// self-audit of the document.xml.
import { strToU8, unzipSync, zipSync } from 'fflate'
import { describe, expect, it } from 'vitest'
import { formatTableCell } from '../../core/money/format'
import { formText } from '../../core/performance/form-model'
import { buildAllFormModels } from '../../core/performance/forms'
import { buildReport, documentTitle } from '../../core/report'
import { GLOSSARY_TITLE } from '../../core/report/glossary'
import { TEXT_MARGINS } from '../../core/report/styles'
import { TABLE_IDS, type TableModel } from '../../core/tables/table-model'
import { auditDocxBytes } from '../../electron/main/export/audit/audit-docx'
import { docxParagraphs, unescapeXml } from '../../electron/main/export/audit/read-docx-text'
import { attachmentNote } from '../../electron/main/export/docx/narrative'
import { twip } from '../../electron/main/export/docx/styles'
import { loadSample } from '../samples/sample-files'
import { bodyTables, exportDocumentDocx, exportSampleDocx, part, rows, SAMPLE_IDS, type ExportedDocx } from './docx/docx-sample'

const cellTexts = (rowXml: string) => [...rowXml.matchAll(/<w:tc>([\s\S]*?)<\/w:tc>/g)].map((m) => [...(m[1] as string).matchAll(/<w:t(?:\s[^>]*)?>([^<]*)<\/w:t>/g)].map((t) => unescapeXml(t[1] as string)).join(''))
const cells = (rowXml: string) => [...rowXml.matchAll(/<w:tc>([\s\S]*?)<\/w:tc>/g)].map((m) => m[1] as string)

/** The first Word table after the heading paragraph that prints `title`, and the section it lies in. */
function tableAfter(xml: string, title: string): { table: string; sectPr: string } {
  const heading = xml.indexOf(`>${title.replace(/&/g, '&amp;').replace(/"/g, '&quot;')}</w:t>`)
  if (heading < 0) throw new Error(`no heading ${title}`)
  const start = xml.indexOf('<w:tbl>', heading)
  const table = bodyTables(xml.slice(start))[0] as string
  const sect = xml.indexOf('<w:sectPr', start)
  return { table, sectPr: xml.slice(sect, xml.indexOf('</w:sectPr>', sect)) }
}

function expectedHeadings(d: ExportedDocx): string[] {
  const { derivation, findings } = d.analysis
  const toc = buildReport({ derivation, findings, narrative: d.narrative, generatedAt: '' }, { charts: {}, attachments: [], performanceForms: [] }).toc
  return toc.map((e) => (e.id.startsWith('table-') ? derivation.tables[e.id.slice('table-'.length) as TableModel['id']].title : e.text))
}

describe.each(SAMPLE_IDS)('Word copy of sample %s', (id) => {
  it('has the PDF’s headings, in its order, as Word heading styles, and a TOC field that updates on open', async () => {
    const d = await exportSampleDocx(id)
    const xml = part(d, 'word/document.xml')
    const headings = docxParagraphs(xml).filter((p) => /^Heading[123]$/.test(p.style ?? ''))
    expect(headings.map((p) => p.text)).toEqual(expectedHeadings(d))
    expect(headings.filter((p) => p.style === 'Heading1').map((p) => p.text.slice(0, 4))).toEqual(['第一部分', '第二部分', '第三部分', '第四部分'])
    expect(xml).toMatch(/<w:docPartGallery w:val="Table of Contents"\/>[\s\S]*?<w:instrText[^>]*>TOC \\h \\o &quot;1-3&quot;<\/w:instrText>/)
    expect(part(d, 'word/settings.xml')).toMatch(/<w:updateFields(?: w:val="(?:true|1)")?\/>/)
    // Styles the 目录 field and Word's navigation pane use.
    const styles = part(d, 'word/styles.xml')
    for (const s of ['Heading1', 'Heading2', 'Heading3', 'TOC1', 'TOC2', 'TOC3']) expect(styles).toContain(`w:styleId="${s}"`)
  })

  it('prints the cover, and every page but the cover carries 第 N 页 / 共 M 页', async () => {
    const d = await exportSampleDocx(id)
    const xml = part(d, 'word/document.xml')
    const data = d.analysis.derivation.data
    const ps = docxParagraphs(xml)
    expect(ps.slice(0, 2).map((p) => p.text).join('')).toBe(documentTitle(data.department.displayName, data.department.budgetYear))
    const sects = [...xml.matchAll(/<w:sectPr[\s\S]*?<\/w:sectPr>/g)].map((m) => m[0])
    expect(sects.length).toBe(d.sections.length)
    expect(sects[0]).not.toContain('w:footerReference')
    for (const s of sects.slice(1)) expect(s).toContain('<w:footerReference w:type="default"')
    const footers = Object.keys(d.parts).filter((n) => /^word\/footer\d+\.xml$/.test(n))
    expect(footers.length).toBe(sects.length - 1)
    for (const f of footers) {
      const text = part(d, f)
      expect(text).toMatch(/第 [\s\S]*PAGE[\s\S]* 页 \/ 共 [\s\S]*NUMPAGES[\s\S]* 页/)
    }
    // A4 everywhere; the text pages have the 公文 margins of the PDF.
    for (const s of sects) expect(s).toMatch(/<w:pgSz w:w="(11906|16838)" w:h="(16838|11906)"/)
    expect(sects[0]).toContain(`w:left="${twip(TEXT_MARGINS[0])}"`)
    expect(sects[0]).toContain(`w:top="${twip(TEXT_MARGINS[1])}"`)
  })

  it('prints the 13 tables as Word tables: merged header rows that repeat, unsplittable rows, figures as published', async () => {
    const d = await exportSampleDocx(id)
    const xml = part(d, 'word/document.xml')
    for (const tid of TABLE_IDS) {
      const t = d.analysis.derivation.tables[tid]
      const { table, sectPr } = tableAfter(xml, t.title)
      const trs = rows(table)
      expect(trs.length, tid).toBe(t.headerRowCount + t.rows.length)
      expect([...table.matchAll(/<w:gridCol /g)].length, tid).toBe(t.columns.length)
      trs.forEach((tr, i) => {
        expect(tr, `${tid} row ${i}`).toContain('<w:cantSplit/>')
        expect(tr.includes('<w:tblHeader/>'), `${tid} row ${i}`).toBe(i < t.headerRowCount)
      })
      const head = trs.slice(0, t.headerRowCount).join('')
      expect([...head.matchAll(/<w:gridSpan w:val="(\d+)"\/>/g)].map((m) => Number(m[1])).sort(), tid).toEqual(
        t.header.filter((h) => h.colSpan > 1).flatMap((h) => new Array<number>(h.rowSpan).fill(h.colSpan)).sort(),
      )
      expect([...head.matchAll(/<w:vMerge w:val="restart"\/>/g)].length, tid).toBe(t.header.filter((h) => h.rowSpan > 1).length)
      expect(head.replace(/<[^>]+>/g, ''), tid).toBe(t.header.map((h) => h.text).join('').replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;').replace(/>/g, '&gt;'))
      t.rows.forEach((r, i) => {
        const tr = trs[t.headerRowCount + i] as string
        const printed = cellTexts(tr)
        const xmlCells = cells(tr)
        r.cells.forEach((c, k) => {
          if (c === null) expect(printed[k], `${tid} ${r.key} ${k}`).toBe('')
          else if (c.kind === 'text') expect(printed[k], `${tid} ${r.key} ${k}`).toBe(c.text)
          else {
            expect(printed[k], `${tid} ${r.key} ${k}`).toBe(formatTableCell(c.value))
            if (c.value !== 0) expect(xmlCells[k], `${tid} ${r.key} ${k}`).toContain('<w:jc w:val="right"/>')
            if (c.value !== 0) expect(printed[k]).toMatch(/^-?\d+\.\d\d$/)
          }
        })
      })
      expect(sectPr.includes('w:orient="landscape"'), tid).toBe(t.orientation === 'landscape')
    }
    expect(TABLE_IDS.some((tid) => d.analysis.derivation.tables[tid].orientation === 'landscape')).toBe(true)
  })

  it('prints every performance form as tables, with all its texts', async () => {
    const d = await exportSampleDocx(id)
    const ps = docxParagraphs(part(d, 'word/document.xml'))
    const forms = buildAllFormModels(d.analysis.derivation, { templateYear: d.document.templateYear })
    expect(ps.filter((p) => p.style === 'FormTitle').length).toBe(forms.length)
    const text = ps.map((p) => p.text).join('\n').replace(/\s+/g, '')
    for (const f of forms) for (const s of formText(f)) expect(text, `${f.key}: ${s}`).toContain(s.replace(/\s+/g, ''))
  })

  it('names the 公文 fonts for East-Asian text, with the faces Word falls back to', async () => {
    const d = await exportSampleDocx(id)
    const styles = part(d, 'word/styles.xml')
    for (const f of ['仿宋_GB2312', '黑体', '宋体']) expect(styles).toContain(`w:eastAsia="${f}"`)
    const fonts = part(d, 'word/fontTable.xml')
    expect(fonts).toContain('<w:font w:name="仿宋_GB2312"><w:altName w:val="仿宋"/>')
    expect(fonts).toContain('<w:font w:name="黑体"><w:altName w:val="SimHei"/>')
    expect(fonts).toContain('<w:font w:name="宋体"><w:altName w:val="SimSun"/>')
  })

  it('passes the self-audit, which reads document.xml', async () => {
    const d = await exportSampleDocx(id)
    const data = d.analysis.derivation.data
    const report = auditDocxBytes(d.bytes, { tables: d.analysis.derivation.tables, narrative: d.narrative, title: documentTitle(data.department.displayName, data.department.budgetYear) })
    expect(report.mismatches).toEqual([])
    expect(report.checked).toBeGreaterThan(300)
  })
})

describe('the Word copy', () => {
  it('names each attached PDF at its place in 十二 (its pages stay in the PDF copy)', async () => {
    const base = loadSample('004')
    const data = structuredClone(base.data)
    const attachment = { id: 'att-1', title: '政府购买服务指导性目录', path: 'catalog.pdf', placement: 'purchase-service-catalog' as const }
    data.attachments = [attachment]
    const d = await exportDocumentDocx({ ...base, data })
    const ps = docxParagraphs(part(d, 'word/document.xml')).map((p) => p.text)
    const note = ps.findIndex((t) => t === attachmentNote(attachment))
    const twelve = ps.findIndex((t) => t.startsWith('十二、'))
    expect(twelve).toBeGreaterThan(0)
    expect(note).toBeGreaterThan(twelve)
    expect(ps.indexOf(GLOSSARY_TITLE)).toBeGreaterThan(note)
  })

  it('is the same bytes for the same document and export time', async () => {
    const doc = loadSample('000')
    const a = await exportDocumentDocx(doc)
    const b = await exportDocumentDocx(doc)
    expect(Buffer.from(a.bytes).equals(Buffer.from(b.bytes))).toBe(true)
    expect(part(a, 'docProps/core.xml')).toContain('<dcterms:created xsi:type="dcterms:W3CDTF">2026-03-01T08:00:00Z</dcterms:created>')
  })

  it('self-audit reports a changed figure and a lost sentence', async () => {
    const d = await exportSampleDocx('004')
    const t1 = d.analysis.derivation.tables.T1
    const figure = t1.rows.flatMap((r) => r.cells).find((c) => c?.kind === 'money' && c.value !== 0)
    if (!figure || figure.kind !== 'money') throw new Error('T1 has no figure')
    const shown = formatTableCell(figure.value)
    const sentence = d.narrative.sections.flatMap((s) => s.blocks).find((b) => b.kind === 'paragraph')
    if (!sentence || sentence.kind !== 'paragraph') throw new Error('no paragraph')
    const files = unzipSync(d.bytes)
    let xml = new TextDecoder().decode(files['word/document.xml'])
    const at = xml.indexOf(`>${shown}</w:t>`, xml.indexOf(`>${t1.title}</w:t>`))
    xml = `${xml.slice(0, at)}>${shown}9${xml.slice(at + shown.length + 1)}`
    xml = xml.replace(sentence.text, sentence.text.slice(0, 4))
    files['word/document.xml'] = strToU8(xml)
    const data = d.analysis.derivation.data
    const report = auditDocxBytes(zipSync(files), { tables: d.analysis.derivation.tables, narrative: d.narrative, title: documentTitle(data.department.displayName, data.department.budgetYear) }, 'x.docx')
    // The figure is missed (and, read in row order, the ones its next occurrence skips).
    expect([...new Set(report.mismatches.map((m) => m.kind))].sort()).toEqual(['sentence', 'table-figure'])
    expect(report.mismatches.filter((m) => m.kind === 'sentence')).toHaveLength(1)
    expect(new Set(report.mismatches.filter((m) => m.kind === 'table-figure').map((m) => m.table))).toEqual(new Set(['T1']))
    expect(report.mismatches.every((m) => m.file === 'x.docx' && /[\u4e00-\u9fff]/.test(m.message))).toBe(true)
  })
})
