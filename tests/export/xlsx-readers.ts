// Adapters from the two xlsx readers (exceljs, openpyxl) to the SheetReader of xlsx-expectations.
import type ExcelJS from 'exceljs'
import type { OpenpyxlSheet } from './xlsx-fixtures'
import type { ReadCell, SheetReader } from './xlsx-expectations'

export function exceljsReader(ws: ExcelJS.Worksheet): SheetReader {
  return (row, col) => {
    const cell = ws.getCell(row, col)
    const numFmt = cell.numFmt ?? 'General'
    // exceljs answers a merged cell's value from its master; the covered cell itself is empty.
    if (cell.isMerged && cell.master.address !== cell.address) return { type: 'empty', value: null, numFmt }
    const v = cell.value
    if (v === null || v === undefined) return { type: 'empty', value: null, numFmt }
    if (typeof v === 'number') return { type: 'number', value: v, numFmt }
    if (typeof v === 'string') return { type: 'string', value: v, numFmt }
    if (typeof v === 'object' && 'formula' in v) return { type: 'formula', value: String(v.formula), numFmt }
    return { type: 'other', value: JSON.stringify(v), numFmt }
  }
}

export function openpyxlReader(sheet: OpenpyxlSheet): SheetReader {
  const cells = new Map<string, ReadCell>()
  for (const [row, col, value, dataType, numFmt] of sheet.cells) {
    const type = dataType === 's' ? 'string' : dataType === 'n' ? 'number' : dataType === 'f' ? 'formula' : `openpyxl:${dataType}`
    cells.set(`${row}:${col}`, { type, value: typeof value === 'boolean' ? String(value) : value, numFmt })
  }
  return (row, col) => cells.get(`${row}:${col}`) ?? { type: 'empty', value: null, numFmt: 'General' }
}

/** Every cell with a value, as `R{row}C{col}`, to catch stray writes outside the expected grid. */
export function exceljsValueAddresses(ws: ExcelJS.Worksheet): string[] {
  const out: string[] = []
  ws.eachRow({ includeEmpty: false }, (row, r) => {
    row.eachCell({ includeEmpty: false }, (cell, c) => {
      if (cell.isMerged && cell.master.address !== cell.address) return
      if (cell.value !== null && cell.value !== undefined) out.push(`R${r}C${c}`)
    })
  })
  return out
}
