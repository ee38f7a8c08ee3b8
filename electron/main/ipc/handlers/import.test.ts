// The import handlers over a real workspace (web mode) and scripted dialogs (Electron mode):
// template out and back in, a mapped workbook previewed all or nothing, a remembered mapping.
import { copyFile, readFile, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import ExcelJS from 'exceljs'
import { afterEach, describe, expect, it } from 'vitest'
import type { BudgetDocument } from '../../../../core/document/envelope'
import { serializeDocument } from '../../../../core/document/envelope'
import { strToU8, unzipSync, zipSync } from 'fflate'
import { compoundFile, encryptXlsx } from '../../../../tests/builders/encrypted-xlsx'
import { inlineCell, numberCell, rawXlsx } from '../../../../tests/builders/raw-xlsx'
import { uncachedFormula } from '../../import/read-workbook'
import { ENCRYPTED, OLD_XLS } from '../../import/workbook-file'
import { testServices, value, type TestServices } from '../services.test-helpers'

let s: TestServices | undefined
afterEach(async () => {
  await s?.cleanup()
  s = undefined
})

/** Shuffled columns, 万元 amounts, a function-code header the detector does not know. */
async function writeWorkbook(path: string, rows: (string | number)[][]): Promise<void> {
  const wb = new ExcelJS.Workbook()
  const ws = wb.addWorksheet('支出明细')
  ws.addRow(['预算数', '经济科目', '单位名称', '科目代码', '资金来源', '项目名称'])
  for (const r of rows) ws.addRow(r)
  await wb.xlsx.writeFile(path)
}

const GOOD = [
  [123.45, '30101 基本工资', '示例局', '2010301', '一般公共预算', ''],
  [8.6, '30201', '示例局', '2010301', '一般公共预算', ''],
  [45.67, '30227', '示例局', '2010399', '一般公共预算', '平台运维项目'],
]

describe('import handlers (web mode)', () => {
  it('writes the blank template into the workspace and reads it back as a template', async () => {
    s = await testServices('web')
    const written = value(await s.call('import:template', { year: 2026 }))
    expect(written).toEqual({ name: '2026年预算公开导入模板.xlsx', location: '工作文件夹' })
    expect(value(await s.call('import:listWorkbooks', {})).files.map((f) => f.name)).toEqual([written.name])
    const summary = value(await s.call('import:pickWorkbook', { name: written.name }))
    expect(summary.isTemplate).toBe(true)
    expect(summary.budgetYear).toBe(2026)
    const preview = value(await s.call('import:preview', { mapping: 'template', options: {} }))
    // A blank template has no lines and no units: refused, with the reason.
    expect(preview.ok).toBe(false)
    expect(preview.problems.some((p) => p.message.includes('没有任何单位'))).toBe(true)
  })

  it('exports a document as a filled template (导出为导入模板) that previews back to the same document', async () => {
    s = await testServices('web')
    const sample = JSON.parse(await readFile(join('samples', '004-datong-approval-2026.json'), 'utf8')) as BudgetDocument
    const written = value(await s.call('import:exportTemplate', { document: sample }))
    expect(written.name).toBe('大同市行政审批服务管理局2026年导入模板.xlsx')
    const summary = value(await s.call('import:pickWorkbook', { name: written.name }))
    expect(summary.isTemplate).toBe(true)
    const preview = value(await s.call('import:preview', { mapping: 'template', options: {} }))
    expect(preview.problems.filter((p) => p.severity === 'error')).toEqual([])
    expect(preview.sheets.map((r) => r.text)).toContain('《政府采购》：2项，合计8082900.00元')
    const data = preview.resultingDocument?.data
    expect(data?.lines).toEqual(sample.data.lines)
    expect(data?.procurement).toEqual(sample.data.procurement)
    expect(data?.overview).toEqual(sample.data.overview)
  })

  it('previews a mapped workbook onto the document: bad rows block it, a fixed file applies', async () => {
    s = await testServices('web')
    const doc = value(await s.call('document:new', { budgetYear: 2026, departmentName: '示例局' })).document
    const file = join(s.workspace, '明细.xlsx')
    await writeWorkbook(file, [...GOOD, ['abc', '30201', '示例局', '2010301', '一般公共预算', '']])
    const summary = value(await s.call('import:pickWorkbook', { name: '明细.xlsx' }))
    const sheet = summary.sheets[0]
    expect(sheet?.rows[0]).toEqual(['预算数', '经济科目', '单位名称', '科目代码', '资金来源', '项目名称'])
    expect(sheet?.suggested?.columns.functionCode).toBeUndefined()
    expect(sheet?.remembered).toBe(false)
    const mapping = { sheet: '支出明细', headerRow: 1, columns: { amount: 0, economicCode: 1, unit: 2, functionCode: 3, source: 4, project: 5 }, amountUnit: 'wan' as const, defaults: { projectCategory: 'operating' as const } }
    const bad = value(await s.call('import:preview', { mapping: [mapping], document: doc, options: {} }))
    expect(bad.ok).toBe(false)
    expect(bad.resultingDocument).toBeUndefined()
    expect(bad.problems).toContainEqual(expect.objectContaining({ sheet: '支出明细', row: 5, column: 'A', columnName: '预算数', severity: 'error' }))

    await writeWorkbook(file, GOOD)
    value(await s.call('import:pickWorkbook', { reload: true }))
    const good = value(await s.call('import:preview', { mapping: [mapping], document: doc, options: {} }))
    expect(good.problems.filter((p) => p.severity === "error")).toEqual([])
    expect(good.ok).toBe(true)
    expect(good.summary).toMatchObject({ lines: 3, basicLines: 2, projectLines: 1, amount: '1777200.00' })
    expect(good.newProjects.map((p) => p.name)).toEqual(['平台运维项目'])
    expect(good.resultingDocument?.data.lines.map((l) => l.amount)).toEqual(['1234500.00', '86000.00', '456700.00'])

    // Without a document: a new one for the chosen year, its unit taken from the sheet.
    const fresh = value(await s.call('import:preview', { mapping: [mapping], options: { budgetYear: 2026 } }))
    expect(fresh.ok).toBe(true)
    expect(fresh.resultingDocument).toMatchObject({ templateYear: 2026, data: { department: { budgetYear: 2026 }, units: [{ name: '示例局', isHeadUnit: true }] } })

    // Remembered: the next workbook with these headers starts from this mapping.
    value(await s.call('import:rememberMapping', { mapping }))
    const again = value(await s.call('import:pickWorkbook', { name: '明细.xlsx' }))
    expect(again.sheets[0]?.remembered).toBe(true)
    expect(again.sheets[0]?.suggested).toMatchObject({ columns: mapping.columns, amountUnit: 'wan' })
  })

  it('asks for a workbook first and refuses names outside the workspace or not .xlsx', async () => {
    s = await testServices('web')
    expect(await s.call('import:preview', { mapping: 'template', options: {} })).toMatchObject({ ok: false, error: { code: 'NOT_FOUND' } })
    for (const name of ['../x.xlsx', 'a.json', 'missing.xlsx']) expect((await s.call('import:pickWorkbook', { name })).ok, name).toBe(false)
    await writeFile(join(s.workspace, 'not-excel.xlsx'), 'hello')
    const r = await s.call('import:pickWorkbook', { name: 'not-excel.xlsx' })
    expect(r).toMatchObject({ ok: false, error: { code: 'INVALID_DOCUMENT' } })
  })
})

const REL = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships'
const HEADERS = ['预算数', '经济科目', '单位名称', '科目代码', '资金来源']

/** A sheet with a comment laid out as openpyxl writes it (absolute part names exceljs cannot follow) and a formula saved without its result. */
function openpyxlStyleWorkbook(): Uint8Array {
  const files = unzipSync(rawXlsx([{ name: '支出明细', xml: `<sheetData><row r="1">${HEADERS.map((h, i) => inlineCell(`${'ABCDE'[i]}1`, h)).join('')}</row><row r="2">${numberCell('A2', 123.45)}${inlineCell('B2', '30101')}${inlineCell('C2', '示例局')}${inlineCell('D2', '2010301')}${inlineCell('E2', '一般公共预算')}<c r="F2"><f>A2*2</f><v></v></c></row></sheetData><legacyDrawing xmlns:r="${REL}" r:id="anysvml"/>` }]))
  files['xl/worksheets/_rels/sheet1.xml.rels'] = strToU8(
    `<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Type="${REL}/comments" Target="/xl/comments/comment1.xml" Id="comments"/><Relationship Type="${REL}/vmlDrawing" Target="/xl/drawings/commentsDrawing1.vml" Id="anysvml"/></Relationships>`,
  )
  files['xl/comments/comment1.xml'] = strToU8('<comments xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><authors><author>财务科</author></authors><commentList><comment ref="A1" authorId="0" shapeId="0"><text><t>单位：元</t></text></comment></commentList></comments>')
  files['xl/drawings/commentsDrawing1.vml'] = strToU8('<xml xmlns:v="urn:schemas-microsoft-com:vml"><v:shape id="_x0000_s1025"/></xml>')
  return zipSync(files)
}

describe('workbooks from other tools (web mode)', () => {
  it('reads a workbook exceljs cannot load as written and lists what was skipped in the preview', async () => {
    s = await testServices('web')
    await writeFile(join(s.workspace, '明细.xlsx'), openpyxlStyleWorkbook())
    const summary = value(await s.call('import:pickWorkbook', { name: '明细.xlsx' }))
    expect(summary.sheets[0]?.rows.slice(0, 2)).toEqual([HEADERS, ['123.45', '30101', '示例局', '2010301', '一般公共预算']])
    const mapping = { sheet: '支出明细', headerRow: 1, columns: { amount: 0, economicCode: 1, unit: 2, functionCode: 3, source: 4 }, amountUnit: 'yuan' as const }
    const preview = value(await s.call('import:preview', { mapping: [mapping], options: { budgetYear: 2026 } }))
    expect(preview.problems.filter((p) => p.severity === 'warning' && p.sheet === '支出明细' && /已跳过|计算结果/.test(p.message))).toEqual([
      { sheet: '支出明细', row: 0, severity: 'warning', message: '工作簿中的批注无法读取，已跳过；单元格内容照常读取，请核对预览' },
      { sheet: '支出明细', row: 2, column: 'F', severity: 'warning', message: uncachedFormula('F2') },
    ])
  })

  it('refuses an encrypted workbook and an old .xls-like compound file with their true reasons', async () => {
    s = await testServices('web')
    await writeFile(join(s.workspace, '加密.xlsx'), encryptXlsx(rawXlsx([{ name: '数据', xml: `<sheetData><row r="1">${numberCell('A1', 1)}</row></sheetData>` }]), '1234'))
    expect(await s.call('import:pickWorkbook', { name: '加密.xlsx' })).toEqual({ ok: false, error: { code: 'INVALID_DOCUMENT', message: ENCRYPTED } })
    await writeFile(join(s.workspace, '旧表.xlsx'), compoundFile([{ name: 'Workbook', data: Buffer.alloc(4096) }]))
    expect(await s.call('import:pickWorkbook', { name: '旧表.xlsx' })).toEqual({ ok: false, error: { code: 'INVALID_DOCUMENT', message: OLD_XLS } })
  })
})

describe('rollover and merge handlers', () => {
  it('rolls sample 000 into 2026 with every prior figure filled, as an unsaved document', async () => {
    s = await testServices('web')
    await copyFile(join('samples', '000-xiaoyi-approval-2025.json'), join(s.workspace, '上年.json'))
    const r = value(await s.call('document:rollover', { name: '上年.json' }))
    expect(r.document.data.department.budgetYear).toBe(2026)
    expect(r.document.templateYear).toBe(2026)
    expect(r.document.data.comparisons.incomeTotal.prior).toBe('20456100.00')
    expect(r.report.priorFigures.length).toBeGreaterThan(5)
    expect(s.session.currentPath).toBeNull()
  })

  it('previews a unit document merged into sample 004, and refuses a stranger', async () => {
    s = await testServices('web')
    const dept = JSON.parse(await readFile(join('samples', '004-datong-approval-2026.json'), 'utf8')) as BudgetDocument
    const unit = 'u-service'
    const d = dept.data
    const unitDoc: BudgetDocument = {
      ...dept,
      data: {
        ...d,
        units: d.units.filter((u) => u.id === unit).map((u) => ({ ...u, isHeadUnit: false })),
        lines: d.lines.filter((l) => l.unitId === unit).map((l) => (l.id === 'l002' ? { ...l, amount: '560700.00' } : l)),
        projects: d.projects.filter((p) => p.unitId === unit),
        performance: { ...d.performance, projectForms: d.performance.projectForms.filter((f) => d.projects.some((p) => p.id === f.projectId && p.unitId === unit)) },
        procurement: [],
      },
    }
    await writeFile(join(s.workspace, '单位.json'), serializeDocument(unitDoc, '0.1.0', '2026-01-01T00:00:00Z'))
    const r = value(await s.call('document:mergeUnit', { document: dept, name: '单位.json' }))
    expect(r.preview.unit.name).toBe('大同市政务服务中心')
    expect(r.preview.lines).toMatchObject({ changed: 1, amountBefore: '7670394.00', amountAfter: '7680394.00' })
    expect(r.document.data.lines.find((l) => l.id === 'l002')?.amount).toBe('560700.00')

    const stranger = { ...unitDoc, data: { ...unitDoc.data, units: unitDoc.data.units.map((u) => ({ ...u, id: 'u-x', name: '某某中心' })), lines: [], projects: [], performance: { ...unitDoc.data.performance, projectForms: [] } } }
    await writeFile(join(s.workspace, '陌生.json'), serializeDocument(stranger, '0.1.0', '2026-01-01T00:00:00Z'))
    const refused = await s.call('document:mergeUnit', { document: dept, name: '陌生.json' })
    expect(refused).toMatchObject({ ok: false, error: { code: 'INVALID_DOCUMENT', message: expect.stringContaining('没有“某某中心”') } })
  })
})

describe('import handlers (Electron mode)', () => {
  it('uses the paths main’s dialogs return, and reports a cancelled dialog', async () => {
    let saveTo = ''
    s = await testServices('electron', {}, { showSave: async (o) => (saveTo ? saveTo : (o.defaultPath ?? null)), showOpen: async () => (saveTo ? `${saveTo}.xlsx` : null) })
    expect(await s.call('import:pickWorkbook', {})).toMatchObject({ ok: false, error: { code: 'CANCELLED' } })
    saveTo = join(s.dir, '模板')
    const written = value(await s.call('import:template', { year: 2026, name: 'ignored.xlsx' }))
    expect(written.name).toBe('模板.xlsx')
    expect(value(await s.call('import:pickWorkbook', {})).isTemplate).toBe(true)
  })
})
