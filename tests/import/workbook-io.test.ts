// readWorkbook's cell conversion and the blank template's sheets, dropdowns and hidden code list.
import { mkdtempSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import ExcelJS from 'exceljs'
import { describe, expect, it } from 'vitest'
import { CODE_LIST_SHEET, INSTRUCTIONS_SHEET, LIST_TITLES, previewImport, TEMPLATE_SHEET_ORDER, TEMPLATE_SHEETS } from '../../core/import'
import { cellValueText, numberText, openWorkbook, readWorkbook } from '../../electron/main/import/read-workbook'
import { writeImportTemplate } from '../../electron/main/import/write-template'
import { PERFORMANCE_SHEET_NAME } from '../../core/import/performance-sheet'
import { catalogFor } from '../builders/catalog'

const dir = mkdtempSync(join(tmpdir(), 'import-io-'))

describe('cell text', () => {
  it('writes numbers without float artefacts', () => {
    expect(numberText(1234.5)).toBe('1234.5')
    expect(numberText(0.1 + 0.2)).toBe('0.3')
    expect(numberText(1147200)).toBe('1147200')
    expect(numberText(9999999999999.99)).toBe('9999999999999.99')
    expect(numberText(2010301)).toBe('2010301')
  })

  it('gives formulas their cached result, dates as ISO dates, rich text as text', () => {
    expect(cellValueText({ formula: 'A1*2', result: 114.72 } as ExcelJS.CellFormulaValue)).toBe('114.72')
    expect(cellValueText(new Date(Date.UTC(2025, 11, 31)))).toBe('2025-12-31')
    expect(cellValueText({ richText: [{ text: '2010301 ' }, { text: '行政运行' }] })).toBe('2010301 行政运行')
    expect(cellValueText({ error: '#N/A' } as ExcelJS.CellErrorValue)).toBe('#N/A')
    expect(cellValueText(null)).toBe('')
  })

  it('keeps sheet rows in place: blank rows stay, row 1 is rows[0]', async () => {
    const wb = new ExcelJS.Workbook()
    const ws = wb.addWorksheet('数据')
    ws.getCell('B3').value = 12.5
    ws.getCell('A5').value = new Date(Date.UTC(2026, 0, 1))
    const file = join(dir, 'rows.xlsx')
    await wb.xlsx.writeFile(file)
    expect(await readWorkbook(file)).toEqual([{ name: '数据', rows: [[], [], ['', '12.5'], [], ['2026-01-01']] }])
  })

  it('refuses a missing or non-xlsx file with a Chinese message', async () => {
    const missing = await openWorkbook(join(dir, 'nope.xlsx'))
    expect(missing.ok).toBe(false)
    if (!missing.ok) expect(missing.error.message).toContain('找不到文件')
    const { writeFileSync } = await import('node:fs')
    writeFileSync(join(dir, 'fake.xlsx'), 'not a zip')
    const fake = await openWorkbook(join(dir, 'fake.xlsx'))
    expect(fake.ok).toBe(false)
    if (!fake.ok) expect(fake.error.message).toBe('所选文件不是 .xlsx 文件：这是文本文件（如 CSV 或网页）。请在 Excel 或 WPS 中打开，另存为“Excel 工作簿（*.xlsx）”后重新导入')
  })
})

describe('the blank import template', () => {
  it('has the layout’s sheets and headers, dropdowns and a hidden 代码表 from the year’s catalog', async () => {
    const file = join(dir, 'template-2026.xlsx')
    const catalog = catalogFor(2026)
    await writeImportTemplate(file, 2026, catalog)
    const wb = new ExcelJS.Workbook()
    await wb.xlsx.readFile(file)
    expect(wb.worksheets.map((w) => w.name)).toEqual([INSTRUCTIONS_SHEET, ...TEMPLATE_SHEET_ORDER.map((id) => TEMPLATE_SHEETS[id].name), PERFORMANCE_SHEET_NAME, CODE_LIST_SHEET])
    expect(wb.getWorksheet(CODE_LIST_SHEET)?.state).toBe('hidden')
    const basic = wb.getWorksheet('基本支出') as ExcelJS.Worksheet
    expect((basic.getRow(1).values as unknown[]).slice(1)).toEqual(TEMPLATE_SHEETS.basic.columns.map((c) => c.header))
    const source = basic.getCell('F2').dataValidation
    expect(source.type).toBe('list')
    expect(String(source.formulae[0])).toMatch(/^'代码表'!\$[A-Z]+\$2:\$[A-Z]+\$6$/)
    expect(basic.getCell('B500').dataValidation.formulae[0]).toBe("'单位'!$B$2:$B$2001")
    expect(basic.getCell('I2').dataValidation.type).toBe('decimal')
    const codes = wb.getWorksheet(CODE_LIST_SHEET) as ExcelJS.Worksheet
    const titles = (codes.getRow(1).values as unknown[]).slice(1)
    // The hidden sheet's headers are Chinese like the rest of the workbook.
    expect(titles.every((t) => typeof t === 'string' && /^[\u4e00-\u9fa5（）/]+$/.test(t))).toBe(true)
    const functional = (codes.getRow(1).values as unknown[]).indexOf(LIST_TITLES.functionCode)
    expect(codes.getCell(2, functional).value).toMatch(/^\d{7} /)
    const sheets = await readWorkbook(file)
    expect(sheets.find((s) => s.name === '部门')?.rows.find((r) => r[0] === '预算年度')).toEqual(['预算年度', '2026'])
    // Imported back empty, it says what is missing rather than making an empty document.
    const preview = previewImport(sheets, 'template', undefined, catalog)
    expect(preview.ok).toBe(false)
    expect(preview.problems.filter((p) => p.severity === 'error').map((p) => p.message)).toEqual(['没有任何单位：请在“单位”表中列出单位，或在预算行中填写单位'])
    // The disclosure sheets: dropdowns, a 示例 row that is not read, and each reported as empty.
    const procurement = wb.getWorksheet('政府采购') as ExcelJS.Worksheet
    expect((procurement.getRow(1).values as unknown[]).slice(1)).toEqual(TEMPLATE_SHEETS.procurement.columns.map((c) => c.header))
    expect(procurement.getCell('A2').value).toBe('示例')
    const category = procurement.getCell('C3').dataValidation
    expect(category.type).toBe('list')
    const categoryColumn = titles.indexOf(LIST_TITLES.procurementCategory)
    expect(String(category.formulae[0])).toBe(`'代码表'!$${String.fromCharCode(65 + categoryColumn)}$2:$${String.fromCharCode(65 + categoryColumn)}$4`)
    expect(procurement.getCell('B3').dataValidation.formulae[0]).toBe("'单位'!$B$2:$B$2001")
    expect((wb.getWorksheet('公务用车明细') as ExcelJS.Worksheet).getCell('B3').dataValidation.type).toBe('list')
    expect((wb.getWorksheet('三公及上年数') as ExcelJS.Worksheet).getCell('E10').dataValidation.type).toBe('list')
    for (const name of ['政府采购', '国有资产', '公务用车明细', '大型设备明细', '概况', '其他说明']) expect(preview.sheets.map((r) => r.text)).toContain(`《${name}》表为空，未导入`)
  })
})
