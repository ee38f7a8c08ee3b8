import { describe, expect, it } from 'vitest'
import { catalogFor } from '../../tests/builders/catalog'
import { fenToYuanString, yuanToFen } from '../money/money'
import { ColumnMapping, detectHeader, headerLabels, suggestMapping, type ColumnMappingInput } from './mapping'
import { parseAmount } from './parse-values'
import { applyImport, previewImport } from './preview'
import { deleteMapping, emptyMappingStore, matchingMappings, readMappingStore, rememberMapping, renameMapping, SAVED_MAPPINGS_VERSION } from './saved-mappings'
import { formatProblem, type SheetData } from './sheet'

const catalog = catalogFor(2026)

/** As a budget system prints it: a title, a group row of fund sources over 当年/上年结转, merged cells read once. */
function wideSheet(name: string, data: string[][]): SheetData {
  return {
    name,
    rows: [
      ['2026年部门预算支出表（单位：元）'],
      ['单位名称', '功能科目编码', '部门经济科目', '项目名称', '一般公共预算', '', '政府性基金预算', ''],
      ['', '', '', '', '当年', '上年结转', '当年', '上年结转'],
      ...data,
    ],
  }
}

const BASIC = wideSheet('基本支出', [
  ['示例市数据局', '2010301', '30101', '', '1,000,000', '', '20000.5', ''],
  ['示例市数据局', '2010301', '30201', '', '300000', '12000', '0', ''],
  ['合计', '', '', '', '1300000', '12000', '20000.5', ''],
])
const PROJECTS = wideSheet('项目支出', [
  ['示例市数据局', '2010301', '30227', '政务数据平台运维项目', '450000', '50000', '', '8000'],
  ['示例市信息中心', '2010301', '30227', '信息中心网络项目', '', '', '66000', ''],
])

/** Every amount cell below the header, as 分, the way an officer would add them up. */
function cellSum(sheet: SheetData): number {
  let fen = 0
  for (const row of sheet.rows.slice(3)) {
    if (row[0] === '合计') continue
    for (const cell of row.slice(4)) {
      if (cell === '') continue
      const a = parseAmount(cell, 'yuan')
      if (!a.ok) throw new Error(a.message)
      fen += yuanToFen(a.value)
    }
  }
  return fen
}

function nonZeroCells(sheet: SheetData): number {
  return sheet.rows.slice(3).filter((r) => r[0] !== '合计').flatMap((r) => r.slice(4)).filter((c) => c !== '' && Number(c.replace(/,/g, '')) !== 0).length
}

describe('two-row headers', () => {
  it('join the group cell with the row below, the merged group covering its columns', () => {
    expect(headerLabels(BASIC, 3, 2)).toEqual(['单位名称', '功能科目编码', '部门经济科目', '项目名称', '一般公共预算 · 当年', '一般公共预算 · 上年结转', '政府性基金预算 · 当年', '政府性基金预算 · 上年结转'])
    expect(headerLabels(BASIC, 2, 1)[4]).toBe('一般公共预算')
  })

  it('are detected with one amount column per fund source and period', () => {
    const guess = detectHeader(BASIC)
    expect(guess).toMatchObject({ headerRow: 3, headerRows: 2, columns: { unit: 0, functionCode: 1, economicCode: 2, project: 3 } })
    expect(guess?.columns.amount).toBeUndefined()
    expect(guess?.amountColumns).toEqual([
      { column: 4, source: 'general', period: 'current' },
      { column: 5, source: 'general', period: 'carryover' },
      { column: 6, source: 'fund', period: 'current' },
      { column: 7, source: 'fund', period: 'carryover' },
    ])
  })
})

