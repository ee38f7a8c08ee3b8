// The three samples exported as the tables workbook and read back by two independent readers
// (exceljs and openpyxl): 13 sheets 表1 … 表13 whose every cell equals the derived TableModel
// (the seed tests prove those equal the published tables), merges, borders and print setup.
import type ExcelJS from 'exceljs'
import { beforeAll, describe, expect, it } from 'vitest'
import type { BudgetDocument } from '../../core/document/envelope'
import { TABLE_IDS, type TableModel } from '../../core/tables/table-model'
import { fitTable } from '../../core/report/table-fit'
import { loadSample } from '../samples/sample-files'
import { SEED_IDS } from '../seeds/seed-files'
import { compareSheet, expectedCells, MONEY_FORMAT, expectedMerges, firstBodyRow, HEADER_START_ROW, lastRow } from './xlsx-expectations'
import { analyzeDocument, exportXlsx, GENERATED_AT, readWithOpenpyxl, readWorkbook, tempDir, type OpenpyxlWorkbook } from './xlsx-fixtures'
import { exceljsReader, exceljsValueAddresses, openpyxlReader } from './xlsx-readers'

const colLetter = (n: number) => String.fromCharCode(64 + n)

describe.each(SEED_IDS)('sample %s as an xlsx workbook', (seed) => {
  // Loaded in beforeAll so a sample that is missing fails its own tests only.
  let doc: BudgetDocument
  let tables: TableModel[]
  let wb: ExcelJS.Workbook
  let py: OpenpyxlWorkbook
  const sheet = (i: number) => wb.worksheets[i] as ExcelJS.Worksheet

  beforeAll(async () => {
    doc = loadSample(seed)
    const analysis = analyzeDocument(doc)
    tables = TABLE_IDS.map((id) => analysis.derivation.tables[id])
    const files = await exportXlsx(doc, analysis, tempDir(`xlsx-${seed}-`))
    // The tables workbook first; the performance-target forms get their own workbook (spec §5).
    const hasForms = doc.data.performance.projectForms.length > 0 || doc.data.performance.overall !== undefined
    expect(files.map((f) => f.replace(/^.*\//, ''))).toEqual(hasForms ? [expect.stringMatching(/\.公开表\.xlsx$/), expect.stringMatching(/\.绩效目标表\.xlsx$/)] : [expect.stringMatching(/\.公开表\.xlsx$/)])
    wb = await readWorkbook(files[0] as string)
    py = readWithOpenpyxl(files[0] as string)
  })

  it('has the sheets 表1 … 表13 and the workbook properties', () => {
    expect(wb.worksheets.map((ws) => ws.name)).toEqual(TABLE_IDS.map((_, i) => `表${i + 1}`))
    expect(wb.company).toBe(doc.data.department.displayName)
    expect(wb.title).toBe(`${doc.data.department.displayName}${doc.data.department.budgetYear}年部门预算公开表`)
    expect(wb.created.toISOString()).toBe(GENERATED_AT.toISOString())
  })

  it('matches every TableModel cell for cell (exceljs)', () => {
    let compared = 0
    const mismatches: string[] = []
    tables.forEach((t, i) => {
      const result = compareSheet(t, exceljsReader(sheet(i)), MONEY_FORMAT)
      compared += result.compared
      mismatches.push(...result.mismatches)
      // Nothing written outside the expected cells, and the merges are exactly the published spans.
      const withValue = expectedCells(t, MONEY_FORMAT).filter((e) => e.value.type !== 'empty').map((e) => `R${e.row}C${e.col}`)
      expect(exceljsValueAddresses(sheet(i)).sort(), t.id).toEqual(withValue.sort())
      expect([...sheet(i).model.merges].sort(), t.id).toEqual(expectedMerges(t))
    })
    expect(mismatches).toEqual([])
    expect(compared).toBeGreaterThan(tables.reduce((n, t) => n + t.rows.length * t.columns.length, 0))
    console.info(`sample ${seed}: ${compared} cells compared with exceljs`)
  })

  it('matches every TableModel cell for cell (openpyxl, an independent reader)', () => {
    expect(py.sheets.map((s) => s.name)).toEqual(TABLE_IDS.map((_, i) => `表${i + 1}`))
    let compared = 0
    const mismatches: string[] = []
    tables.forEach((t, i) => {
      const s = py.sheets[i]
      if (!s) throw new Error(`openpyxl found no sheet ${i + 1}`)
      const result = compareSheet(t, openpyxlReader(s), MONEY_FORMAT)
      compared += result.compared
      mismatches.push(...result.mismatches)
      expect(s.cells.length, t.id).toBe(expectedCells(t, MONEY_FORMAT).filter((e) => e.value.type !== 'empty').length)
      expect([...s.merged].sort(), t.id).toEqual(expectedMerges(t))
    })
    expect(mismatches).toEqual([])
    console.info(`sample ${seed}: ${compared} cells compared with openpyxl`)
  })

  it('gives every header and body cell thin borders, header bold, money right-aligned', () => {
    const problems: string[] = []
    tables.forEach((t, i) => {
      for (const e of expectedCells(t, MONEY_FORMAT).filter((c) => c.grid)) {
        const cell = sheet(i).getCell(e.row, e.col)
        const b = cell.border ?? {}
        if (![b.top, b.left, b.bottom, b.right].every((s) => s?.style === 'thin')) problems.push(`${t.id} R${e.row}C${e.col} border`)
        if (e.row < firstBodyRow(t) && !cell.font?.bold) problems.push(`${t.id} R${e.row}C${e.col} header not bold`)
        if (e.numFmt === MONEY_FORMAT && cell.alignment?.horizontal !== 'right') problems.push(`${t.id} R${e.row}C${e.col} money not right-aligned`)
      }
    })
    expect(problems).toEqual([])
  })

  it('indents tree rows by level and sets a height on every row', () => {
    const t2 = tables[1] as TableModel
    const ws = sheet(1)
    t2.rows.forEach((row, i) => expect(ws.getCell(firstBodyRow(t2) + i, 2).alignment?.indent ?? 0, row.key).toBe(row.level))
    const t1 = tables[0] as TableModel
    t1.rows.forEach((_, i) => expect(sheet(0).getCell(firstBodyRow(t1) + i, 3).alignment?.indent ?? 0).toBe(0))
    tables.forEach((t, i) => {
      for (let r = 1; r <= lastRow(t); r++) expect(sheet(i).getRow(r).height, `${t.id} row ${r}`).toBeGreaterThanOrEqual(15)
      expect(sheet(i).getRow(2).height, `${t.id} title`).toBeGreaterThanOrEqual(30)
    })
  })

  it('prints on A4 in the table orientation, one page wide, header rows repeated, print area, frozen header', () => {
    tables.forEach((t, i) => {
      const ws = sheet(i)
      const headerRows = `${HEADER_START_ROW}:${firstBodyRow(t) - 1}`
      const area = `A1:${colLetter(t.columns.length)}${lastRow(t)}`
      // A table the PDF keeps to one page is one page tall here too.
      const fitToHeight = fitTable(t, t.notes.length + 2).onePage ? 1 : 0
      if (t.id === 'T1') expect(fitToHeight).toBe(1)
      expect(ws.pageSetup, t.id).toMatchObject({ paperSize: 9, orientation: t.orientation, fitToPage: true, fitToWidth: 1, fitToHeight, horizontalCentered: true, printArea: area, printTitlesRow: headerRows })
      expect(ws.headerFooter.oddFooter).toBe('&C第 &P 页 共 &N 页')
      expect(ws.views[0]).toMatchObject({ state: 'frozen', ySplit: firstBodyRow(t) - 1 })
      const s = py.sheets[i]
      expect(s, t.id).toMatchObject({
        orientation: t.orientation, paperSize: 9, fitToPage: true, fitToWidth: 1, fitToHeight, horizontalCentered: true,
        printTitleRows: `$${HEADER_START_ROW}:$${firstBodyRow(t) - 1}`, freeze: `A${firstBodyRow(t)}`, footer: '第 &P 页 共 &N 页',
      })
      expect(s?.printArea, t.id).toEqual([`$A$1:$${colLetter(t.columns.length)}$${lastRow(t)}`])
    })
  })
})
