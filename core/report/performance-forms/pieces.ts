// A form's grid cut into pieces: each kept-together row group is one piece, every other row its
// own piece. A piece prints as one pdfmake table; the pieces of a form are stacked so that their
// rules meet, and a span that crosses from one piece into the next is drawn as one open cell.
import type { FormCell, FormRow, RowRange } from '../../performance/form-model'
import type { PdfNode } from '../types'

export type Piece = RowRange

/** Pieces in row order: the header, the keep-together groups, and single rows in between. */
export function partition(rowCount: number, keepTogether: readonly RowRange[], header?: RowRange): Piece[] {
  const groups = [...keepTogether, ...(header ? [header] : [])].sort((a, b) => a.start - b.start)
  const out: Piece[] = []
  let r = 0
  for (const g of groups) {
    if (g.start < r) continue
    for (; r < g.start; r++) out.push({ start: r, end: r + 1 })
    out.push({ start: g.start, end: g.end })
    r = g.end
  }
  for (; r < rowCount; r++) out.push({ start: r, end: r + 1 })
  return out
}

interface Anchor {
  row: number
  col: number
  cell: FormCell
}

/** For every grid position, the cell whose span covers it. */
export function anchorMap(rows: readonly FormRow[]): (Anchor | undefined)[][] {
  const map: (Anchor | undefined)[][] = rows.map((r) => new Array<Anchor | undefined>(r.cells.length).fill(undefined))
  rows.forEach((r, row) =>
    r.cells.forEach((c, col) => {
      if (!c) return
      for (let y = row; y < row + c.rowSpan && y < rows.length; y++) for (let x = col; x < col + c.colSpan; x++) (map[y] as (Anchor | undefined)[])[x] = { row, col, cell: c }
    }),
  )
  return map
}

/** Splits a piece too tall for a page into runs of rows that each fit (a taller row stays alone). */
export function splitTall(p: Piece, heights: readonly number[], maxHeight: number): Piece[] {
  const out: Piece[] = []
  let start = p.start
  let used = 0
  for (let r = p.start; r < p.end; r++) {
    const h = heights[r] ?? 0
    if (r > start && used + h > maxHeight) {
      out.push({ start, end: r })
      start = r
      used = 0
    }
    used += h
  }
  out.push({ start, end: p.end })
  return out
}

/** True when a span starting in `a` reaches into `b` (the next piece). */
export function spansInto(rows: readonly FormRow[], a: Piece, b: Piece): boolean {
  for (let r = a.start; r < a.end; r++) for (const c of (rows[r] as FormRow).cells) if (c && r + c.rowSpan > b.start) return true
  return false
}

/**
 * Joins neighbouring pieces that a span connects, as long as the joined height stays within
 * `maxHeight`; pieces that stay apart print the span's caption again (`repeat` continuation).
 */
export function joinSpanned(rows: readonly FormRow[], pieces: readonly Piece[], heights: readonly number[], maxHeight: number): Piece[] {
  const height = (p: Piece) => heights.slice(p.start, p.end).reduce((a, b) => a + b, 0)
  const out: Piece[] = []
  for (const p of pieces) {
    const last = out[out.length - 1]
    if (last && spansInto(rows, last, p) && height(last) + height(p) <= maxHeight) out[out.length - 1] = { start: last.start, end: p.end }
    else out.push({ ...p })
  }
  return out
}

function cellNode(c: FormCell): PdfNode {
  const node: PdfNode = { text: c.text, alignment: c.align }
  if (c.bold) node.bold = true
  if (c.role === 'money') node.noWrap = true
  return node
}

/**
 * How a span cut between pieces continues. `open`: a caption of the repeated header row (the
 * grid's `绩效指标`), which stands above the piece on every page, so the continuation is empty.
 * `repeat`: the piece may start a page without it, so the caption is printed again.
 */
export type Continuation = 'open' | 'repeat'

/** Top margin for a caption spanning `rowSpan` rows from column `col` (vertical centring). */
export type SpanMargin = (c: FormCell, col: number, rowSpan: number) => number

/** pdfmake rows of one piece; `continuation` tells, by the row a span starts in, how its cut prints. */
export function pieceBody(rows: readonly FormRow[], piece: Piece, continuation: Continuation | ((anchorRow: number) => Continuation), spanMargin: SpanMargin = () => 0): PdfNode[][] {
  const mode = typeof continuation === 'function' ? continuation : () => continuation
  const anchors = anchorMap(rows)
  const body: PdfNode[][] = []
  for (let r = piece.start; r < piece.end; r++) {
    const out: PdfNode[] = []
    ;(rows[r] as FormRow).cells.forEach((c, col) => {
      const rest = piece.end - r
      if (c) {
        const node = cellNode(c)
        if (c.colSpan > 1) node.colSpan = c.colSpan
        const span = Math.min(c.rowSpan, rest)
        if (span > 1) {
          node.rowSpan = span
          const top = spanMargin(c, col, span)
          if (top > 0) node.margin = [0, top, 0, 0]
        } else node.verticalAlignment = 'middle'
        out.push(node)
        return
      }
      const a = anchors[r]?.[col]
      if (a && a.row < piece.start && r === piece.start && col === a.col) {
        const remaining = a.row + a.cell.rowSpan - piece.start
        const how = mode(a.row)
        const node = cellNode({ ...a.cell, text: how === 'repeat' ? a.cell.text : '' })
        if (a.cell.colSpan > 1) node.colSpan = a.cell.colSpan
        if (Math.min(remaining, rest) > 1) node.rowSpan = Math.min(remaining, rest)
        // The cut is always ruled below: the piece may be the last on its page.
        node.border = [true, how === 'repeat', true, true]
        out.push(node)
        return
      }
      out.push({})
    })
    body.push(out)
  }
  return body
}
