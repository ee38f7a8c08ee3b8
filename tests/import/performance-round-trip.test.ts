// The 绩效目标表 through a real workbook: each sample's forms written by exceljs into the import
// template, read back from the xlsx and imported into the sample without forms, field by field.
import { mkdtempSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import ExcelJS from 'exceljs'
import { describe, expect, it } from 'vitest'
import type { BudgetDocument } from '../../core/document/envelope'
import { previewImport } from '../../core/import'
import { PERFORMANCE_COLUMNS, PERFORMANCE_HEADERS, PERFORMANCE_INSTRUCTIONS, PERFORMANCE_SHEET_NAME } from '../../core/import/performance-sheet'
import { INSTRUCTIONS_SHEET } from '../../core/import/template-layout'
import { formatProblem } from '../../core/import/sheet'
import { readWorkbook } from '../../electron/main/import/read-workbook'
import { exportLinesToTemplate, writeImportTemplate } from '../../electron/main/import/write-template'
import { catalogFor } from '../builders/catalog'
import { loadSample } from '../samples/sample-files'

const dir = mkdtempSync(join(tmpdir(), 'performance-round-trip-'))
const letter = (key: (typeof PERFORMANCE_COLUMNS)[number]['key']) => String.fromCharCode(65 + PERFORMANCE_COLUMNS.findIndex((c) => c.key === key))

function withoutForms(doc: BudgetDocument): BudgetDocument {
  return { ...doc, data: { ...doc.data, lines: [], projects: [], performance: { ...doc.data.performance, projectForms: [] } } }
}

describe.each(['000', '001', '004'] as const)('sample %s: 绩效目标表 through xlsx', (id) => {
  const doc = loadSample(id)
  const catalog = catalogFor(doc.templateYear)

  it('imports the same project forms, field by field', async () => {
    const forms = doc.data.performance.projectForms
    expect(forms.length).toBeGreaterThan(0)
    const file = join(dir, `${id}.xlsx`)
    await exportLinesToTemplate(doc, file, catalog)
    const sheets = await readWorkbook(file)
    expect(sheets.find((s) => s.name === PERFORMANCE_SHEET_NAME)?.rows[0]).toEqual(PERFORMANCE_HEADERS)
    const preview = previewImport(sheets, 'template', withoutForms(doc), catalog)
    expect(preview.problems.filter((p) => p.severity === 'error').map(formatProblem)).toEqual([])
    expect(preview.problems.filter((p) => p.sheet === PERFORMANCE_SHEET_NAME).map(formatProblem)).toEqual([])
    expect(preview.performance).toEqual({ sheet: PERFORMANCE_SHEET_NAME, forms: forms.length, replaced: 0, problems: 0 })
    const back = preview.resultingDocument?.data.performance
    expect(back?.projectForms.length).toBe(forms.length)
    forms.forEach((f, i) => expect(back?.projectForms[i]).toEqual(f))
    // The rest of 绩效 (整体 form, indicator library) is the base's, untouched.
    expect(back?.overall).toEqual(doc.data.performance.overall)
    expect(back?.indicatorLibrary).toEqual(doc.data.performance.indicatorLibrary)
  })
})

describe('the blank template’s 绩效目标表', () => {
  it('has the header, dropdowns and an example block that imports nothing, and says so', async () => {
    const file = join(dir, 'blank-2026.xlsx')
    const catalog = catalogFor(2026)
    await writeImportTemplate(file, 2026, catalog)
    const wb = new ExcelJS.Workbook()
    await wb.xlsx.readFile(file)
    const ws = wb.getWorksheet(PERFORMANCE_SHEET_NAME)
    if (!ws) throw new Error('no 绩效目标表 sheet')
    expect((ws.getRow(1).values as unknown[]).slice(1)).toEqual(PERFORMANCE_HEADERS)
    expect(String(ws.getCell(`${letter('project')}2`).value)).toMatch(/^示例/)
    const level1 = ws.getCell(`${letter('level1')}30`).dataValidation
    expect(level1.type).toBe('list')
    expect(level1.formulae[0]).toBe('"产出指标,效益指标,满意度指标"')
    const item = ws.getCell(`${letter('item')}2`).dataValidation
    expect(String(item.formulae[0])).toContain('年度指标')
    // Excel refuses an inline list longer than 255 characters.
    expect(String(item.formulae[0]).length).toBeLessThanOrEqual(255)
    expect(ws.getCell(`${letter('project')}100`).dataValidation.formulae[0]).toBe("'项目'!$C$2:$C$2001")
    expect(ws.getCell(`${letter('unitName')}100`).dataValidation.formulae[0]).toBe("'单位'!$B$2:$B$2001")
    const guide = wb.getWorksheet(INSTRUCTIONS_SHEET)
    const guideText = (guide?.getColumn(1).values ?? []).map(String)
    expect(guideText.filter((l) => PERFORMANCE_INSTRUCTIONS.includes(l))).toEqual(PERFORMANCE_INSTRUCTIONS)
    const sheets = await readWorkbook(file)
    const preview = previewImport(sheets, 'template', loadSample('004'), catalog)
    expect(preview.performance).toEqual({ sheet: PERFORMANCE_SHEET_NAME, forms: 0, replaced: 0, problems: 1 })
    expect(preview.problems.filter((p) => p.sheet === PERFORMANCE_SHEET_NAME).map((p) => p.message)).toEqual(['“绩效目标表”中没有填写项目的绩效目标（示例块除外），没有导入任何绩效目标'])
  })
})
