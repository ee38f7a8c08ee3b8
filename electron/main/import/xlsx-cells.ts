// A second, small reader for when exceljs cannot read a workbook even without its optional parts:
// it takes only what the import needs, from xl/workbook.xml, its rels, sharedStrings.xml, the cell
// formats of styles.xml (to know dates) and each sheet's XML. Cells, hidden sheets/rows/columns,
// merges (read once, from the top-left cell) and the same limits as the main reader; a formula
// saved without its result becomes a read note for that cell.
import type { ReadNote, SheetData } from '../../../core/import/sheet'
import { columnLetter } from '../../../core/import/sheet'
import { WorkbookTooLarge, type WorkbookLimits } from './workbook-limits'

type Attrs = Record<string, string>

interface XmlHandler {
  open(name: string, attrs: Attrs, selfClosing: boolean): void
  close(name: string): void
  text(text: string): void
}

const ENTITY: Record<string, string> = { lt: '<', gt: '>', amp: '&', quot: '"', apos: "'" }

export function decodeXmlText(s: string): string {
  if (!s.includes('&')) return s
  return s.replace(/&(#x[0-9a-fA-F]+|#[0-9]+|[a-z]+);/g, (whole, e: string) => {
    if (e.startsWith('#x')) return String.fromCodePoint(parseInt(e.slice(2), 16))
    if (e.startsWith('#')) return String.fromCodePoint(parseInt(e.slice(1), 10))
    return ENTITY[e] ?? whole
  })
}

const localName = (name: string) => name.slice(name.indexOf(':') + 1)

/** A forgiving tag walker for SpreadsheetML: element names lose their prefix; attributes keep their qualified names. */
export function walkXml(xml: string, h: XmlHandler): void {
  let i = 0
  const n = xml.length
  while (i < n) {
    const lt = xml.indexOf('<', i)
    if (lt < 0) {
      if (i < n) h.text(decodeXmlText(xml.slice(i)))
      return
    }
    if (lt > i) h.text(decodeXmlText(xml.slice(i, lt)))
    if (xml.startsWith('<!--', lt)) {
      const end = xml.indexOf('-->', lt + 4)
      i = end < 0 ? n : end + 3
      continue
    }
    if (xml.startsWith('<![CDATA[', lt)) {
      const end = xml.indexOf(']]>', lt + 9)
      h.text(xml.slice(lt + 9, end < 0 ? n : end))
      i = end < 0 ? n : end + 3
      continue
    }
    if (xml.startsWith('<?', lt) || xml.startsWith('<!', lt)) {
      const end = xml.indexOf('>', lt)
      i = end < 0 ? n : end + 1
      continue
    }
    // Quoted attribute values may hold '>'.
    let j = lt + 1
    let quote = ''
    for (; j < n; j++) {
      const c = xml[j]
      if (quote) {
        if (c === quote) quote = ''
      } else if (c === '"' || c === "'") quote = c
      else if (c === '>') break
    }
    const tag = xml.slice(lt + 1, j)
    i = j + 1
    if (tag.startsWith('/')) {
      h.close(localName(tag.slice(1).trim()))
      continue
    }
    const selfClosing = tag.endsWith('/')
    const body = selfClosing ? tag.slice(0, -1) : tag
    const nameEnd = body.search(/[\s/]|$/)
    const name = localName(body.slice(0, nameEnd))
    const attrs: Attrs = {}
    const re = /([^\s=]+)\s*=\s*(?:"([^"]*)"|'([^']*)')/g
    const rest = body.slice(nameEnd)
    for (let m = re.exec(rest); m; m = re.exec(rest)) attrs[m[1] as string] = decodeXmlText(m[2] ?? m[3] ?? '')
    h.open(name, attrs, selfClosing)
    if (selfClosing) h.close(name)
  }
}

/** The attribute whose local name is `name`, whatever its prefix (r:id, x:id …). */
function attrByLocal(attrs: Attrs, name: string): string | undefined {
  if (attrs[name] !== undefined) return attrs[name]
  for (const [k, v] of Object.entries(attrs)) if (localName(k) === name && k.includes(':')) return v
  return undefined
}

