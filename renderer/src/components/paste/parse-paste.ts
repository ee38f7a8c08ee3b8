// A block copied from Excel or WPS (tab-separated, quoted cells for embedded tabs and line breaks)
// parsed against the columns of an entry grid. Every cell either parses or is reported with its
// row, column and reason; blank lines and cells beyond the grid are reported too. Nothing is
// dropped silently: the grid keeps a bad cell's text so the officer sees and fixes it.
import { normalizeCodeCell, toHalfWidth } from '../../../../core/catalogs/codes'
import { inputText } from '../../text/zh-CN-input'
import { parseMoneyText, type MoneyUnit } from './money-text'

const msg = inputText.paste

export interface EnumOption {
  value: string
  label: string
  aliases?: readonly string[]
}

interface BaseColumn {
  key: string
  title: string
  /** Other header texts that name this column (`科目编码`, `金额（元）`). */
  aliases?: readonly string[]
  required?: boolean
  /** Filled by a pasted header naming it (or a paste starting on it), never by position alone. */
  headerOnly?: boolean
}

export type PasteColumn =
  | (BaseColumn & { kind: 'text' })
  | (BaseColumn & { kind: 'money' })
  | (BaseColumn & { kind: 'code'; lengths: readonly number[] })
  | (BaseColumn & { kind: 'enum'; options: readonly EnumOption[] })
  | (BaseColumn & { kind: 'integer' })
  | (BaseColumn & { kind: 'boolean' })

export type PastedValue = string | number | boolean

export type CellResult = { ok: true; value: PastedValue } | { ok: false; text: string; reason: string }

export interface PastedRow {
  /** 1-based line of the pasted block. */
  line: number
  cells: Record<string, CellResult>
}

export interface PasteProblem {
  /** 1-based line and column of the pasted block. */
  line: number
  column: number
  columnTitle: string
  text: string
  reason: string
}

export interface PasteResult {
  rows: PastedRow[]
  problems: PasteProblem[]
  /** Lines that were empty and skipped (trailing line breaks excepted). */
  blankLines: number[]
  header: boolean
  unit: MoneyUnit
  /**
   * Read in 万元 without a unit anywhere (no header unit, no `万元`/`元` in a cell), yet every amount
   * is a whole number ≥ 10,000: they look like 元 (150000 meant as 15万元). The number of such
   * amounts; the paste report asks which unit was meant.
   */
  looksLikeYuan?: number
}

/** 150000 or 1,500,000 typed as 万元: plausible only for a department's whole budget, never for
 * every line of a paste. */
const YUAN_LOOKING = /^\d{1,3}(,\d{3})+$|^\d{5,}$/

function yuanLookingCount(result: PasteResult, columns: readonly PasteColumn[], texts: readonly string[]): number | undefined {
  if (result.unit !== 'wan' || !columns.some((c) => c.kind === 'money')) return undefined
  if (texts.length === 0 || texts.some((t) => /元/.test(t))) return undefined
  const plain = texts.map((t) => toHalfWidth(t).replace(/[\s\u00A0]/g, '').replace(/^[¥￥]/, ''))
  return plain.every((t) => YUAN_LOOKING.test(t) && Number(t.replace(/,/g, '')) >= 10_000) ? plain.length : undefined
}

/** Splits clipboard text into rows of cells, honouring Excel's quoting. */
export function splitClipboardText(text: string): string[][] {
  const rows: string[][] = []
  let row: string[] = []
  let cell = ''
  let quoted = false
  let atCellStart = true
  const s = text.replace(/\r\n?/g, '\n')
  for (let i = 0; i < s.length; i++) {
    const ch = s[i] as string
    if (quoted) {
      if (ch === '"' && s[i + 1] === '"') {
        cell += '"'
        i++
      } else if (ch === '"') quoted = false
      else cell += ch
      continue
    }
    if (ch === '"' && atCellStart) {
      quoted = true
      atCellStart = false
    } else if (ch === '\t') {
      row.push(cell)
      cell = ''
      atCellStart = true
    } else if (ch === '\n') {
      row.push(cell)
      rows.push(row)
      row = []
      cell = ''
      atCellStart = true
    } else {
      cell += ch
      atCellStart = false
    }
  }
  if (cell !== '' || row.length > 0) {
    row.push(cell)
    rows.push(row)
  }
  return rows
}

function headerKey(text: string): string {
  return toHalfWidth(text)
    .replace(/\s+/g, '')
    .replace(/[（(](万元|元)[)）]$/, '')
    .replace(/[（(][^)）]*[)）]$/, '')
}

function headerUnit(text: string): MoneyUnit | undefined {
  if (/万元/.test(text)) return 'wan'
  if (/元/.test(text)) return 'yuan'
  return undefined
}

function matchHeader(text: string, columns: readonly PasteColumn[]): PasteColumn | undefined {
  const key = headerKey(text)
  if (key === '') return undefined
  return columns.find((c) => [c.title, ...(c.aliases ?? [])].some((name) => headerKey(name) === key))
}

