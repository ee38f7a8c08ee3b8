// Self-audit of the exported workbook: read it back with exceljs and compare every planned cell of
// every table (core/tables → sheet-layout) with what the file holds. Numbers must be equal exactly
// (both are 0.01万元 integers divided by 100); texts (codes, names, titles) must match too.
import ExcelJS from 'exceljs'
import { basename } from 'node:path'
import type { TableModel } from '../../../../core/tables/table-model'
import { sheetName } from '../xlsx/render-sheet'
import { planSheet } from '../xlsx/sheet-layout'
import type { AuditMismatch, AuditReport } from './audit-report'

function readValue(cell: ExcelJS.Cell): string | number | null {
  if (cell.isMerged && cell.master.address !== cell.address) return null
  const v = cell.value
  if (v === null || v === undefined) return null
  if (typeof v === 'number' || typeof v === 'string') return v
  if (typeof v === 'object' && 'richText' in v) return v.richText.map((r) => r.text).join('')
  if (typeof v === 'object' && 'result' in v) return (v.result as number | string | undefined) ?? null
  return String(v)
}

const shown = (v: string | number | null) => (v === null ? '空' : typeof v === 'number' ? v.toFixed(2) : `“${v}”`)

export async function auditXlsx(xlsxPath: string, tables: readonly TableModel[]): Promise<AuditReport> {
  const name = basename(xlsxPath)
  const wb = new ExcelJS.Workbook()
  await wb.xlsx.readFile(xlsxPath)
  const mismatches: AuditMismatch[] = []
  let checked = 0
  for (const t of tables) {
    const ws = wb.getWorksheet(sheetName(t))
    if (!ws) {
      mismatches.push({ file: name, kind: 'sheet', table: t.id, message: `${name}：缺少工作表“${sheetName(t)}”（${t.label}）` })
      continue
    }
    const plan = planSheet(t)
    for (const c of plan.cells) {
      if (c.value === null || c.role === 'header') continue
      const actual = readValue(ws.getCell(c.row, c.col))
      if (actual === c.value) {
        if (typeof c.value === 'number' && c.value !== 0) checked++
        continue
      }
      const where = `${sheetName(t)}!${ws.getCell(c.row, c.col).address}`
      const row = c.row >= plan.bodyRows.first && c.row <= plan.bodyRows.last ? t.rows[c.row - plan.bodyRows.first] : undefined
      const m: AuditMismatch = { file: name, kind: 'cell', table: t.id, message: `${name}：${where} 应为 ${shown(c.value)}，文件中为 ${shown(actual)}` }
      if (row) m.rowKey = row.key
      const column = t.columns[c.col - 1]
      if (row && column) m.column = column.key
      mismatches.push(m)
    }
  }
  return { checked, mismatches, files: [xlsxPath] }
}