const truthy = (v: string | undefined) => v === '1' || v === 'true'

/** "AB12" → { row: 12, column: 27 } (both 1-based). */
export function parseCellRef(ref: string): { row: number; column: number } | undefined {
  const m = /^\$?([A-Za-z]{1,3})\$?(\d+)$/.exec(ref.trim())
  if (!m) return undefined
  let column = 0
  for (const ch of (m[1] as string).toUpperCase()) column = column * 26 + (ch.charCodeAt(0) - 64)
  return { row: Number(m[2]), column }
}

/** Resolves a relationship target against the folder of the part that holds the rels. */
export function resolveTarget(baseDir: string, target: string): string {
  const parts = target.startsWith('/') ? [] : baseDir.split('/').filter(Boolean)
  for (const p of target.replace(/^\//, '').split('/')) {
    if (p === '..') parts.pop()
    else if (p !== '.' && p !== '') parts.push(p)
  }
  return parts.join('/')
}

function relsOf(files: Map<string, string>, part: string): Map<string, { target: string; type: string }> {
  const slash = part.lastIndexOf('/')
  const dir = part.slice(0, slash + 1)
  const rels = new Map<string, { target: string; type: string }>()
  const xml = files.get(`${dir}_rels/${part.slice(slash + 1)}.rels`)
  if (xml === undefined) return rels
  walkXml(xml, {
    open(name, a) {
      if (name === 'Relationship' && a.Id && a.Target && a.TargetMode !== 'External') rels.set(a.Id, { target: resolveTarget(dir, a.Target), type: a.Type ?? '' })
    },
    close() {},
    text() {},
  })
  return rels
}

function sharedStrings(xml: string | undefined): string[] {
  const out: string[] = []
  if (xml === undefined) return out
  let current: string[] | undefined
  let inText = false
  let phonetic = 0
  walkXml(xml, {
    open(name) {
      if (name === 'si') current = []
      else if (name === 'rPh') phonetic++
      else if (name === 't' && phonetic === 0) inText = true
    },
    close(name) {
      if (name === 'si') {
        out.push((current ?? []).join(''))
        current = undefined
      } else if (name === 'rPh') phonetic--
      else if (name === 't') inText = false
    },
    text(t) {
      if (inText && current) current.push(t)
    },
  })
  return out
}

const BUILTIN_DATE_FORMATS = new Set([14, 15, 16, 17, 18, 19, 20, 21, 22, 27, 28, 29, 30, 31, 32, 33, 34, 35, 36, 45, 46, 47, 50, 51, 52, 53, 54, 55, 56, 57, 58])

function isDateFormatCode(code: string): boolean {
  const bare = code.replace(/"[^"]*"/g, '').replace(/\\./g, '').replace(/\[[^\]]*\]/g, '')
  return /[ymdhs]/i.test(bare.replace(/General/gi, ''))
}

/** For each cell format (the `s` index), whether it shows a date. */
function dateStyles(xml: string | undefined): boolean[] {
  if (xml === undefined) return []
  const custom = new Map<number, string>()
  const out: boolean[] = []
  let inCellXfs = false
  walkXml(xml, {
    open(name, a) {
      if (name === 'numFmt' && a.numFmtId !== undefined) custom.set(Number(a.numFmtId), a.formatCode ?? '')
      else if (name === 'cellXfs') inCellXfs = true
      else if (name === 'xf' && inCellXfs) {
        const id = Number(a.numFmtId ?? 0)
        const code = custom.get(id)
        out.push(code !== undefined ? isDateFormatCode(code) : BUILTIN_DATE_FORMATS.has(id))
      }
    },
    close(name) {
      if (name === 'cellXfs') inCellXfs = false
    },
    text() {},
  })
  return out
}

export interface CellReaderOptions {
  limits: WorkbookLimits
  numberText: (n: number) => string
  dateText: (d: Date) => string
}

interface Merge {
  top: number
  left: number
  bottom: number
  right: number
}

function readSheet(name: string, xml: string, strings: readonly string[], dates: readonly boolean[], date1904: boolean, o: CellReaderOptions): SheetData {
  const rows: string[][] = []
  const hiddenRows: number[] = []
  const hiddenCols: { min: number; max: number }[] = []
  const merges: Merge[] = []
  const notes: ReadNote[] = []
  const cells: { row: number; column: number; text: string }[] = []
  let rowNumber = 0
  let rowHidden = false
  let column = 0
  let cell: { row: number; column: number; t: string; s: number; v?: string; f: boolean; inline: string[] } | undefined
  let textTarget: 'v' | 'is' | undefined
  let inInlinePhonetic = 0
  let v = ''
  walkXml(xml, {
    open(tag, a, selfClosing) {
      switch (tag) {
        case 'col':
          if (truthy(a.hidden)) hiddenCols.push({ min: Number(a.min ?? 0), max: Number(a.max ?? 0) })
          break
        case 'row':
          rowNumber = a.r !== undefined ? Number(a.r) : rowNumber + 1
          rowHidden = truthy(a.hidden)
          column = 0
          break
        case 'c': {
          const at = a.r !== undefined ? parseCellRef(a.r) : undefined
          column = at ? at.column : column + 1
          cell = { row: at ? at.row : rowNumber, column, t: a.t ?? 'n', s: Number(a.s ?? 0), f: false, inline: [] }
          break
        }
        case 'f':
          if (cell) cell.f = true
          break
        case 'v':
          if (cell && !selfClosing) {
            textTarget = 'v'
            v = ''
          }
          break
        case 'is':
          if (cell) textTarget = 'is'
          break
        case 'rPh':
          inInlinePhonetic++
          break
        case 'mergeCell': {
          const [from, to] = (a.ref ?? '').split(':')
          const tl = from ? parseCellRef(from) : undefined
          const br = to ? parseCellRef(to) : tl
          if (tl && br) merges.push({ top: tl.row, left: tl.column, bottom: br.row, right: br.column })
          break
        }
      }
    },
    close(tag) {
      if (tag === 'v' && textTarget === 'v') {
        if (cell) cell.v = v
        textTarget = undefined
      } else if (tag === 'is') textTarget = undefined
      else if (tag === 'rPh') inInlinePhonetic--
      else if (tag === 'row') {
        if (rowHidden) hiddenRows.push(rowNumber)
      } else if (tag === 'c' && cell) {
        const c = cell
        cell = undefined
        const text = cellText(c)
        if (text === undefined) {
          notes.push({ row: c.row, column: c.column - 1, message: `单元格 ${columnLetter(c.column - 1)}${c.row} 的公式没有保存计算结果，按空白读取；请在 Excel 或 WPS 中打开并保存后重新导入` })
        } else if (text !== '') cells.push({ row: c.row, column: c.column, text })
      }
    },
    text(t) {
      if (textTarget === 'v') v += t
      else if (textTarget === 'is' && cell && inInlinePhonetic === 0) cell.inline.push(t)
    },
  })

  function cellText(c: NonNullable<typeof cell>): string | undefined {
    if (c.t === 'inlineStr') return c.inline.join('')
    // A formula whose result is text keeps an empty result as <v></v> (t="str"); any other formula
    // without a value was saved without calculating (openpyxl and other generators do so).
    if (c.v === undefined || (c.v === '' && c.t !== 'str')) return c.f ? undefined : ''
    switch (c.t) {
      case 's':
        return strings[Number(c.v)] ?? ''
      case 'str':
      case 'e':
        return c.v
      case 'b':
        return c.v === '1' || c.v === 'true' ? 'TRUE' : 'FALSE'
      case 'd':
        return c.v
      default: {
        const n = Number(c.v)
        if (!Number.isFinite(n)) return c.v
        if (dates[c.s]) {
          const days = n - 25569 + (date1904 ? 1462 : 0)
          return o.dateText(new Date(Math.round(days * 86400000)))
        }
        return o.numberText(n)
      }
    }
  }

  // Cells a merge covers (all but its top-left): small merges as a set of positions, large ones
  // (a whole column, a hostile A1:XFD1048576) checked by range.
  const coveredCells = new Set<number>()
  const large: Merge[] = []
  for (const m of merges) {
    if ((m.bottom - m.top + 1) * (m.right - m.left + 1) > 4096) large.push(m)
    else for (let r = m.top; r <= m.bottom; r++) for (let c = m.left; c <= m.right; c++) if (r !== m.top || c !== m.left) coveredCells.add(r * 20_000 + c)
  }
  const covered = (row: number, col: number) => coveredCells.has(row * 20_000 + col) || large.some((m) => row >= m.top && row <= m.bottom && col >= m.left && col <= m.right && (row !== m.top || col !== m.left))
  const hiddenColumn = (col: number) => hiddenCols.some((h) => col >= h.min && col <= h.max)
  const hiddenColumns = new Set<number>()
  for (const c of cells) {
    if (covered(c.row, c.column)) continue
    if (c.row > o.limits.maxRowNumber || c.column > o.limits.maxColumnNumber) {
      throw new WorkbookTooLarge(`工作表“${name}”的单元格 ${columnLetter(c.column - 1)}${c.row} 有内容，超出导入范围（最多 ${o.limits.maxRowNumber} 行、${o.limits.maxColumnNumber} 列）；请删除多余的内容后重试`)
    }
    const text = c.text.replace(/\r\n?/g, '\n')
    while (rows.length < c.row) rows.push([])
    const cellsOfRow = rows[c.row - 1] as string[]
    while (cellsOfRow.length < c.column - 1) cellsOfRow.push('')
    cellsOfRow[c.column - 1] = text
    if (hiddenColumn(c.column)) hiddenColumns.add(c.column - 1)
  }
  const out: SheetData = { name, rows }
  const hiddenWithContent = hiddenRows.filter((r) => (rows[r - 1] ?? []).length > 0)
  if (hiddenWithContent.length > 0) out.hiddenRows = hiddenWithContent
  if (hiddenColumns.size > 0) out.hiddenColumns = [...hiddenColumns].sort((a, b) => a - b)
  if (notes.length > 0) out.readNotes = notes
  return out
}

/** Every sheet of the workbook whose parts are given (zip path → XML text), in workbook order. */
export function readCells(files: Map<string, string>, o: CellReaderOptions): SheetData[] {
  const workbookPart = 'xl/workbook.xml'
  const workbook = files.get(workbookPart)
  if (workbook === undefined) throw new Error('xl/workbook.xml missing')
  const sheets: { name: string; state?: string; id?: string }[] = []
  let date1904 = false
  walkXml(workbook, {
    open(name, a) {
      if (name === 'sheet') sheets.push({ name: a.name ?? '', ...(a.state !== undefined ? { state: a.state } : {}), ...(attrByLocal(a, 'id') !== undefined ? { id: attrByLocal(a, 'id') } : {}) })
      else if (name === 'workbookPr') date1904 = truthy(a.date1904)
    },
    close() {},
    text() {},
  })
  const rels = relsOf(files, workbookPart)
  let strings: string[] = []
  let dates: boolean[] = []
  for (const r of rels.values()) {
    if (r.type.endsWith('/sharedStrings')) strings = sharedStrings(files.get(r.target))
    else if (r.type.endsWith('/styles')) dates = dateStyles(files.get(r.target))
  }
  if (strings.length === 0 && files.has('xl/sharedStrings.xml')) strings = sharedStrings(files.get('xl/sharedStrings.xml'))
  const out: SheetData[] = []
  sheets.forEach((s, i) => {
    const target = s.id !== undefined ? rels.get(s.id) : undefined
    if (target && !target.type.endsWith('/worksheet')) return // chart sheets and dialog sheets hold no cells
    const xml = files.get(target?.target ?? `xl/worksheets/sheet${i + 1}.xml`)
    if (xml === undefined) return
    const sheet = readSheet(s.name, xml, strings, dates, date1904, o)
    if (s.state === 'hidden' || s.state === 'veryHidden') sheet.hidden = s.state
    out.push(sheet)
  })
  return out
}