function parseEnum(text: string, options: readonly EnumOption[]): CellResult {
  const t = toHalfWidth(text).trim()
  const exact = options.find((o) => o.label === t || o.value === t || (o.aliases ?? []).includes(t))
  if (exact) return { ok: true, value: exact.value }
  const partial = options.filter((o) => o.label.includes(t) || t.includes(o.label))
  if (t !== '' && partial.length === 1) return { ok: true, value: (partial[0] as EnumOption).value }
  return { ok: false, text, reason: msg.unknownChoice(text, options.map((o) => o.label)) }
}

/** Parses one cell for a column; also used when a single cell is typed. */
export function parseCell(text: string, column: PasteColumn, unit: MoneyUnit): CellResult {
  const trimmed = text.trim()
  if (trimmed === '') {
    if (column.required) return { ok: false, text, reason: msg.empty(column.title) }
    return { ok: true, value: column.kind === 'boolean' ? false : column.kind === 'integer' ? 0 : '' }
  }
  switch (column.kind) {
    case 'text':
      return { ok: true, value: trimmed }
    case 'money': {
      const r = parseMoneyText(trimmed, unit)
      return r.ok ? { ok: true, value: r.yuan } : { ok: false, text, reason: r.reason }
    }
    case 'code': {
      // `2010301`, `２０１０３０１`, `2010301.0`, `'2010301`, `2010301 行政运行`, `2010301行政运行`
      const code = /^(\d+)(?:\.0+)?(?=\D|$)/.exec(normalizeCodeCell(trimmed.split(/[\s\u3000]+/)[0] ?? ''))?.[1] ?? /^\d+/.exec(toHalfWidth(trimmed))?.[0]
      if (!code) return { ok: false, text, reason: msg.notCode }
      if (!column.lengths.includes(code.length)) return { ok: false, text, reason: msg.codeLength(column.lengths) }
      return { ok: true, value: code }
    }
    case 'enum':
      return parseEnum(trimmed, column.options)
    case 'integer': {
      const t = toHalfWidth(trimmed).replace(/,/g, '')
      return /^\d{1,7}$/.test(t) ? { ok: true, value: Number(t) } : { ok: false, text, reason: msg.notInteger }
    }
    case 'boolean': {
      if (/^(是|Y|y|yes|true|1|√)$/.test(trimmed)) return { ok: true, value: true }
      if (/^(否|N|n|no|false|0)$/.test(trimmed)) return { ok: true, value: false }
      return { ok: false, text, reason: msg.notBoolean }
    }
  }
}

/**
 * Parses a pasted block. Without a header line, the block's first column lands on
 * `columns[start]` (the grid's active column); with one, columns are matched by name.
 */
export function parsePaste(text: string, columns: readonly PasteColumn[], unit: MoneyUnit, start = 0): PasteResult {
  const lines = splitClipboardText(text)
  while (lines.length > 0 && (lines[lines.length - 1] as string[]).every((c) => c.trim() === '')) lines.pop()
  const result: PasteResult = { rows: [], problems: [], blankLines: [], header: false, unit }
  const firstIndex = lines.findIndex((l) => l.some((c) => c.trim() !== ''))
  // Without a header, cells land on the columns from the active one on; header-only columns (the
  // 科目名称 columns after 备注) take part only when the paste starts on them.
  let mapping: (PasteColumn | undefined)[] = columns.slice(start).filter((c, i) => i === 0 || !c.headerOnly)
  let headerUnitGiven = false
  const first = lines[firstIndex]
  if (first) {
    const filled = first.map((c, i) => ({ c, i })).filter(({ c }) => c.trim() !== '')
    const matched = filled.map(({ c }) => matchHeader(c, columns))
    if (matched.every((m) => m !== undefined) && matched.length > 0 && filled.every(({ c }) => !/\d{3,}/.test(c))) {
      result.header = true
      mapping = first.map((c) => matchHeader(c, columns))
      first.forEach((c) => {
        const m = matchHeader(c, columns)
        const u = headerUnit(c)
        if (m?.kind === 'money' && u) {
          result.unit = u
          headerUnitGiven = true
        }
      })
    }
  }
  const moneyTexts: string[] = []
  lines.forEach((cells, index) => {
    const line = index + 1
    if (result.header && index === firstIndex) return
    if (cells.every((c) => c.trim() === '')) {
      if (index > firstIndex) result.blankLines.push(line)
      return
    }
    const row: PastedRow = { line, cells: {} }
    cells.forEach((text, j) => {
      const column = mapping[j]
      if (!column) {
        if (text.trim() !== '') result.problems.push({ line, column: j + 1, columnTitle: '', text, reason: result.header ? msg.unknownHeader : msg.outsideGrid })
        return
      }
      const cell = parseCell(text, column, result.unit)
      if (column.kind === 'money' && text.trim() !== '') moneyTexts.push(text)
      row.cells[column.key] = cell
      if (!cell.ok) result.problems.push({ line, column: j + 1, columnTitle: column.title, text, reason: cell.reason })
    })
    result.rows.push(row)
  })
  const suspect = headerUnitGiven ? undefined : yuanLookingCount(result, columns, moneyTexts)
  if (suspect !== undefined) result.looksLikeYuan = suspect
  return result
}
