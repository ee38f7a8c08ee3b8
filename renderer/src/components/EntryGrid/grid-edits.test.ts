import { describe, expect, it } from 'vitest'
import { parsePaste, splitClipboardText } from '../paste/parse-paste'
import { commitText, displayText, editText, toPasteColumn } from './grid-cells'
import { applyPaste, clearRange, deleteRows, duplicateRows, rangeToText } from './grid-edits'
import type { GridColumn } from './grid-types'

interface Row {
  id: string
  code: string
  source: string
  amount: string
}

const columns: GridColumn<Row>[] = [
  { key: 'code', title: '功能科目', width: 100, kind: 'code', lengths: [7], required: true, entries: [{ code: '2010301', name: '行政运行', level: '项', status: 'verified' }] },
  { key: 'source', title: '资金来源', width: 100, kind: 'enum', required: true, options: [{ value: 'general', label: '一般公共预算' }] },
  { key: 'amount', title: '金额', width: 100, kind: 'money', required: true },
]
let n = 0
const newRow = (): Row => ({ id: `r${++n}`, code: '', source: 'general', amount: '' })

describe('grid cells', () => {
  it('shows codes with their names, amounts in the chosen unit, choices by label', () => {
    const row: Row = { id: 'a', code: '2010301', source: 'general', amount: '1147200.00' }
    expect(displayText(row, columns[0] as GridColumn<Row>, 'yuan')).toBe('2010301 行政运行')
    expect(displayText(row, columns[1] as GridColumn<Row>, 'yuan')).toBe('一般公共预算')
    expect(displayText(row, columns[2] as GridColumn<Row>, 'wan')).toBe('114.72')
    expect(editText(row, columns[0] as GridColumn<Row>, 'yuan')).toBe('2010301')
  })

  it('keeps typed text that does not parse, and reads what does', () => {
    const row = newRow()
    expect(commitText(row, columns[2] as GridColumn<Row>, '１，２００', 'yuan').amount).toBe('1200.00')
    expect(commitText(row, columns[2] as GridColumn<Row>, '3.5', 'wan').amount).toBe('35000.00')
    expect(commitText(row, columns[2] as GridColumn<Row>, '12a', 'yuan').amount).toBe('12a')
    expect(commitText(row, columns[1] as GridColumn<Row>, '专户', 'yuan').source).toBe('专户')
  })
})

describe('grid edits', () => {
  const rows: Row[] = [
    { id: 'a', code: '2010301', source: 'general', amount: '1.00' },
    { id: 'b', code: '2010301', source: 'general', amount: '2.00' },
  ]

  it('pastes from the anchor down, overwriting and adding rows, bad cells kept as text', () => {
    const result = parsePaste('5\n6x\n7\n', columns.map(toPasteColumn), 'yuan', 2)
    const applied = applyPaste(rows, result, columns, 1, newRow)
    expect(applied.rows.map((r) => r.amount)).toEqual(['1.00', '5.00', '6x', '7.00'])
    expect(applied.added).toBe(2)
    expect(applied.rows[1]?.id).toBe('b')
    expect([applied.first, applied.last]).toEqual([1, 3])
  })

  it('clears, deletes and duplicates a selection', () => {
    expect(clearRange(rows, columns, { top: 0, bottom: 0, left: 2, right: 2 }).map((r) => r.amount)).toEqual(['', '2.00'])
    expect(deleteRows(rows, 0, 0).map((r) => r.id)).toEqual(['b'])
    expect(duplicateRows(rows, 0, 1, (r) => ({ ...r, id: `${r.id}2` })).map((r) => r.id)).toEqual(['a', 'b', 'a2', 'b2'])
  })

  it('copies a selection as Excel text', () => {
    expect(rangeToText([['a', 'b\tc'], ['say "x"', '']])).toBe('a\t"b\tc"\nsay "x"\t')
  })
})

describe('copy and paste round trip', () => {
  it('reads back what it copies', () => {
    const cells = [['a', 'b\tc', '"q"'], ['line\nbreak', 'say "x"', '']]
    expect(splitClipboardText(rangeToText(cells))).toEqual(cells)
  })
})
