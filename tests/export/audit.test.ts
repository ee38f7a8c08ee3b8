// The export's self-audit (official-rules (c)14): a good export is re-read and confirmed figure by
// figure; a PDF whose text layer yields Kangxi radicals, a PDF with one figure changed in its content
// stream and a workbook with one cell changed are each caught.
import ExcelJS from 'exceljs'
import { mkdtempSync, readFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { beforeAll, describe, expect, it } from 'vitest'
import { buildNarrative } from '../../core/narrative'
import { documentTitle } from '../../core/report'
import { analyze } from '../../core/rules/analyze'
import { TABLE_IDS } from '../../core/tables/table-model'
import { WRITERS } from '../../electron/main/export'
import { auditMessage, auditPdfBytes, auditXlsx, type PdfExpectation } from '../../electron/main/export/audit'
import { exportWithAudit } from '../../electron/main/export/export-with-audit'
import { buildPdf } from '../../electron/main/export/pdf/build-pdf'
import { loadCatalog } from '../../electron/main/templates/catalog-loader'
import { loadNarrativeTemplate } from '../../electron/main/templates/narrative-template'
import { envelope } from '../builders/document-builder'
import { readyDocument } from '../inspection/inspection-fixtures'
import { withChangedFigure, withKangxiRadicals } from './audit/corrupt-pdf'
import { FIXED_TIME } from './pdf/export-sample'
import { readPdf } from './pdf/read-pdf'

const document = envelope(readyDocument())
const analysis = analyze(document.data, loadCatalog(2026))
const narrative = buildNarrative(analysis.derivation, loadNarrativeTemplate(2026))
const expected: PdfExpectation = { tables: analysis.derivation.tables, narrative, title: documentTitle('示例局', 2026) }
const dir = mkdtempSync(join(tmpdir(), 'audit-'))
let good: Uint8Array

beforeAll(async () => {
  good = (await buildPdf({ document, analysis, outDir: dir, baseName: 'x', generatedAt: FIXED_TIME, documentDir: dir })).bytes
})

describe('auditPdf', () => {
  it('confirms every table figure and every sentence of a good export', async () => {
    const report = await auditPdfBytes(good, expected, 'good.pdf')
    expect(report.mismatches).toEqual([])
    const tableFigures = TABLE_IDS.flatMap((id) => analysis.derivation.tables[id].rows.flatMap((r) => r.cells.filter((c) => c?.kind === 'money' && c.value !== 0))).length
    expect(report.checked).toBeGreaterThan(tableFigures)
    expect(auditMessage(report)).toBe(`导出文件已复核：${report.checked} 个数字一致`)
  })

  it('fails a PDF whose text layer gives Kangxi radicals for 一 门 支', async () => {
    const bad = await withKangxiRadicals(good)
    const text = (await readPdf(bad)).pages.map((p) => p.items.map((i) => i.str).join('')).join('')
    expect(text).toMatch(/[⼀⻔⽀]/u)
    const report = await auditPdfBytes(bad, expected, 'radicals.pdf')
    const radicals = report.mismatches.filter((m) => m.kind === 'radicals')
    expect(radicals).toHaveLength(1)
    expect(radicals[0]?.message).toMatch(/^radicals\.pdf：文字层中有 \d+ 个康熙部首或部首补充字符/)
    // The sentences that hold 一 or 部门 no longer read as written.
    expect(report.mismatches.some((m) => m.kind === 'sentence' && m.message.includes('一、部门预算收支数据变动情况及原因'))).toBe(true)
    expect(auditMessage(report)).toMatch(/^导出文件复核发现 \d+ 处与数据不一致/)
  })

  it('fails a PDF in which one table figure was changed', async () => {
    // 表1's 收入总计 1000.00 → 1000.01 where 表1 is printed.
    const start = (await readPdf(good)).outline.find((o) => o.title === analysis.derivation.tables.T1.tocTitle)?.page ?? 1
    const { bytes, page } = await withChangedFigure(good, '1000.00', '1000.01', start)
    expect(page).toBe(start)
    const report = await auditPdfBytes(bytes, expected, 'changed.pdf')
    expect(report.mismatches.map((m) => [m.kind, m.table])).toEqual([['table-figure', 'T1']])
    expect(report.mismatches[0]?.message).toMatch(/^changed\.pdf：预算公开表1第\d+–\d+页应有 1000\.00（行 [a-z:\d-]+，列 \w+），未按顺序读到$/)
  })

  it('fails a PDF without a text layer', async () => {
    const { PDFDocument } = await import('pdf-lib')
    const blank = await PDFDocument.create()
    blank.addPage()
    const report = await auditPdfBytes(await blank.save(), expected, 'scan.pdf')
    expect(report.mismatches.map((m) => m.kind)).toEqual(['no-text'])
  })
})

describe('auditXlsx', () => {
  it('confirms the written workbook and catches a changed cell', async () => {
    const outcome = await exportWithAudit({ document, analysis, outDir: dir, baseName: '示例局', generatedAt: FIXED_TIME, documentDir: dir }, ['xlsx'], WRITERS)
    expect(outcome.audit?.mismatches).toEqual([])
    expect(outcome.audit?.checked).toBeGreaterThan(20)
    const file = join(dir, '示例局.公开表.xlsx')
    const wb = new ExcelJS.Workbook()
    await wb.xlsx.readFile(file)
    const ws = wb.getWorksheet('表3')
    let hit = ''
    ws?.eachRow((row) => row.eachCell((cell) => {
      if (!hit && cell.value === 1000) {
        cell.value = 1000.1
        hit = cell.address
      }
    }))
    expect(hit).not.toBe('')
    const changed = join(dir, 'changed.xlsx')
    await wb.xlsx.writeFile(changed)
    const report = await auditXlsx(changed, TABLE_IDS.map((id) => analysis.derivation.tables[id]))
    expect(report.mismatches.map((m) => m.message)).toEqual([`changed.xlsx：表3!${hit} 应为 1000.00，文件中为 1000.10`])
  })
})

describe('exportWithAudit', () => {
  it('writes PDF and Excel and confirms both; `audit: false` skips the audit', async () => {
    const outcome = await exportWithAudit({ document, analysis, outDir: dir, baseName: 'both', generatedAt: FIXED_TIME, documentDir: dir }, ['xlsx', 'pdf'], WRITERS)
    expect(outcome.written.map((w) => w.format)).toEqual(['xlsx', 'pdf'])
    expect(outcome.audit?.files).toEqual([join(dir, 'both.公开表.xlsx'), join(dir, 'both.pdf')])
    expect(outcome.audit?.mismatches).toEqual([])
    const off = await exportWithAudit({ document, analysis, outDir: dir, baseName: 'off', generatedAt: FIXED_TIME, documentDir: dir, audit: false }, ['pdf'], WRITERS)
    expect(off.audit).toBeUndefined()
    expect(readFileSync(join(dir, 'off.pdf')).length).toBeGreaterThan(1000)
  })
})