describe('wide mappings', () => {
  const mappingOf = (sheet: SheetData): ColumnMappingInput => ({ ...(suggestMapping(sheet) as ColumnMappingInput), defaults: { projectCategory: 'operating' } })

  it('unpivot each non-empty, non-zero amount cell into a line of its own, over two sheets at once', () => {
    const preview = previewImport([BASIC, PROJECTS], [mappingOf(BASIC), mappingOf(PROJECTS)], undefined, catalog, { budgetYear: 2026 })
    expect(preview.problems.filter((p) => p.severity === 'error')).toEqual([])
    expect(preview.ok).toBe(true)
    const lines = preview.resultingDocument?.data.lines ?? []
    expect(lines).toHaveLength(nonZeroCells(BASIC) + nonZeroCells(PROJECTS))
    const total = lines.reduce((n, l) => n + yuanToFen(l.amount), 0)
    expect(total).toBe(cellSum(BASIC) + cellSum(PROJECTS))
    expect(preview.summary.amount).toBe(fenToYuanString(total))

    // Each line carries the fund source and period of its column.
    const carry = lines.filter((l) => l.period === 'carryover')
    expect(carry.map((l) => [l.source, l.amount])).toEqual([
      ['general', '12000.00'],
      ['general', '50000.00'],
      ['fund', '8000.00'],
    ])
    expect(lines.filter((l) => l.source === 'fund').map((l) => l.amount)).toEqual(['20000.50', '8000.00', '66000.00'])

    // The preview says what each sheet brings, in workbook order, its totals the sums of its cells.
    const [basic, projects] = preview.sheetSummaries
    expect(basic).toMatchObject({ sheet: '基本支出', lines: nonZeroCells(BASIC), basicLines: nonZeroCells(BASIC), projectLines: 0, units: 1, projects: 0, amount: fenToYuanString(cellSum(BASIC)), carryoverAmount: '12000.00', errors: 0 })
    expect(projects).toMatchObject({ sheet: '项目支出', lines: nonZeroCells(PROJECTS), projectLines: nonZeroCells(PROJECTS), units: 2, projects: 2, amount: fenToYuanString(cellSum(PROJECTS)) })
    // A 0 makes no line, with a note; the 合计 row is not read.
    expect(preview.skipped).toContainEqual({ sheet: '基本支出', row: 5, reason: '“政府性基金预算 · 当年”为0，未生成预算行' })
    expect(preview.skipped).toContainEqual({ sheet: '基本支出', row: 6, reason: '合计行，不导入' })
  })

  it('report a cell that is not a number with its sheet, row and column header, and apply nothing', () => {
    const bad = wideSheet('基本支出', [
      ['示例市数据局', '2010301', '30101', '', '1000', 'abc', '', ''],
      ['示例市数据局', '2010301', '30201', '', '500', '', '', ''],
    ])
    const outcome = applyImport([bad, PROJECTS], [mappingOf(bad), mappingOf(PROJECTS)], undefined, catalog, { budgetYear: 2026 })
    expect(outcome.ok).toBe(false)
    const errors = outcome.preview.problems.filter((p) => p.severity === 'error')
    expect(errors).toHaveLength(1)
    expect(errors[0]).toMatchObject({ sheet: '基本支出', row: 4, column: 'F', columnName: '一般公共预算 · 上年结转' })
    expect(formatProblem(errors[0] as (typeof errors)[number])).toBe('[错误] “基本支出”表 第4行 F列（一般公共预算 · 上年结转）：金额“abc”不是有效的数字')
    expect(outcome.preview.resultingDocument).toBeUndefined()
    expect(outcome.preview.sheetSummaries.find((s) => s.sheet === '基本支出')?.errors).toBe(1)
  })

  it('take the kind from the column, and refuse an amount column and 金额 together', () => {
    const sheet: SheetData = {
      name: '支出',
      rows: [
        ['功能科目', '经济科目', '项目名称', '基本支出（一般公共预算）', '项目支出（一般公共预算）'],
        ['2010301', '30201', '', '700', ''],
        ['2010301', '30227', '平台项目', '', '900'],
      ],
    }
    const m = suggestMapping(sheet) as ColumnMappingInput
    expect(m.amountColumns).toEqual([
      { column: 3, source: 'general', kind: 'basic' },
      { column: 4, source: 'general', kind: 'project' },
    ])
    const preview = previewImport([sheet], { ...m, defaults: { unit: '示例局', projectCategory: 'operating' } }, undefined, catalog, { budgetYear: 2026 })
    expect(preview.ok).toBe(true)
    expect(preview.resultingDocument?.data.lines.map((l) => [l.kind, l.amount])).toEqual([
      ['basic', '700.00'],
      ['project', '900.00'],
    ])
    const byKind = suggestMapping({ name: 'k', rows: [['功能科目', '经济科目', '项目名称', '基本支出', '项目支出（万元）'], ['2010301', '30201', '', '1', '']] })
    expect(byKind?.amountColumns).toEqual([
      { column: 3, kind: 'basic' },
      { column: 4, kind: 'project' },
    ])
    expect(byKind?.amountUnit).toBe('wan')
    const both = ColumnMapping.safeParse({ ...m, columns: { ...m.columns, amount: 3 } })
    expect(both.error?.issues.map((i) => i.message)).toContain('已指定多个金额列（宽表），请清除单独的“金额”列，以免重复计算')
  })

  it('report every problem of a wide row: a unit-money column without its kind, a bad number, a source that contradicts the column', () => {
    const sheet: SheetData = {
      name: '收支',
      rows: [
        ['功能科目', '经济科目', '资金来源', '一般公共预算', '单位资金'],
        ['2010301', '30201', '', '100', 'x'],
        ['2010301', '30201', '政府性基金', '100', ''],
        ['2010301', '30101', '', '500', ''],
      ],
    }
    const mapping: ColumnMappingInput = {
      sheet: '收支',
      headerRow: 1,
      columns: { functionCode: 0, economicCode: 1, source: 2 },
      amountColumns: [
        { column: 3, source: 'general' },
        { column: 4, source: 'unit' },
      ],
      amountUnit: 'yuan',
      defaults: { unit: '示例局' },
    }
    const preview = previewImport([sheet], mapping, undefined, catalog, { budgetYear: 2026 })
    expect(preview.ok).toBe(false)
    expect(preview.problems.filter((p) => p.severity === 'error').map(formatProblem)).toEqual([
      '[错误] “收支”表 第2行 E列（单位资金）：金额“x”不是有效的数字',
      '[错误] “收支”表 第2行 E列（单位资金）：金额列“单位资金”为单位资金，请在列对应中注明单位资金类别，或映射“单位资金类别”列',
      '[错误] “收支”表 第3行 D列（一般公共预算）：资金来源列写的是“政府性基金”，与金额列“一般公共预算”代表的资金来源不一致',
    ])
  })

  it('refuse one sheet mapped twice', () => {
    const m = mappingOf(BASIC)
    const preview = previewImport([BASIC], [m, m], undefined, catalog, { budgetYear: 2026 })
    expect(preview.ok).toBe(false)
    expect(preview.problems.some((p) => p.message.includes('设置了不止一次列对应'))).toBe(true)
  })
})

