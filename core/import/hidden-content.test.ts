// Hidden content is reported and left out unless the officer confirms; a sheet of 150 000 lines
// is read without spreading arguments (which overflowed the call stack).
import { describe, expect, it } from 'vitest'
import type { BudgetDocument } from '../document/envelope'
import { catalogFor } from '../../tests/builders/catalog'
import { loadSample } from '../../tests/samples/sample-files'
import { visibleContent } from './hidden-content'
import { previewImport } from './preview'
import { readSheets } from './read-sheets'
import type { ImportProblem, SheetData } from './sheet'
import { templateRowsOf, templateSheets } from './template-rows'

const doc = loadSample('004')
const catalog = catalogFor(2026)
const base: BudgetDocument = { ...doc, data: { ...doc.data, lines: [], projects: [] } }

function templateWith(mark: (sheets: SheetData[]) => void): SheetData[] {
  const sheets = templateSheets(templateRowsOf(doc, catalog)).map((s) => ({ ...s, rows: s.rows.map((r) => [...r]) }))
  mark(sheets)
  return sheets
}

const basic = (sheets: SheetData[]) => sheets.find((s) => s.name === '基本支出') as SheetData
const warnings = (problems: readonly ImportProblem[]) => problems.filter((p) => p.severity === 'warning').map((p) => p.message)

describe('hidden content', () => {
  it('leaves a hidden row out with a warning, and imports it once confirmed', () => {
    const plain = previewImport(templateWith(() => undefined), 'template', base, catalog)
    const sheets = templateWith((s) => {
      basic(s).hiddenRows = [3]
    })
    const left = previewImport(sheets, 'template', base, catalog)
    expect(left.rowsOk).toBe(plain.rowsOk - 1)
    expect(warnings(left.problems)).toContain('工作表“基本支出”第 3 行是隐藏行，其内容未导入；如确需导入，请勾选“导入隐藏的工作表、行和列”')
    const taken = previewImport(sheets, 'template', base, catalog, { includeHidden: true })
    expect(taken.rowsOk).toBe(plain.rowsOk)
    expect(warnings(taken.problems)).toContain('工作表“基本支出”第 3 行是隐藏行，其内容已按您的确认一并导入')
  })

  it('leaves a veryHidden sheet out, says so, and does not warn about the template’s own hidden 代码表', () => {
    const problems: ImportProblem[] = []
    const out = visibleContent(
      [
        { name: '暗', rows: [['9999999']], hidden: 'veryHidden' },
        { name: '代码表', rows: [['2010301 行政运行']], hidden: 'hidden' },
        { name: '数据', rows: [['a', '7777777'], ['b']], hiddenColumns: [1] },
      ],
      false,
      problems,
    )
    expect(out.map((s) => s.rows)).toEqual([[], [['2010301 行政运行']], [['a', ''], ['b']]])
    expect(problems.map((p) => p.message)).toEqual([
      '工作表“暗”是隐藏的工作表，其内容未导入；如确需导入，请勾选“导入隐藏的工作表、行和列”',
      '工作表“数据”的 B 列是隐藏列，其内容未导入；如确需导入，请勾选“导入隐藏的工作表、行和列”',
    ])
  })

  it('reads a mapped sheet of 150 000 lines without overflowing the call stack', () => {
    const rows: string[][] = [['单位名称', '功能科目编码', '部门经济科目', '资金性质', '金额（元）']]
    for (let i = 0; i < 150_000; i++) rows.push(['示例单位', '2010301', '30101', '一般公共预算', String(100 + (i % 7))])
    const read = readSheets([{ name: '数据', rows }], { sheet: '数据', headerRow: 1, columns: { unit: 0, functionCode: 1, economicCode: 2, source: 3, amount: 4 }, amountUnit: 'yuan' }, catalog)
    expect(read.lines.length + read.skipped.length).toBe(150_000)
  })
})
