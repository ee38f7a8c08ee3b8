// xlsx → SheetData[] (plain strings) for core/import. Numbers are written without binary float
// artefacts (1234.5 → "1234.5", a formula's 0.1+0.2 → "0.3"), formulas give their cached result,
// dates become ISO dates, rich text its plain text. Rows keep their sheet positions (row 1 = rows[0]).
import ExcelJS from 'exceljs'
import { err, type Result } from '../../../core/api/result'
import { columnLetter, type SheetData } from '../../../core/import/sheet'
import { megabytes, readRegularFile } from '../documents/bounded-read'
import { fsErrorResult } from '../documents/fs-errors'
import { MAX_WORKBOOK_BYTES } from './workbook-file'
import { scanWorkbookZip, WORKBOOK_LIMITS, WorkbookTooLarge, type WorkbookLimits } from './workbook-limits'
import { readWorkbookInWorker } from './workbook-thread'

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

/**
 * Only the cells that exist are walked (never rows × columns of the declared range); the cells a
 * merge covers are read once, from the merge's top-left cell; hidden sheets, rows and columns are
 * marked so the import reports them and leaves them out unless the officer confirms.
 */
export function sheetData(ws: ExcelJS.Worksheet, limits: WorkbookLimits = WORKBOOK_LIMITS): SheetData {
  const rows: string[][] = []
  const hiddenRows: number[] = []
  const hiddenColumns = new Set<number>()
  ws.eachRow({ includeEmpty: false }, (row, r) => {
    const cells: string[] = []
    row.eachCell({ includeEmpty: false }, (cell, c) => {
      if (cell.type === ExcelJS.ValueType.Merge) return
      const text = cellValueText(cell.value).replace(/\r\n?/g, '\n')
      if (text === '') return
      if (r > limits.maxRowNumber || c > limits.maxColumnNumber) {
        throw new WorkbookTooLarge(`工作表“${ws.name}”的单元格 ${columnLetter(c - 1)}${r} 有内容，超出导入范围（最多 ${limits.maxRowNumber} 行、${limits.maxColumnNumber} 列）；请删除多余的内容后重试`)
      }
      while (cells.length < c - 1) cells.push('')
      cells[c - 1] = text
    })
    if (cells.length === 0) return
    while (rows.length < r - 1) rows.push([])
    rows[r - 1] = cells
    if (row.hidden) hiddenRows.push(r)
    cells.forEach((text, i) => {
      if (text !== '' && ws.getColumn(i + 1).hidden) hiddenColumns.add(i)
    })
  })
  const out: SheetData = { name: ws.name, rows }
  if (ws.state === 'hidden' || ws.state === 'veryHidden') out.hidden = ws.state
  if (hiddenRows.length > 0) out.hiddenRows = hiddenRows
  if (hiddenColumns.size > 0) out.hiddenColumns = [...hiddenColumns].sort((a, b) => a - b)
  return out
}

/** The zip is scanned against the limits before exceljs builds its model. */
export async function readWorkbookBuffer(data: ArrayBuffer | Uint8Array, limits: WorkbookLimits = WORKBOOK_LIMITS): Promise<SheetData[]> {
  const bytes = data instanceof Uint8Array ? data : new Uint8Array(data)
  scanWorkbookZip(bytes, limits)
  const wb = new ExcelJS.Workbook()
  await wb.xlsx.load(bytes as unknown as ArrayBuffer)
  return wb.worksheets.map((ws) => sheetData(ws, limits))
}

/** Visible and hidden sheets alike (marked); the dialog lists the visible ones first. */
export async function readWorkbook(path: string, limits: WorkbookLimits = WORKBOOK_LIMITS): Promise<SheetData[]> {
  const read = await readRegularFile(path, MAX_WORKBOOK_BYTES)
  if (!read.ok) throw new WorkbookTooLarge(workbookFileRefusal(read))
  return readWorkbookBuffer(read.bytes, limits)
}

export function workbookFileRefusal(read: { reason: 'not-regular' | 'too-large'; size?: number }): string {
  return read.reason === 'not-regular' ? '所选的不是普通文件，请选择 .xlsx 工作簿' : `工作簿过大（${megabytes(read.size ?? 0)}，上限 ${megabytes(MAX_WORKBOOK_BYTES)}）`
}

/** readWorkbook as a Result for IPC and the CLI, parsed in a worker thread so main stays responsive. */
export async function openWorkbook(path: string): Promise<Result<SheetData[]>> {
  let read: Awaited<ReturnType<typeof readRegularFile>>
  try {
    read = await readRegularFile(path, MAX_WORKBOOK_BYTES)
  } catch (e) {
    return fsErrorResult(e, '读取', path)
  }
  if (!read.ok) return err('INVALID_DOCUMENT', workbookFileRefusal(read))
  return readWorkbookInWorker(read.bytes)
}
