import { describe, expect, it } from 'vitest'
import { ColumnMapping, detectHeader, headerSignature, mappedRows, targetForHeader } from './mapping'
import { emptyMappingStore, recallMapping, rememberMapping, SavedMappingStore } from './saved-mappings'
import type { SheetData } from './sheet'

const sheet: SheetData = {
  name: '导出',
  rows: [
    ['部门预算明细'],
    ['单位名称', '功能科目编码', '部门经济科目', '政府经济科目', '资金性质', '项目名称', '金额（元）'],
    ['大同市政务服务中心', '2010301', '30101', '', '一般公共预算', '', '550700'],
    [],
    ['大同市政务服务中心', '2010399', '30227', '', '一般公共预算', 'Z政务工作运行经费', '10000'],
  ],
}

describe('header detection', () => {
  it('names fields by header words, most specific first', () => {
    expect(targetForHeader('政府经济科目')).toBe('governmentEconomicCode')
    expect(targetForHeader('部门经济科目编码')).toBe('economicCode')
    expect(targetForHeader('单位资金类别')).toBe('unitFundKind')
    expect(targetForHeader('项目类别')).toBe('projectCategory')
    expect(targetForHeader('金额（万元）')).toBe('amount')
    expect(targetForHeader('序号')).toBeUndefined()
  })

  it('finds the header row and the columns', () => {
    expect(detectHeader(sheet)).toEqual({
      headerRow: 2,
      headerRows: 1,
      headers: sheet.rows[1],
      columns: { unit: 0, functionCode: 1, economicCode: 2, governmentEconomicCode: 3, source: 4, project: 5, amount: 6 },
      amountColumns: [],
      amountUnit: 'yuan',
    })
  })

  it('previews the mapped rows for the dialog, blank rows left out', () => {
    expect(mappedRows(sheet, { headerRow: 2, columns: { functionCode: 1, amount: 6 } })).toEqual([
      { row: 3, cells: { functionCode: '2010301', amount: '550700' }, amounts: [] },
      { row: 5, cells: { functionCode: '2010399', amount: '10000' }, amounts: [] },
    ])
  })
})

describe('ColumnMapping', () => {
  it('needs 功能科目, 经济科目 and 金额, each field on its own column', () => {
    const r = ColumnMapping.safeParse({ sheet: 's', headerRow: 1, columns: { functionCode: 0, unit: 0 }, amountUnit: 'yuan' })
    expect(r.success).toBe(false)
    expect(r.error?.issues.map((i) => i.message)).toEqual(['请指定“部门经济科目”所在的列', '请指定“金额”所在的列，或添加宽表的金额列', '“单位”和“功能科目”指定了同一列（A列）'])
  })
})

describe('saved mappings', () => {
  it('are keyed by the header signature and reapplied on the header row', () => {
    const mapping = { sheet: '导出', headerRow: 2, columns: { functionCode: 1, economicCode: 2, amount: 6 }, amountUnit: 'yuan' as const, defaults: { unit: '大同市政务服务中心' } }
    const store = rememberMapping(emptyMappingStore(), sheet, mapping, '2026-01-01T00:00:00Z')
    expect(store.entries.map((e) => [e.name, e.signature])).toEqual([['导出', headerSignature(sheet.rows[1] ?? [])]])
    expect(SavedMappingStore.parse(JSON.parse(JSON.stringify(store)))).toEqual(store)
    const moved: SheetData = { name: '另一张', rows: [[], [], ...sheet.rows.slice(1)] }
    expect(recallMapping(store, moved)).toEqual({ name: '导出', savedAt: '2026-01-01T00:00:00Z', mapping: { ...mapping, sheet: '另一张', headerRow: 3, headerRows: 1, amountColumns: [] } })
    expect(recallMapping(store, { name: 'x', rows: [['别的', '表头']] })).toBeUndefined()
  })
})

describe('科目名称 columns (codes the catalog lacks)', () => {
  it('are recognised before the code words and name unknown codes in the document catalog', async () => {
    expect(targetForHeader('科目名称')).toBe('functionName')
    expect(targetForHeader('功能科目名称')).toBe('functionName')
    expect(targetForHeader('部门经济科目名称')).toBe('economicName')
    expect(targetForHeader('功能科目编码')).toBe('functionCode')
    const { previewImport } = await import('./preview')
    const { catalogFor } = await import('../../tests/builders/catalog')
    const named: SheetData = {
      name: '导出',
      rows: [
        ['单位名称', '功能科目编码', '科目名称', '部门经济科目', '金额（元）'],
        ['某市市场监督管理局', '2013801', '行政运行', '30101', '550700'],
        ['某市市场监督管理局', '2010301', '行政运行', '30101', '1000'],
        ['某市市场监督管理局', '2013899 其他市场监督管理事务', '', '30201', '1000'],
      ],
    }
    const mapping = { sheet: '导出', headerRow: 1, columns: detectHeader(named)?.columns ?? {}, amountUnit: 'yuan' as const, defaults: {} }
    const preview = previewImport([named], mapping, undefined, catalogFor(2026), { budgetYear: 2026 })
    expect(preview.unknownCodes.map((u) => [u.code, u.name])).toEqual([['2013801', '行政运行'], ['2013899', '其他市场监督管理事务']])
    expect(preview.resultingDocument?.data.ownCatalog?.functional).toEqual([
      { code: '2013801', name: '行政运行', origin: 'imported' },
      { code: '2013899', name: '其他市场监督管理事务', origin: 'imported' },
    ])
  })
})
