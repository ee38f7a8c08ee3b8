// Body rows of each seed table, keyed and typed exactly like the app's derived tables.
import { EXPENDITURE_CATEGORIES, LAYOUTS } from '../../core/tables/layouts'
import type { Cell, RowKind, TableId, TableRow } from '../../core/tables/table-model'
import { buildTreeRows } from './seed-tree-rows'
import { money, normalizeName, ordinalPrefix, text } from './seed-text'

/** Cells typed by the layout's columns: money columns become integers, the others normalised text. */
export function typedCells(id: TableId, raw: string[]): Cell[] {
  return LAYOUTS[id].columns.map((col, i) => (col.kind === 'money' ? money(raw[i] ?? '') : text(normalizeName(raw[i] ?? ''))))
}

const row = (key: string, kind: RowKind, level: number, cells: Cell[]): TableRow => ({ key, kind, level, cells })
const isBlankRange = (raw: string[], from: number, to: number): boolean => raw.slice(from, to).every((c) => c === '')

export function buildRows(id: TableId, body: string[][]): TableRow[] {
  switch (id) {
    case 'T1':
    case 'T4':
      return summaryRows(id, body)
    case 'T2':
    case 'T3':
    case 'T5':
    case 'T7':
    case 'T8':
      return codeRows(id, body)
    case 'T6':
      return economicRows(body)
    case 'T9':
      return stateCapitalRows(body)
    case 'T10':
      return threePublicRows(body)
    case 'T11':
      return operatingCostRows(body)
    case 'T12':
    case 'T13':
      return buildTreeRows(id, body, typedCells)
  }
}

/** T1/T4: the 30 categories with the income items beside the first rows, then the closing block. */
function summaryRows(id: 'T1' | 'T4', body: string[][]): TableRow[] {
  const incomeRows = id === 'T1' ? 5 : 3
  const closing: Record<string, string> =
    id === 'T1'
      ? { 本年收入合计: 'current-total', 上年结转: 'carryover', 收入总计: 'grand-total' }
      : { 本年收入合计: 'current-total', 上年财政拨款结转: 'carryover', 收入总计: 'grand-total' }
  const carryoverParts = ['carryover:general', 'carryover:fund', 'carryover:state-capital']
  const rows: TableRow[] = []
  let category = 0
  let inClosing = false
  for (const raw of body) {
    const cells = typedCells(id, raw)
    const left = normalizeName(raw[0] ?? '')
    const closingKey = closing[left]
    if (closingKey) {
      inClosing = true
      rows.push(row(closingKey, 'closing', 0, cells))
      continue
    }
    if (inClosing) {
      // T4's carry-over breakdown: income side only.
      const part = ['一', '二', '三'].indexOf(ordinalPrefix(left))
      const key = carryoverParts[part]
      if (id !== 'T4' || !key || !isBlankRange(raw, 2, raw.length)) throw new Error(`${id}: unexpected closing row ${raw.join(' | ')}`)
      rows.push(row(key, 'closing', 0, cells.map((c, i) => (i < 2 ? c : null))))
      continue
    }
    const cat = EXPENDITURE_CATEGORIES[category]
    const item = normalizeName(raw[2] ?? '')
    // Keyed by position: 001's T4 misspells two labels (spec §2.4), so only the ordinal is checked.
    if (!cat || ordinalPrefix(item) !== ordinalPrefix(cat.label)) throw new Error(`${id}: row "${item}" is not category ${category + 1}`)
    if (isBlankRange(raw, 0, 2)) {
      cells[0] = null
      cells[1] = null
    } else if (category >= incomeRows) throw new Error(`${id}: income cells beside "${item}"`)
    rows.push(row(`cat:${cat.code}`, 'item', 1, cells))
    category++
  }
  if (category !== EXPENDITURE_CATEGORIES.length) throw new Error(`${id}: ${category} category rows, expected 30`)
  const expected = id === 'T1' ? ['current-total', 'carryover', 'grand-total'] : ['current-total', 'carryover', ...carryoverParts, 'grand-total']
  const got = rows.filter((r) => r.kind === 'closing').map((r) => r.key)
  if (got.join() !== expected.join()) throw new Error(`${id}: closing rows ${got.join()}, expected ${expected.join()}`)
  return rows
}

