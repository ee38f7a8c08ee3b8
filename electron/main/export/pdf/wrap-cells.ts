// A table cell whose text takes several lines is laid out by pdfmake one piece at a time, and in
// Chinese a piece is a character: each is styled, measured, fitted into a line and kept until the
// page is written. The lines such a cell breaks into are known before layout: pdfmake's own breaker
// cuts the text where a line may break, each piece is measured with the font pdfmake draws it in,
// and the pieces fill the column's width by pdfmake's rule (Line.hasEnoughSpaceForInline and
// LayoutBuilder.buildNextLine, long pieces cut by the same search). The cell then holds its lines,
// each a text that is not wrapped again: one piece per line instead of one per character. The
// pages print the same (tests: wrap-cells, pdf-wrap).
import { createRequire } from 'node:module'
import { horizontalMargins, UNSAFE, type Faces, type Node, type WrapCell } from './fit-cells'
import { COMPLETE_STYLE } from './inline-styles'

/** A text's lines as pdfmake sets them, and whether each line could stand as a piece of its own. */
export interface Lines {
  lines: string[]
  /**
   * Given the lines as the pieces of one text (not wrapped again), pdfmake sets one per line: each
   * line ends where a line may break (no piece was cut) and none ends in a forced break. Else the
   * lines are given as texts of their own.
   */
  asPieces: boolean
}

/**
 * The lines pdfmake sets `text` in, in the given font, with `maxWidth` points available; undefined
 * when the face cannot be loaded.
 */
export type BreakLines = (text: string, font: string, bold: boolean, italics: boolean, fontSize: number, maxWidth: number) => Lines | undefined

interface Piece {
  text: string
  width: number
  leadingCut: number
  trailingCut: number
  lineEnd: boolean
}

interface TextBreakerLike {
  getBreaks(texts: string, stack: undefined): { text: string; lineEnd?: boolean }[]
}

const LEADING = /^(\s)+/g
const TRAILING = /(\s)+$/g

/** pdfmake's search for the longest start of a piece that fits (LayoutBuilder.buildNextLine). */
function findMaxFitLength(text: string, maxWidth: number, widthOf: (t: string) => number): number {
  let low = 1
  let high = text.length
  let bestFit = 1
  while (low <= high) {
    const mid = Math.floor((low + high) / 2)
    if (widthOf(text.substring(0, mid)) <= maxWidth) {
      bestFit = mid
      low = mid + 1
    } else high = mid - 1
  }
  return bestFit
}

/**
 * Fills lines of `maxWidth` with the pieces as pdfmake does, the same arithmetic in the same order:
 * a piece joins the line while the line's width with it, less the line's leading cut and the
 * piece's trailing blanks, is at most the width; a piece wider than what is left is cut.
 */
export function fillLines(pieces: readonly Piece[], maxWidth: number, widthOf: (t: string) => number): string[][] {
  const queue = pieces.slice()
  const lines: string[][] = []
  let k = 0
  while (k < queue.length) {
    let inlineWidths = 0
    let leadingCut = 0
    let trailingCut = 0
    let count = 0
    let newLineForced = false
    const line: string[] = []
    while (k < queue.length) {
      let piece = queue[k] as Piece
      if (count > 0 && (newLineForced || !(inlineWidths + piece.width - leadingCut - piece.trailingCut <= maxWidth))) break
      k++
      const available = maxWidth - (inlineWidths - leadingCut - trailingCut)
      if (piece.text.length > 1 && piece.width > available) {
        const maxChars = findMaxFitLength(piece.text, available, widthOf)
        if (maxChars < piece.text.length) {
          const rest = piece.text.substr(maxChars)
          const head = piece.text.substr(0, maxChars)
          queue.splice(k, 0, { ...piece, text: rest, width: widthOf(rest) })
          piece = { ...piece, text: head, width: widthOf(head) }
        }
      }
      if (count === 0) leadingCut = piece.leadingCut
      trailingCut = piece.trailingCut
      inlineWidths += piece.width
      if (piece.lineEnd) newLineForced = true
      line.push(piece.text)
      count++
    }
    lines.push(line)
  }
  return lines
}

/** Line breaking with pdfmake's breaker and pdfkit's widths in the document's fonts. */
export function pdfkitLineBreaker(faceOf: Faces): BreakLines {
  const breaker = new ((createRequire(import.meta.url)('pdfmake/js/TextBreaker') as { default: new () => TextBreakerLike }).default)()
  return (text, family, bold, italics, fontSize, maxWidth) => {
    const face = faceOf(family, bold, italics)
    if (!face) return undefined
    // TextInlines.widthOfText with no character spacing and no font features.
    const widthOf = (t: string) => face.font.widthOfString(t, fontSize)
    const pieces = breaker.getBreaks(text, undefined).map((word): Piece => {
      const leading = word.text.match(LEADING)
      const trailing = word.text.match(TRAILING)
      return {
        text: word.text,
        width: widthOf(word.text),
        leadingCut: leading ? 0 + widthOf(leading[0]) : 0,
        trailingCut: trailing ? widthOf(trailing[0]) : 0,
        lineEnd: word.lineEnd === true,
      }
    })
    const lines = fillLines(pieces, maxWidth, widthOf)
    // pdfmake keeps two pieces on one line when nothing may break between them (TextBreaker's
    // noNewLine): a line cut inside a word, or a forced break, must stay a text of its own.
    const whole = lines.every((line, i) => i === 0 || breaker.getBreaks(`${lines[i - 1]?.at(-1)}${line[0]}`, undefined).length > 1)
    return { lines: lines.map((line) => line.join('')), asPieces: whole && !pieces.some((p) => p.lineEnd) }
  }
}

