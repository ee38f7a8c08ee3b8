// xlsx → SheetData[] (plain strings) for core/import. Numbers are written without binary float
// artefacts (1234.5 → "1234.5", a formula's 0.1+0.2 → "0.3"), formulas give their cached result,
// dates become ISO dates, rich text its plain text. Rows keep their sheet positions (row 1 = rows[0]).
// Any tool's .xlsx reads: where exceljs fails on a part the import does not need (comments,
// drawings, printer settings … as openpyxl and others write them) it is retried without those
// parts, then without styles, and last the small cell reader of xlsx-cells.ts takes the cells;
// what was skipped is said in a read note. A file that is not an .xlsx is refused with its true
// reason (encrypted, old .xls, text …) before any reader runs.
import ExcelJS from 'exceljs'
import { strFromU8, unzipSync, zipSync } from 'fflate'
import { err, type Result } from '../../../core/api/result'
import { columnLetter, type ReadNote, type SheetData } from '../../../core/import/sheet'
import { megabytes, readRegularFile } from '../documents/bounded-read'
import { fsErrorResult } from '../documents/fs-errors'
import { identifyWorkbookFile, MAX_WORKBOOK_BYTES } from './workbook-file'
import { scanWorkbookZip, WORKBOOK_LIMITS, WorkbookRefused, WorkbookTooLarge, type WorkbookLimits } from './workbook-limits'
import { readWorkbookInWorker } from './workbook-thread'
import { readCells, resolveTarget } from './xlsx-cells'

/** 15 significant digits round-trip every decimal a person can type into Excel; more shows float noise. */
export function numberText(n: number): string {
  if (!Number.isFinite(n)) return ''
  if (Number.isInteger(n) && Math.abs(n) < 1e21) return BigInt(n).toString()
  const abs = Math.abs(n)
  if (abs >= 1e15 || abs < 1e-6) return String(n)
  const fixed = n.toPrecision(15)
  return fixed.includes('.') ? fixed.replace(/0+$/, '').replace(/\.$/, '') : fixed
}

