// Checks on the PDF LibreOffice prints from a tables workbook: which pages belong to which table,
// and whether every page carries the full header (one page wide, header rows repeated) and the
// table's figures.
import { formatTableCell } from '../../core/money/format'
import type { TableId, TableModel } from '../../core/tables/table-model'

const squeeze = (s: string) => s.replace(/\s+/g, '')

/** Pages of each table, in order: a table starts on the page that prints its label line. */
export function pagesByTable(pages: readonly string[], tables: readonly TableModel[]): Map<TableId, number[]> {
  const out = new Map<TableId, number[]>()
  let current: TableModel | undefined
  pages.forEach((page, i) => {
    const lines = page.split('\n').map((l) => l.trim())
    const starting = tables.filter((t) => lines.includes(t.label))
    if (starting.length > 1) throw new Error(`page ${i + 1} starts ${starting.map((t) => t.id).join(', ')}`)
    if (starting[0]) current = starting[0]
    if (!current) throw new Error(`page ${i + 1} comes before the first table`)
    out.set(current.id, [...(out.get(current.id) ?? []), i])
  })
  return out
}

/** Every nonzero money cell as printed (`3229.82`), with repeats. */
export function tableFigures(t: TableModel): string[] {
  const out: string[] = []
  for (const row of t.rows) for (const cell of row.cells) if (cell?.kind === 'money' && cell.value !== 0) out.push(formatTableCell(cell.value))
  return out
}

function countTokens(text: string): Map<string, number> {
  const counts = new Map<string, number>()
  for (const token of text.split(/\s+/)) if (token) counts.set(token, (counts.get(token) ?? 0) + 1)
  return counts
}

/** Figures of the table that its pages print fewer times than the table holds them. */
export function missingFigures(t: TableModel, pagesText: string): string[] {
  const printed = countTokens(pagesText)
  const wanted = new Map<string, number>()
  for (const f of tableFigures(t)) wanted.set(f, (wanted.get(f) ?? 0) + 1)
  return [...wanted].filter(([f, n]) => (printed.get(f) ?? 0) < n).map(([f, n]) => `${t.id} ${f} ×${n} (printed ${printed.get(f) ?? 0})`)
}

/** Header texts missing from a page: a page cut off at the side or without the repeated header lacks some. */
export function missingHeaderTexts(t: TableModel, page: string): string[] {
  const text = squeeze(page)
  return t.header.map((h) => h.text).filter((h) => !text.includes(squeeze(h)))
}
