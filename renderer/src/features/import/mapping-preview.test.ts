import { describe, expect, it } from 'vitest'
import type { SheetSummary } from '../../../../core/api/import-schema'
import { blankMapping, columnChoices, mappingProblems, previewRows, withAmountColumn, withColumn } from './mapping-preview'

const sheet: SheetSummary = {
  name: '支出明细',
  rowCount: 4,
  columnCount: 4,
  rows: [
    ['预算数', '经济科目', '科目代码', ''],
    ['123.45', '30101', '2010301'],
    ['abc', '30201', '2010301'],
    ['1,234.5', '30201', '2010301'],
  ],
  remembered: false,
  savedMappings: [],
}

describe('the mapping step’s live view', () => {
  it('lists columns by letter and header, blank headers marked', () => {
    expect(columnChoices(sheet, 1).map((c) => c.label)).toEqual(['A 预算数', 'B 经济科目', 'C 科目代码', 'D （无表头）'])
  })

  it('reads amounts in 万元 or 元 as the import will, and says why a cell cannot be read', () => {
    let m = blankMapping(sheet)
    m = withColumn(withColumn(withColumn(m, 'amount', 0), 'economicCode', 1), 'functionCode', 2)
    expect(mappingProblems(m)).toEqual([])
    const yuan = previewRows(sheet, m)
    expect(yuan.map((r) => r.row)).toEqual([2, 3, 4])
    expect(yuan[0]?.yuan).toEqual({ ok: true, value: '123.45' })
    expect(yuan[1]?.yuan).toMatchObject({ ok: false, message: expect.stringContaining('不是有效的数字') })
    const wan = previewRows(sheet, { ...m, amountUnit: 'wan' })
    expect(wan[0]?.yuan).toEqual({ ok: true, value: '1,234,500.00' })
    expect(wan[2]?.yuan).toEqual({ ok: true, value: '12,345,000.00' })
  })

  it('names the missing required columns and moves a column taken twice', () => {
    const m = withColumn(blankMapping(sheet), 'amount', 0)
    expect(mappingProblems(m)).toEqual(['请指定“功能科目”所在的列', '请指定“部门经济科目”所在的列'])
    const moved = withColumn(m, 'functionCode', 0)
    expect(moved.columns).toEqual({ functionCode: 0 })
    expect(withColumn(moved, 'functionCode', undefined).columns).toEqual({})
  })
})

describe('wide amount columns in the mapping step', () => {
  const wide: SheetSummary = {
    name: '宽表',
    rowCount: 4,
    columnCount: 5,
    rows: [
      ['功能科目', '经济科目', '一般公共预算', ''],
      ['', '', '当年', '上年结转'],
      ['2010301', '30101', '1000', 'x'],
    ],
    remembered: false,
    savedMappings: [],
  }

  it('labels columns by both header rows and reads each amount column as the import will', () => {
    expect(columnChoices(wide, 2, 2).map((c) => c.label)).toEqual(['A 功能科目', 'B 经济科目', 'C 一般公共预算 · 当年', 'D 一般公共预算 · 上年结转'])
    let m = withColumn(withColumn({ ...blankMapping(wide), headerRow: 2, headerRows: 2 }, 'functionCode', 0), 'economicCode', 1)
    m = withAmountColumn(m, wide, undefined, { source: 'general', period: 'current' })
    m = withAmountColumn(m, wide, undefined, { source: 'general', period: 'carryover' })
    expect(m.amountColumns).toEqual([
      { column: 2, source: 'general', period: 'current' },
      { column: 3, source: 'general', period: 'carryover' },
    ])
    expect(mappingProblems(m)).toEqual([])
    const [row] = previewRows(wide, m)
    expect(row?.amounts[0]).toEqual({ ok: true, value: '1,000.00' })
    expect(row?.amounts[1]).toMatchObject({ ok: false, message: expect.stringContaining('不是有效的数字') })
  })

  it('moves a column between a field and an amount column, never both', () => {
    let m = withAmountColumn({ ...blankMapping(wide), headerRow: 2 }, wide, undefined, { period: 'current' })
    expect(m.amountColumns).toEqual([{ column: 0, period: 'current' }])
    m = withColumn(m, 'functionCode', 0)
    expect(m.amountColumns).toEqual([])
    m = withAmountColumn(m, wide, undefined, {})
    m = withAmountColumn(m, wide, 0, { column: 0, source: 'unit', unitFundKind: 'business-income' })
    expect(m.columns).toEqual({})
    expect(m.amountColumns).toEqual([{ column: 0, source: 'unit', unitFundKind: 'business-income' }])
    expect(withAmountColumn(m, wide, 0, { source: 'fund' }).amountColumns).toEqual([{ column: 0, source: 'fund' }])
    expect(withAmountColumn(m, wide, 0, null).amountColumns).toEqual([])
  })
})
