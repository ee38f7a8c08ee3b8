// xlsx → SheetData[] (plain strings) for core/import. Numbers are written without binary float
// artefacts (1234.5 → "1234.5", a formula's 0.1+0.2 → "0.3"), formulas give their cached result,
// dates become ISO dates, rich text its plain text. Rows keep their sheet positions (row 1 = rows[0]).
import { access } from 'node:fs/promises'
import ExcelJS from 'exceljs'
import { err, ok, type Result } from '../../../core/api/result'
import type { SheetData } from '../../../core/import/sheet'
import { fsErrorResult } from '../documents/fs-errors'
import { errnoCode } from '../documents/fs-layer'

/** 15 significant digits round-trip every decimal a person can type into Excel; more shows float noise. */
export function numberText(n: number): string {
  if (!Number.isFinite(n)) return ''
  if (Number.isInteger(n) && Math.abs(n) < 1e21) return BigInt(n).toString()
  const abs = Math.abs(n)
  if (abs >= 1e15 || abs < 1e-6) return String(n)
  const fixed = n.toPrecision(15)
  return fixed.includes('.') ? fixed.replace(/0+$/, '').replace(/\.$/, '') : fixed
}

function dateText(d: Date): string {
  const iso = d.toISOString()
  return iso.endsWith('T00:00:00.000Z') ? iso.slice(0, 10) : iso
}

type CellValue = ExcelJS.CellValue

export function cellValueText(value: CellValue): string {
  if (value === null || value === undefined) return ''
  if (typeof value === 'number') return numberText(value)
  if (typeof value === 'string') return value
  if (typeof value === 'boolean') return value ? 'TRUE' : 'FALSE'
  if (value instanceof Date) return dateText(value)
  if (typeof value === 'object') {
    if ('richText' in value && Array.isArray(value.richText)) return value.richText.map((r) => r.text).join('')
    if ('formula' in value || 'sharedFormula' in value) return cellValueText((value as { result?: CellValue }).result ?? null)
    if ('error' in value) return String(value.error)
    if ('text' in value) return cellValueText((value as { text: CellValue }).text)
  }
  return String(value)
}

export function sheetData(ws: ExcelJS.Worksheet): SheetData {
  const rows: string[][] = []
  const rowCount = ws.rowCount
  const columnCount = ws.columnCount
  for (let r = 1; r <= rowCount; r++) {
    const row = ws.getRow(r)
    const cells: string[] = []
    for (let c = 1; c <= columnCount; c++) cells.push(cellValueText(row.getCell(c).value).replace(/\r\n?/g, '\n'))
    while (cells.length > 0 && cells[cells.length - 1] === '') cells.pop()
    rows.push(cells)
  }
  while (rows.length > 0 && (rows[rows.length - 1] as string[]).length === 0) rows.pop()
  return { name: ws.name, rows }
}

/** Visible and hidden sheets alike; the dialog lists the visible ones first. */
export async function readWorkbook(path: string): Promise<SheetData[]> {
  const wb = new ExcelJS.Workbook()
  await wb.xlsx.readFile(path)
  return wb.worksheets.map(sheetData)
}

export async function readWorkbookBuffer(data: ArrayBuffer | Uint8Array): Promise<SheetData[]> {
  const wb = new ExcelJS.Workbook()
  await wb.xlsx.load(data as ArrayBuffer)
  return wb.worksheets.map(sheetData)
}

/** readWorkbook as a Result for IPC: file-system errors and non-xlsx files become Chinese messages. */
export async function openWorkbook(path: string): Promise<Result<SheetData[]>> {
  try {
    await access(path)
  } catch (e) {
    return fsErrorResult(e, '读取', path)
  }
  try {
    return ok(await readWorkbook(path))
  } catch (e) {
    if (errnoCode(e)) return fsErrorResult(e, '读取', path)
    const detail = e instanceof Error ? e.message : String(e)
    return err('INVALID_DOCUMENT', '无法读取这个 Excel 文件：请确认它是 .xlsx 格式（.xls 或 .et 文件请先另存为 .xlsx）且没有加密', [path, detail])
  }
}
