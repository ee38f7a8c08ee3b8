// Rows of a printed table: a label and the amounts after it. Tolerates what extraction leaves:
// header rows repeated after a page break, the 部门名称/单位 preamble, page footers, blank cells
// dropped (the first amount is the 合计 column, which is printed whenever any amount is) and labels
// wrapped over two lines (a line without amounts right after a row, on the same page).
import { headerForYear } from '../tables/layouts'
import type { TableId, WanCents } from '../tables/table-model'
import type { TableRegion } from './locate'
import { cells, isAmount, isBlank, normalizeName, parseWan, type SourceLine } from './text-lines'

export interface PrintedRow {
  /** Label with wrap artefacts removed (normalizeName). */
  label: string
  amounts: WanCents[]
  /** The amounts as printed, for the report. */
  printed: string[]
  line: SourceLine
}

/** A label that opens a row of its own (`①公务用车购置费`, `二、外交支出`, a 科目编码), never a wrapped tail. */
const STARTS_ROW = /^(?:[①-⑩]|[一二三四五六七八九十]+、|\d{3,})/

const PREAMBLE = /^(?:部门名称|单位名称[：:]|单位[：:]|预算公开表|部门公开表|注[：:])/

/** A line made only of header texts or fragments of them (a wrapped header cell), or column numbers. */
function headerLine(id: TableId, year: number, text: string): boolean {
  const all = headerForYear(id, year).map((c) => normalizeName(c.text)).join('|')
  const parts = cells(text).map(normalizeName).filter((c) => c !== '')
  if (parts.length === 1 && /^(?:部门)?合计$/.test(parts[0] ?? '')) return false
  return parts.length > 0 && parts.every((c) => /^\d$/.test(c) || (c.length >= 2 && all.includes(c)) || c === '项目' || c === '金额' || c === '小计')
}

export function printedRows(region: TableRegion, year: number, options: { joinWrapped: boolean } = { joinWrapped: true }): PrintedRow[] {
  const rows: PrintedRow[] = []
  let last: PrintedRow | undefined
  for (const line of region.body) {
    if (isBlank(line.text)) continue
    const norm = normalizeName(line.text)
    if (PREAMBLE.test(norm) || norm.includes('本表无数据')) {
      last = undefined
      continue
    }
    if (headerLine(region.id, year, line.text)) {
      last = undefined
      continue
    }
    const parts = cells(line.text).filter((c) => c !== '')
    const firstAmount = parts.findIndex(isAmount)
    const labelParts = firstAmount < 0 ? parts : parts.slice(0, firstAmount)
    const amountParts = firstAmount < 0 ? [] : parts.slice(firstAmount)
    if (amountParts.some((c) => !isAmount(c))) {
      last = undefined
      continue
    }
    const label = normalizeName(labelParts.join(''))
    if (amountParts.length === 0 && last && last.amounts.length > 0 && !STARTS_ROW.test(label) && options.joinWrapped && last.line.page !== undefined && last.line.page === line.page) {
      last.label += label
      continue
    }
    const row: PrintedRow = { label, amounts: amountParts.map((c) => parseWan(c) ?? 0), printed: amountParts, line }
    rows.push(row)
    last = row
  }
  return rows
}

/** The first row whose label matches; its first amount (合计 column), 0 for a row printed blank. */
export function rowTotal(rows: readonly PrintedRow[], match: (label: string) => boolean): { row: PrintedRow; total: WanCents } | undefined {
  const row = rows.find((r) => match(r.label))
  return row ? { row, total: row.amounts[0] ?? 0 } : undefined
}