describe('an export whose sheets are called 基本支出 and 项目支出', () => {
  it('is not taken for the import template, which has its other sheets or its own header', async () => {
    const { isImportTemplate } = await import('./read-sheets')
    const { TEMPLATE_SHEETS } = await import('./template-layout')
    expect(isImportTemplate([BASIC, PROJECTS])).toBe(false)
    expect(isImportTemplate([BASIC, { name: TEMPLATE_SHEETS.units.name, rows: [] }])).toBe(true)
    const header = TEMPLATE_SHEETS.basic.columns.map((c) => c.header)
    expect(isImportTemplate([{ name: TEMPLATE_SHEETS.basic.name, rows: [header] }])).toBe(true)
  })
})

describe('named saved mappings', () => {
  const m = suggestMapping(BASIC) as ColumnMappingInput

  it('are offered for a sheet with the same two-row header, newest first, and can be renamed and deleted', () => {
    let store = rememberMapping(emptyMappingStore(), BASIC, m, '2026-01-01T00:00:00Z', '一体化系统导出')
    store = rememberMapping(store, BASIC, { ...m, amountUnit: 'wan' }, '2026-01-02T00:00:00Z', '万元版')
    const next: SheetData = { name: 'Sheet1', rows: [['另一年的标题'], ...BASIC.rows] }
    const offered = matchingMappings(store, next)
    expect(offered.map((o) => [o.name, o.mapping.headerRow, o.mapping.amountUnit])).toEqual([
      ['万元版', 4, 'wan'],
      ['一体化系统导出', 4, 'yuan'],
    ])
    expect(offered[1]?.mapping.amountColumns).toEqual(m.amountColumns)
    expect(matchingMappings(store, PROJECTS.rows.length > 0 ? { name: 'x', rows: [['别的', '表头']] } : PROJECTS)).toEqual([])

    const renamed = renameMapping(store, '万元版', '一体化（万元）')
    expect(renamed.ok && renamed.store.entries.map((e) => e.name)).toEqual(['一体化（万元）', '一体化系统导出'])
    expect(renameMapping(store, '万元版', '一体化系统导出')).toEqual({ ok: false, message: '已有名为“一体化系统导出”的列对应，请换一个名称' })
    expect(renameMapping(store, '万元版', '  ')).toMatchObject({ ok: false, message: '请填写列对应的名称' })
    const deleted = deleteMapping(store, '一体化系统导出')
    expect(deleted.ok && deleted.store.entries.map((e) => e.name)).toEqual(['万元版'])
    expect(deleteMapping(store, '没有的')).toEqual({ ok: false, message: '没有名为“没有的”的列对应' })
    // The same name replaces the entry.
    expect(rememberMapping(store, BASIC, m, '2026-01-03T00:00:00Z', '万元版').entries.map((e) => [e.name, e.mapping.amountUnit])).toEqual([
      ['万元版', 'yuan'],
      ['一体化系统导出', 'yuan'],
    ])
  })

  it('read format 1 files by upgrading them, and refuse a newer format with the reason', () => {
    const v1 = { version: 1, entries: { '单位名称|功能科目': { mapping: { columns: { unit: 0, functionCode: 1 }, amountUnit: 'yuan' }, headers: ['单位名称', '功能科目'], sheetName: '导出', savedAt: '2025-05-01T00:00:00Z' } } }
    const read = readMappingStore(v1)
    expect(read).toMatchObject({ ok: true, upgraded: true, store: { version: SAVED_MAPPINGS_VERSION, entries: [{ name: '导出', signature: '单位名称|功能科目', sheetName: '导出' }] } })
    const newer = readMappingStore({ version: SAVED_MAPPINGS_VERSION + 1, entries: [] })
    expect(newer).toMatchObject({ ok: false, newer: true })
    expect(!newer.ok && newer.message).toContain(`格式版本 ${SAVED_MAPPINGS_VERSION + 1}`)
    expect(readMappingStore({ version: SAVED_MAPPINGS_VERSION, entries: 'x' })).toMatchObject({ ok: false, newer: false })
  })
})