export function dateText(d: Date): string {
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
  const notes: ReadNote[] = []
  ws.eachRow({ includeEmpty: false }, (row, r) => {
    const cells: string[] = []
    row.eachCell({ includeEmpty: false }, (cell, c) => {
      if (cell.type === ExcelJS.ValueType.Merge) return
      if (cell.type === ExcelJS.ValueType.Formula && (cell.result === undefined || cell.result === null || cell.result === '')) {
        notes.push({ row: r, column: c - 1, message: uncachedFormula(columnLetter(c - 1) + r) })
        return
      }
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
  if (notes.length > 0) out.readNotes = notes
  return out
}

export function uncachedFormula(ref: string): string {
  return `单元格 ${ref} 的公式没有保存计算结果，按空白读取；请在 Excel 或 WPS 中打开并保存后重新导入`
}

/** Parts the import never needs, by what the officer calls them; exceljs is retried without them. */
const OPTIONAL_PARTS: readonly { label: string; part: RegExp }[] = [
  { label: '批注', part: /^xl\/(comments[^/]*\.xml|comments\/.*|threadedComments\/.*|persons\/.*|drawings\/[^/]*comment[^/]*\.vml)$/i },
  { label: '图形和图片', part: /^xl\/(drawings\/.*|media\/.*|.*\.vml)$/i },
  { label: '打印设置', part: /^xl\/printerSettings\/.*$/i },
  { label: '自定义 XML', part: /^customXml\/.*$/i },
  { label: '外部链接', part: /^xl\/externalLinks\/.*$/i },
  { label: '控件和嵌入对象', part: /^xl\/(ctrlProps|activeX|embeddings)\/.*$/i },
]
const STYLES = { label: '单元格样式', part: /^xl\/styles\.xml$/i }
/** Sheet elements that point at a stripped part through a relationship. */
const POINTERS = /<(?:\w+:)?(legacyDrawing|legacyDrawingHF|drawing|picture)\b[^>]*\/>|<(?:\w+:)?(controls|oleObjects)\b[\s\S]*?<\/(?:\w+:)?\2>/g
const WORKBOOK_POINTERS = /<(?:\w+:)?externalReferences\b[\s\S]*?<\/(?:\w+:)?externalReferences>/g

type Parts = Record<string, Uint8Array>

function withoutParts(parts: Parts, drop: (name: string) => boolean): Parts {
  const out: Parts = {}
  const dropped = new Set(Object.keys(parts).filter(drop))
  for (const [name, data] of Object.entries(parts)) {
    if (dropped.has(name)) continue
    if (name.endsWith('.rels')) {
      const dir = name.replace(/_rels\/[^/]*$/, '')
      const xml = strFromU8(data).replace(/<Relationship\b[^>]*\/>/g, (rel) => {
        const target = /Target="([^"]*)"/.exec(rel)?.[1]
        if (!target || /TargetMode="External"/.test(rel)) return rel
        const resolved = resolveTarget(dir, target)
        return dropped.has(resolved) ? '' : rel
      })
      out[name] = new TextEncoder().encode(xml)
    } else if (/^xl\/worksheets\/[^/]+\.xml$/i.test(name)) out[name] = new TextEncoder().encode(strFromU8(data).replace(POINTERS, ''))
    else if (name === 'xl/workbook.xml' && [...dropped].some((d) => d.startsWith('xl/externalLinks/'))) out[name] = new TextEncoder().encode(strFromU8(data).replace(WORKBOOK_POINTERS, ''))
    else out[name] = data
  }
  return out
}

class NoSheetsFound extends Error {}

async function loadWithExceljs(bytes: Uint8Array, limits: WorkbookLimits): Promise<SheetData[]> {
  const wb = new ExcelJS.Workbook()
  await wb.xlsx.load(bytes as unknown as ArrayBuffer)
  // A workbook whose XML exceljs does not recognise (prefixed element names, as some generators
  // write them) loads as no sheets at all: the cell reader is asked instead.
  if (wb.worksheets.length === 0) throw new NoSheetsFound('exceljs found no worksheet')
  const sheets = wb.worksheets.map((ws) => sheetData(ws, limits))
  return sheets.some((s) => s.readNotes?.some((n) => n.row > 0)) ? withExactFormulaNotes(sheets, bytes, limits) : sheets
}

/**
 * exceljs gives no result both for a formula saved without one and for a text formula whose result
 * is empty (=IF(A1="","",…), common in officers' sheets). Only when it reported such cells, the
 * cell reader, which sees the difference, gives the notes instead.
 */
function withExactFormulaNotes(sheets: SheetData[], bytes: Uint8Array, limits: WorkbookLimits): SheetData[] {
  let exact: SheetData[]
  try {
    exact = cellsOf(unzipSync(bytes), limits)
  } catch {
    return sheets
  }
  return sheets.map((sheet) => {
    const other = exact.find((s) => s.name === sheet.name)
    if (!other) return sheet
    const { readNotes: _, ...rest } = sheet
    const notes = [...(sheet.readNotes ?? []).filter((n) => n.row === 0), ...(other.readNotes ?? []).filter((n) => n.row > 0)]
    return notes.length > 0 ? { ...rest, readNotes: notes } : rest
  })
}

function skippedNote(labels: readonly string[]): ReadNote {
  return { row: 0, message: `工作簿中的${labels.join('、')}无法读取，已跳过；单元格内容照常读取，请核对预览` }
}

/** The workbook-wide note goes with the first sheet, so it is listed before anything is applied. */
function noted(sheets: SheetData[], note: ReadNote): SheetData[] {
  const [first, ...rest] = sheets
  return first ? [{ ...first, readNotes: [note, ...(first.readNotes ?? [])] }, ...rest] : sheets
}

function cellsOf(parts: Parts, limits: WorkbookLimits): SheetData[] {
  const texts = new Map<string, string>()
  for (const [name, part] of Object.entries(parts)) if (name.endsWith('.xml') || name.endsWith('.rels')) texts.set(name, strFromU8(part))
  return readCells(texts, { limits, numberText, dateText })
}

/** The second reader alone, with the same checks first (the tests hold it to exceljs's result). */
export function readWorkbookCells(bytes: Uint8Array, limits: WorkbookLimits = WORKBOOK_LIMITS): SheetData[] {
  const kind = identifyWorkbookFile(bytes)
  if (!kind.ok) throw new WorkbookRefused(kind.message)
  scanWorkbookZip(bytes, limits)
  return cellsOf(unzipSync(bytes), limits)
}

/**
 * The file is identified, and its zip scanned against the limits, before any reader builds a
 * model; every later step reads only parts whose inflated size the scan has bounded.
 */
export async function readWorkbookBuffer(data: ArrayBuffer | Uint8Array, limits: WorkbookLimits = WORKBOOK_LIMITS): Promise<SheetData[]> {
  const bytes = data instanceof Uint8Array ? data : new Uint8Array(data)
  const kind = identifyWorkbookFile(bytes)
  if (!kind.ok) throw new WorkbookRefused(kind.message)
  scanWorkbookZip(bytes, limits)
  let firstFailure: unknown
  try {
    return await loadWithExceljs(bytes, limits)
  } catch (e) {
    if (e instanceof WorkbookRefused) throw e
    firstFailure = e
  }
  const parts: Parts = unzipSync(bytes)
  // Each part is named by the first kind it matches (a comment's VML shape is part of the comment).
  const kinds = new Set(Object.keys(parts).map((n) => OPTIONAL_PARTS.find((o) => o.part.test(n))))
  const present = OPTIONAL_PARTS.filter((o) => kinds.has(o))
  const tries: (typeof STYLES)[][] = []
  if (present.length > 0) tries.push(present)
  if (Object.keys(parts).some((n) => STYLES.part.test(n))) tries.push([...present, STYLES])
  for (const strip of tries) {
    try {
      const sheets = await loadWithExceljs(zipSync(withoutParts(parts, (n) => strip.some((o) => o.part.test(n))), { level: 0 }), limits)
      return noted(sheets, skippedNote(strip.map((o) => o.label)))
    } catch (e) {
      if (e instanceof WorkbookRefused) throw e
    }
  }
  let sheets: SheetData[]
  try {
    sheets = cellsOf(parts, limits)
  } catch (e) {
    if (e instanceof WorkbookRefused) throw e
    throw firstFailure instanceof Error ? firstFailure : new Error(String(firstFailure))
  }
  const skipped = [...present.map((o) => o.label), '单元格样式'].join('、')
  return noted(sheets, { row: 0, message: `工作簿无法按常规方式读取，已改用简化方式只读取单元格内容（${skipped}未读取，日期按单元格格式识别）；请核对预览` })
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
