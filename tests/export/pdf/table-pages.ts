// Where each table sits in the exported PDF (from its bookmark to the page before the next
// table's), and the figures a reader must find there: every non-blank money cell, row by row.
import { formatTableCell } from '../../../core/money/format'
import { TABLE_IDS, type TableId, type TableSet } from '../../../core/tables/table-model'
import { readingOrder, type ReadPdf } from './read-pdf'

export interface TablePages {
  id: TableId
  first: number
  last: number
}

export function tablePageRanges(read: ReadPdf, tables: TableSet, narrativeStartTitle: string): TablePages[] {
  const pageOf = (title: string): number => {
    const e = read.outline.find((o) => o.title === title)
    if (!e) throw new Error(`no bookmark “${title}”`)
    return e.page
  }
  const starts = TABLE_IDS.map((id) => pageOf(tables[id].tocTitle))
  const end = pageOf(narrativeStartTitle)
  return TABLE_IDS.map((id, i) => ({ id, first: starts[i] as number, last: (starts[i + 1] ?? end) - 1 }))
}

/** Figures of each body row in column order (blank cells skipped), rows in table order. */
export function expectedFigures(tables: TableSet, id: TableId): string[] {
  return tables[id].rows.flatMap((r) => r.cells.flatMap((c) => (c !== null && c.kind === 'money' && c.value !== 0 ? [formatTableCell(c.value)] : [])))
}

/** The text items of pages first…last in reading order, trimmed, blanks dropped. */
export function tokensOnPages(read: ReadPdf, first: number, last: number): string[] {
  const out: string[] = []
  for (let p = first; p <= last; p++) {
    for (const it of readingOrder(read.pages[p - 1]?.items ?? [])) {
      const s = it.str.trim()
      if (s !== '') out.push(s)
    }
  }
  return out
}

/** Index of the first figure not found in order (or -1 when all are found in order). */
export function firstMissingInOrder(tokens: readonly string[], figures: readonly string[]): number {
  let at = 0
  for (let i = 0; i < figures.length; i++) {
    const found = tokens.indexOf(figures[i] as string, at)
    if (found < 0) return i
    at = found + 1
  }
  return -1
}