/** T2/T3/T5/T7/T8: `合计`, then 类/款/项 codes (3/5/7 digits). */
function codeRows(id: TableId, body: string[][]): TableRow[] {
  return body.map((raw, i) => {
    const cells = typedCells(id, raw)
    const code = normalizeName(raw[0] ?? '')
    if (i === 0) {
      if (code !== '合计') throw new Error(`${id}: first row is "${code}", expected 合计`)
      return row('total', 'total', 0, cells)
    }
    if (!/^\d{3}(?:\d{2}){0,2}$/.test(code)) throw new Error(`${id}: bad code "${code}"`)
    const level = (code.length - 1) / 2
    return row(`c:${code}`, level === 3 ? 'item' : 'group', level, cells)
  })
}

const T6_GROUPS = ['工资福利支出', '商品和服务支出', '对个人和家庭的补助', '资本性支出']

function economicRows(body: string[][]): TableRow[] {
  return body.map((raw, i) => {
    const cells = typedCells('T6', raw)
    const dept = normalizeName(raw[0] ?? '')
    const gov = normalizeName(raw[1] ?? '')
    if (i === 0) {
      if (dept !== '合计') throw new Error(`T6: first row is "${dept}", expected 合计`)
      return row('total', 'total', 0, cells)
    }
    if (gov === '') {
      if (!T6_GROUPS.includes(dept)) throw new Error(`T6: unknown group "${dept}"`)
      return row(`g:${dept}`, 'group', 1, cells)
    }
    return row(`i:${dept}|${gov}`, 'item', 2, cells)
  })
}

/** T9: `合计`, then row n pairs income row n (left) with expenditure row n (right). */
function stateCapitalRows(body: string[][]): TableRow[] {
  return body.map((raw, i) => {
    const cells = typedCells('T9', raw)
    if (i === 0) {
      if (normalizeName(raw[0] ?? '') !== '合计') throw new Error('T9: first row is not 合计')
      return row('total', 'total', 0, cells)
    }
    const paired = cells.map((c, col) => {
      const blankSide = col < 3 ? isBlankRange(raw, 0, 3) : isBlankRange(raw, 3, 8)
      return blankSide ? null : c
    })
    return row(`row:${i}`, 'item', 1, paired)
  })
}

const T10_ROWS: readonly [key: string, label: string, kind: RowKind, level: number][] = [
  ['abroad', '因公出国（境）费', 'item', 1],
  ['reception', '公务接待费', 'item', 1],
  ['vehicle', '公务用车购置及运行费', 'group', 1],
  ['vehicle-purchase', '①公务用车购置费', 'item', 2],
  ['vehicle-operation', '②公务用车运行维护费', 'item', 2],
  ['total', '合计', 'total', 0],
]

function threePublicRows(body: string[][]): TableRow[] {
  if (body.length !== T10_ROWS.length) throw new Error(`T10: ${body.length} rows, expected 6`)
  return body.map((raw, i) => {
    const [key, label, kind, level] = T10_ROWS[i] ?? ['', '', 'item', 0]
    if (normalizeName(raw[0] ?? '') !== label) throw new Error(`T10: row ${i + 1} is "${raw[0]}", expected ${label}`)
    return row(key, kind, level, typedCells('T10', raw))
  })
}

function operatingCostRows(body: string[][]): TableRow[] {
  return body.map((raw, i) => {
    const cells = typedCells('T11', raw)
    if (i === 0) {
      if (normalizeName(raw[0] ?? '') !== '部门合计') throw new Error('T11: first row is not 部门合计')
      return row('total', 'total', 0, cells)
    }
    return row(`u:#${i}`, 'item', 1, cells)
  })
}

/**
 * The rows an empty table keeps (spec §2.0): a blank 合计 row (T7/T8/T9), the six fixed rows (T10),
 * a blank 部门合计 (T11), nothing (T12/T13). Extra zero rows of 2023-era variants are dropped.
 */
export function canonicalEmptyRows(id: TableId, parsed: TableRow[]): TableRow[] {
  const nonZero = parsed.some((r) => r.cells.some((c) => c !== null && c.kind === 'money' && c.value !== 0))
  if (nonZero) throw new Error(`${id}: marked 本表无数据 but has amounts`)
  const blank = (first: string): Cell[] => LAYOUTS[id].columns.map((c, i) => (c.kind === 'money' ? money('') : text(i === 0 ? first : '')))
  switch (id) {
    case 'T7':
    case 'T8':
    case 'T9':
      return [row('total', 'total', 0, blank('合计'))]
    case 'T10':
      return T10_ROWS.map(([key, label, kind, level]) => row(key, kind, level, blank(label)))
    case 'T11':
      return [row('total', 'total', 0, blank('部门合计'))]
    case 'T12':
    case 'T13':
      return []
    default:
      return parsed
  }
}
