// The xlsx writer on built documents: formula-looking text stays text, output is byte-identical
// for a fixed date, one file per table on request, the CLI flag, and the speed on sample 004.
import { execFileSync } from 'node:child_process'
import { readdirSync, readFileSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { beforeAll, describe, expect, it } from 'vitest'
import { serializeDocument, type BudgetDocument } from '../../core/document/envelope'
import { TABLE_IDS } from '../../core/tables/table-model'
import { tablesXlsx } from '../../electron/main/export/xlsx/workbook'
import { dosDateTime } from '../../electron/main/export/xlsx/zip-dates'
import { runExport } from '../../scripts/cli/run-export'
import { buildData, envelope, syntheticCarryoverDepartment } from '../builders/document-builder'
import { compareSheet, MONEY_FORMAT } from './xlsx-expectations'
import { analyzeDocument, convertToPdf, exportXlsx, GENERATED_AT, pdfPages, PYTHON, readWithOpenpyxl, readWorkbook, tempDir } from './xlsx-fixtures'
import { exceljsReader } from './xlsx-readers'

/** Text an officer may type that a spreadsheet would otherwise take for a formula (CSV/DDE injection). */
const FORMULA_LIKE = ['=SUM(A1)', '+86 351 1234', '-停用项目', '@用户', '=HYPERLINK("http://example.com","点此")']

function formulaLikeDocument(): BudgetDocument {
  const data = syntheticCarryoverDepartment()
  const [first, second, third] = FORMULA_LIKE
  const template = data.projects[0] as (typeof data.projects)[number]
  const renamed = data.projects.map((p, i) => ({ ...p, name: [first, second, third][i] ?? p.name }))
  const added = FORMULA_LIKE.slice(3).map((name, i) => ({ ...template, id: `p-x${i}`, name }))
  const projectLine = data.lines[2] as (typeof data.lines)[number]
  const lines = [...data.lines, ...added.map((p, i) => ({ ...projectLine, id: `lx${i}`, projectId: p.id, amount: '12300.00' }))]
  return envelope(buildData({ ...data, projects: [...renamed, ...added], lines }))
}

describe('formula-looking text', () => {
  const doc = formulaLikeDocument()
  const analysis = analyzeDocument(doc)
  const dir = tempDir('xlsx-formula-')
  let file: string
  beforeAll(async () => {
    ;[file] = (await exportXlsx(doc, analysis, dir)) as [string]
  })

  it('is written as a text cell with the Text format, never as a formula (exceljs)', async () => {
    const found = new Map<string, { type: string; numFmt: string }>()
    for (const ws of (await readWorkbook(file)).worksheets) {
      ws.eachRow((row) => row.eachCell((cell) => {
        if (typeof cell.value === 'string' && FORMULA_LIKE.includes(cell.value)) found.set(cell.value, { type: typeof cell.value, numFmt: cell.numFmt })
        expect(cell.formula, `${ws.name}!${cell.address}`).toBeUndefined()
      }))
    }
    expect([...found.keys()].sort()).toEqual([...FORMULA_LIKE].sort())
    for (const v of found.values()) expect(v).toEqual({ type: 'string', numFmt: '@' })
  })

  it('has no formula element in any sheet and reads as strings in openpyxl', () => {
    const count = execFileSync(PYTHON, ['-c', "import zipfile,sys,re; z=zipfile.ZipFile(sys.argv[1]); print(sum(len(re.findall(r'<f[ >]', z.read(n).decode())) for n in z.namelist() if n.startswith('xl/worksheets/')))", file], { encoding: 'utf8' })
    expect(count.trim()).toBe('0')
    const cells = readWithOpenpyxl(file).sheets.flatMap((s) => s.cells).filter(([, , v]) => typeof v === 'string' && FORMULA_LIKE.includes(v))
    expect(cells.map(([, , v, type]) => [v, type]).sort()).toEqual(FORMULA_LIKE.map((v) => [v, 's']).sort())
  })

  it('prints as typed in LibreOffice', () => {
    const text = pdfPages(convertToPdf(file, dir)).join('\n')
    for (const v of ['=SUM(A1)', '+86 351 1234', '-停用项目', '@用户']) expect(text).toContain(v)
  })
})

describe('the synthetic carry-over department (a filled 表13)', () => {
  it('matches every table cell for cell', async () => {
    const doc = envelope(syntheticCarryoverDepartment())
    const analysis = analyzeDocument(doc)
    const [file] = await exportXlsx(doc, analysis, tempDir('xlsx-synthetic-'))
    const wb = await readWorkbook(file as string)
    const mismatches = TABLE_IDS.flatMap((id, i) => compareSheet(analysis.derivation.tables[id], exceljsReader(wb.worksheets[i] as never), MONEY_FORMAT).mismatches)
    expect(mismatches).toEqual([])
    const t13 = wb.getWorksheet('表13')
    const values = (t13?.getColumn(2).values ?? []).filter((v) => typeof v === 'number')
    expect(values).toEqual([120, 120, 100, 20])
  })
})

describe('output files', () => {
  const doc = envelope(syntheticCarryoverDepartment())
  const analysis = analyzeDocument(doc)

  it('is byte-identical for the same generatedAt, with the zip entries dated generatedAt', async () => {
    const [a] = await exportXlsx(doc, analysis, tempDir('xlsx-same-a-'))
    const [b] = await exportXlsx(doc, analysis, tempDir('xlsx-same-b-'))
    const bytes = readFileSync(a as string)
    expect(bytes.equals(readFileSync(b as string))).toBe(true)
    const dos = dosDateTime(GENERATED_AT)
    expect([bytes.readUInt32LE(0), bytes.readUInt16LE(10), bytes.readUInt16LE(12)]).toEqual([0x04034b50, dos.time, dos.date])
    expect(dos).toEqual({ time: (8 << 11) | (30 << 5), date: (46 << 9) | (3 << 5) | 1 })
  })

  it('is the same streamed into its file as collected into a buffer (tablesXlsx)', async () => {
    const [file] = await exportXlsx(doc, analysis, tempDir('xlsx-buffer-'))
    const tables = TABLE_IDS.map((id) => analysis.derivation.tables[id])
    const department = doc.data.department
    const bytes = await tablesXlsx(tables, { departmentName: department.displayName, budgetYear: department.budgetYear, generatedAt: GENERATED_AT })
    expect(bytes.equals(readFileSync(file as string))).toBe(true)
  })

  it('writes one file per table with xlsxSplitTables, each with its one sheet', async () => {
    const dir = tempDir('xlsx-split-')
    const files = await exportXlsx(doc, analysis, dir, { xlsxSplitTables: true })
    expect(files.map((f) => f.slice(dir.length + 1))).toEqual(TABLE_IDS.map((id) => `doc.表${id.slice(1)}-${analysis.derivation.tables[id].title}.xlsx`))
    expect(readdirSync(dir).sort()).toEqual(files.map((f) => f.slice(dir.length + 1)).sort())
    for (const [i, id] of TABLE_IDS.entries()) {
      const wb = await readWorkbook(files[i] as string)
      expect(wb.worksheets.map((ws) => ws.name)).toEqual([`表${i + 1}`])
      expect(wb.title).toBe(`示例局${analysis.derivation.tables[id].title}`)
      expect(compareSheet(analysis.derivation.tables[id], exceljsReader(wb.worksheets[0] as never), MONEY_FORMAT).mismatches).toEqual([])
    }
  })

  it('fails with a Chinese message when the folder cannot be written', async () => {
    await expect(exportXlsx(doc, analysis, join(tempDir('xlsx-missing-'), 'no-such-folder'))).rejects.toThrow('找不到文件或文件夹')
  })

  it('is written by npm run export --format xlsx, with --split-tables for one file per table', async () => {
    const dir = tempDir('xlsx-cli-')
    const input = join(dir, 'demo.json')
    writeFileSync(input, serializeDocument(doc, '0.1.0', '2026-01-01T00:00:00Z'))
    const lines: string[] = []
    const out = { log: (s: string) => lines.push(s), error: (s: string) => lines.push(s) }
    expect(await runExport([input, '--out', join(dir, 'one'), '--format', 'xlsx'], out)).toBe(0)
    expect(readdirSync(join(dir, 'one'))).toEqual(['demo.公开表.xlsx'])
    expect(await runExport([input, '--out', join(dir, 'split'), '--format', 'xlsx', '--split-tables'], out)).toBe(0)
    expect(readdirSync(join(dir, 'split'))).toHaveLength(13)
    expect(lines.filter((l) => l.startsWith('已导出 XLSX'))).toHaveLength(14)
  })
})