/** The part of a table layout that sets the gaps between columns (pdfmake's table layout functions). */
export interface ColumnLayout {
  vLineWidth(i: number, node: unknown): number
  paddingLeft(i: number, node: unknown): number
  paddingRight(i: number, node: unknown): number
}

/** What a text cell may hold besides its text to be set in lines: where it sits and how it is framed. */
const CELL_KEYS = new Set(['colSpan', 'rowSpan', 'margin', 'verticalAlignment', 'fillColor', 'fillOpacity', 'border', 'borderColor'])

/**
 * Text properties a cell set in lines gives each line, with the values a line may have: any value
 * (undefined), or only these (pdfmake's "none", so that the line is measured and drawn as before).
 */
const TEXT_KEYS: Readonly<Record<string, readonly unknown[] | undefined>> = {
  font: undefined,
  bold: undefined,
  italics: undefined,
  fontSize: undefined,
  alignment: ['left', 'center', 'right'],
  color: undefined,
  opacity: undefined,
  lineHeight: undefined,
  characterSpacing: [0],
  sup: [false],
  sub: [false],
  noWrap: [false],
  preserveLeadingSpaces: [false],
  preserveTrailingSpaces: [false],
  wordBreak: ['normal'],
}

/**
 * The width pdfmake gives a cell's text: its columns' widths, the gaps between them (padding and
 * rule, as DocMeasure's offsets and LayoutBuilder.processRow add them), less its margins.
 */
function textWidth(cell: Node, table: Node, column: number, widths: readonly number[], layouts: Readonly<Record<string, ColumnLayout>>): number | undefined {
  const span = cell.colSpan === undefined ? 1 : cell.colSpan
  if (typeof span !== 'number' || !Number.isInteger(span) || span < 1 || column + span > widths.length) return undefined
  let width = widths[column] as number
  if (span > 1) {
    const layout = typeof table.layout === 'string' ? layouts[table.layout] : undefined
    if (!layout) return undefined
    for (let k = column + 1; k < column + span; k++) {
      const gap = layout.paddingRight(k - 1, table) + layout.vLineWidth(k, table) + layout.paddingLeft(k, table)
      width += (widths[k] as number) + gap
    }
  }
  if (cell.margin === undefined) return width
  const margins = horizontalMargins(cell.margin)
  return margins === undefined ? undefined : width - margins
}

/**
 * Sets text cells of fixed-width tables in their lines (see the top of this file): a cell that
 * takes one line is marked noWrap, a longer one becomes a stack of its lines. Only a cell of plain
 * text in one font, with nothing pdfmake would treat otherwise (justification, spacing, links,
 * decoration, single-side margins, ids), is set; the rest are left to pdfmake. `counts` tells how
 * many cells took one line and how many several.
 */
export function cellWrapper(breakLines: BreakLines, layouts: Readonly<Record<string, ColumnLayout>>) {
  const counts = { oneLine: 0, lines: 0 }
  const wrap: WrapCell = (cell, table, column, widths) => {
    const { text, font, fontSize } = cell
    if (typeof text !== 'string' || text === '' || UNSAFE.test(text) || typeof font !== 'string' || typeof fontSize !== 'number') return false
    for (const key of Object.keys(cell)) {
      if (key === 'text' || CELL_KEYS.has(key)) continue
      if (!(key in TEXT_KEYS)) return false
      const allowed = TEXT_KEYS[key]
      if (allowed && cell[key] !== undefined && !allowed.includes(cell[key])) return false
    }
    const maxWidth = textWidth(cell, table, column, widths, layouts)
    if (maxWidth === undefined) return false
    const broken = breakLines(text, font, cell.bold === true, cell.italics === true, fontSize, maxWidth)
    if (!broken) return false
    const { lines, asPieces } = broken
    if (lines.length === 1) {
      cell.noWrap = true
      counts.oneLine++
      return true
    }
    counts.lines++
    if (asPieces) {
      // One text of pieces that are not wrapped again: pdfmake fills a line with each (a line and
      // the next never fit together, or the next would have started on that line).
      cell.text = lines.map((line) => ({ text: line, noWrap: true }))
      return true
    }
    const style: Node = {}
    for (const key of Object.keys(cell)) if (key in TEXT_KEYS) style[key] = cell[key]
    const complete = (cell as Record<symbol, unknown>)[COMPLETE_STYLE] === true
    cell.stack = lines.map((line) => {
      const node: Node = { ...style, text: line, noWrap: true }
      if (complete) (node as Record<symbol, unknown>)[COMPLETE_STYLE] = true
      return node
    })
    delete cell.text
    return true
  }
  return { wrap, counts }
}
