// How one cell is shown, edited and written back. Typing uses the paste parser's rules, so a cell
// typed by hand and one pasted from Excel read the same; text that does not parse is kept as typed.
import { parseYuan } from '../../../../core/money/money'
import { formatMoneyText, groupDigits, type MoneyUnit } from '../paste/money-text'
import { parseCell, type PasteColumn, type PastedValue } from '../paste/parse-paste'
import { text } from '../../text/zh-CN'
import type { GridColumn, GridRow } from './grid-types'

export function rawValue<R extends GridRow>(row: R, column: GridColumn<R>): unknown {
  return (row as unknown as Record<string, unknown>)[column.key]
}

export function toPasteColumn<R extends GridRow>(c: GridColumn<R>): PasteColumn {
  const base = { key: c.key, title: c.title, aliases: c.aliases ?? [], required: c.required ?? false, ...(c.headerOnly ? { headerOnly: true } : {}) }
  switch (c.kind) {
    case 'code':
      return { ...base, kind: 'code', lengths: c.lengths ?? [3, 5, 7] }
    case 'enum':
      return { ...base, kind: 'enum', options: c.options ?? [] }
    default:
      return { ...base, kind: c.kind }
  }
}

/** The text a cell shows. */
export function displayText<R extends GridRow>(row: R, column: GridColumn<R>, unit: MoneyUnit): string {
  if (column.display) return column.display(row)
  const v = rawValue(row, column)
  if (v === undefined || v === null) return ''
  switch (column.kind) {
    case 'money': {
      // 千分位 on screen; text that is not an amount (kept as typed) is shown as typed.
      const shown = formatMoneyText(String(v), unit)
      return parseYuan(String(v)).ok ? groupDigits(shown) : shown
    }
    case 'enum':
      return column.options?.find((o) => o.value === v)?.label ?? String(v)
    case 'code': {
      const name = column.entries?.find((e) => e.code === v)?.name
      return name ? `${String(v)} ${name}` : String(v)
    }
    case 'boolean':
      return v === true ? text.common.yes : ''
    default:
      return String(v)
  }
}

/** The text an editor starts from (F2, double-click) and that Ctrl+C copies. */
export function editText<R extends GridRow>(row: R, column: GridColumn<R>, unit: MoneyUnit): string {
  if (column.edit) return column.edit(row)
  const v = rawValue(row, column)
  if (v === undefined || v === null) return ''
  if (column.kind === 'money') return formatMoneyText(String(v), unit)
  if (column.kind === 'enum') return column.options?.find((o) => o.value === v)?.label ?? String(v)
  if (column.kind === 'boolean') return v === true ? text.common.yes : text.common.no
  return String(v)
}

export function writeCell<R extends GridRow>(row: R, column: GridColumn<R>, value: PastedValue, raw: boolean): R {
  if (column.set) return column.set(row, value, raw)
  return { ...row, [column.key]: value }
}

/** Reads typed text into the row; text that does not parse is stored as typed (and marked). */
export function commitText<R extends GridRow>(row: R, column: GridColumn<R>, typed: string, unit: MoneyUnit): R {
  const r = parseCell(typed, toPasteColumn(column), unit)
  return r.ok ? writeCell(row, column, r.value, false) : writeCell(row, column, typed, true)
}

export function clearCell<R extends GridRow>(row: R, column: GridColumn<R>): R {
  if (column.kind === 'boolean') return writeCell(row, column, false, false)
  if (column.kind === 'integer') return writeCell(row, column, 0, false)
  return writeCell(row, column, '', true)
}
