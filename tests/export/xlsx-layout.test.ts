// The worksheet plan on its own (no exceljs): text measurement, column widths that fit CJK text,
// wrapped long names with taller rows, tree indentation, narrow tables widened for the title.
import { describe, expect, it } from 'vitest'
import type { TableModel } from '../../core/tables/table-model'
import { TEXT_FORMAT } from '../../electron/main/export/xlsx/cell-styles'
import { columnWidths } from '../../electron/main/export/xlsx/column-widths'
import { moneyValue, planSheet, rowHeight, type SheetPlan } from '../../electron/main/export/xlsx/sheet-layout'
import { textWidth, wrappedLineCount } from '../../electron/main/export/xlsx/text-width'
import { buildData, envelope, syntheticCarryoverDepartment } from '../builders/document-builder'
import { MONEY_FORMAT } from './xlsx-expectations'
import { analyzeDocument } from './xlsx-fixtures'

const LONG_NAME = '示例市行政审批服务管理局关于政务服务中心一体化在线政务服务平台升级改造及数据共享交换系统建设运行维护的项目'

function tablesWithLongName() {
  const data = syntheticCarryoverDepartment()
  data.projects[0] = { ...data.projects[0], name: LONG_NAME } as (typeof data.projects)[number]
  return analyzeDocument(envelope(buildData(data))).derivation.tables
}

const cellAt = (plan: SheetPlan, row: number, col: number) => plan.cells.find((c) => c.row === row && c.col === col)

describe('text measurement', () => {
  it('counts ideographs and full-width signs as two units, ASCII as one', () => {
    expect(textWidth('2025年预算')).toBe(10)
    expect(textWidth('（本级）“三公”')).toBe(16)
    expect(textWidth('Z综合窗口')).toBe(9)
  })

  it('wraps by character into the available width', () => {
    expect(wrappedLineCount('一二三四五', 4)).toBe(3)
    expect(wrappedLineCount('一二三四', 8)).toBe(1)
    expect(wrappedLineCount('一二\n三', 10)).toBe(2)
    expect(wrappedLineCount('一二三四', 8, 1.6)).toBe(2)
  })
})

describe('sheet plan', () => {
  const tables = tablesWithLongName()

  it('caps the name column at the layout hint and wraps a long name onto more lines, with a taller row', () => {
    const t12 = tables.T12
    const plan = planSheet(t12)
    expect(plan.columnWidths[0]).toBe(t12.columns[0]!.width * 2 + 2)
    const i = t12.rows.findIndex((r) => r.cells[0]?.kind === 'text' && r.cells[0].text === LONG_NAME)
    const row = plan.bodyRows.first + i
    expect(cellAt(plan, row, 1)?.value).toBe(LONG_NAME)
    expect(cellAt(plan, row, 1)?.style.alignment?.wrapText).toBe(true)
    const lines = wrappedLineCount(LONG_NAME, (plan.columnWidths[0] as number) - 2 - 2 * 2)
    expect(lines).toBeGreaterThan(1)
    expect(plan.rowHeights[row - 1]).toBe(rowHeight(lines))
    expect(plan.rowHeights[row - 2]).toBe(rowHeight(1))
  })

  it('indents the tree column by level: department 0, unit 1, project 2; money is never indented', () => {
    const t12 = tables.T12
    const plan = planSheet(t12)
    const indents = t12.rows.map((_, i) => cellAt(plan, plan.bodyRows.first + i, 1)?.style.alignment?.indent ?? 0)
    expect(indents).toEqual(t12.rows.map((r) => r.level))
    expect(indents.slice(0, 3)).toEqual([0, 1, 2])
    expect(cellAt(plan, plan.bodyRows.first + 2, 2)?.style.alignment?.indent).toBeUndefined()
  })

  it('writes money as numbers with the blank-zero format and code/text with the Text format', () => {
    const t2 = tables.T2
    const plan = planSheet(t2)
    const first = plan.bodyRows.first
    expect(cellAt(plan, first + 1, 1)).toMatchObject({ value: '201', role: 'code', style: { numFmt: TEXT_FORMAT } })
    expect(cellAt(plan, first, 3)).toMatchObject({ value: 1000, role: 'money', style: { numFmt: MONEY_FORMAT } })
    expect(cellAt(plan, first, 5)).toMatchObject({ value: 0, role: 'money', style: { numFmt: MONEY_FORMAT } })
    // The 合计 row's empty name is an empty cell, not an empty string.
    expect(cellAt(plan, first, 2)?.value).toBeNull()
  })

  it('converts 0.01 万元 integers to the exact decimal number', () => {
    for (let cents = -100_000; cents <= 2_000_000; cents += 97) expect(moneyValue(cents)).toBe(Number((cents / 100).toFixed(2)))
  })

  it('widens a narrow table so its 16 pt title fits on one line', () => {
    const t7: TableModel = tables.T7
    const widths = columnWidths(t7)
    expect(widths.reduce((a, b) => a + b, 0)).toBeGreaterThanOrEqual(Math.ceil(textWidth(t7.title) * 1.6))
    const plan = planSheet(t7)
    expect(plan.rowHeights[1]).toBe(34)
  })

  it('puts 注：本表无数据 and the footnotes under the body, merged across the table, inside the print area', () => {
    const t = { ...tables.T13, rows: [], empty: true, notes: ['注：本套报表因取数时四舍五入，部分金额可能存在尾差'] }
    const plan = planSheet(t)
    expect(plan.bodyRows).toEqual({ first: 7, last: 6 })
    expect([cellAt(plan, 7, 1)?.value, cellAt(plan, 8, 1)?.value]).toEqual(['注：本表无数据', t.notes[0]])
    expect(plan.merges).toContainEqual({ top: 8, left: 1, bottom: 8, right: 5 })
    expect(plan.lastRow).toBe(8)
    expect(cellAt(plan, 7, 1)?.style.border).toBeUndefined()
  })
})
