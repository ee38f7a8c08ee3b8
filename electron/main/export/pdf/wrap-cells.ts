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
import { LEADING, PRESET_WIDTH, TRAILING } from './shared-measure'

/** A line of a text: its characters, and its width as pdfmake adds it up (the sum of its pieces'). */
export interface Line {
  text: string
  width: number
}

/** A text's lines as pdfmake sets them, and whether each line may stand as a piece of its own. */
export interface Lines {
  lines: Line[]
  /**
   * Given the lines as the pieces of one text (not wrapped again), pdfmake sets one per line: each
   * line ends where a line may break (no piece was cut), none ends in a forced break, none starts
   * with a blank (pdfmake gives a cut piece the blanks of the whole).
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
export function fillLines(pieces: readonly Piece[], maxWidth: number, widthOf: (t: string) => number): { lines: { pieces: string[]; width: number }[]; cut: boolean } {
  const queue = pieces.slice()
  const lines: { pieces: string[]; width: number }[] = []
  let cut = false
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
          cut = true
        }
      }
      if (count === 0) leadingCut = piece.leadingCut
      trailingCut = piece.trailingCut
      inlineWidths += piece.width
      if (piece.lineEnd) newLineForced = true
      line.push(piece.text)
      count++
    }
    lines.push({ pieces: line, width: inlineWidths })
  }
  return { lines, cut }
}

/** Line breaking with pdfmake's breaker and pdfkit's widths in the document's fonts. */
export function pdfkitLineBreaker(faceOf: Faces): BreakLines {
  const breaker = new ((createRequire(import.meta.url)('pdfmake/js/TextBreaker') as { default: new () => TextBreakerLike }).default)()
  // The same labels recur in every form (项目资金（元）, 指标名称 …): each is broken once per width.
  const known = new Map<string, Lines | undefined>()
  return (text, family, bold, italics, fontSize, maxWidth) => {
    const key = `${family}|${bold}|${italics}|${fontSize}|${maxWidth}|${text}`
    if (known.has(key)) return known.get(key)
    const lines = breakLines(text, family, bold, italics, fontSize, maxWidth)
    known.set(key, lines)
    return lines
  }

  function breakLines(text: string, family: string, bold: boolean, italics: boolean, fontSize: number, maxWidth: number): Lines | undefined {
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
    const { lines, cut } = fillLines(pieces, maxWidth, widthOf)
    // pdfmake keeps two pieces on one line when nothing may break between them (TextBreaker's
    // noNewLine): the last piece of a line and the first of the next must break apart.
    const apart = lines.every((line, i) => i === 0 || breaker.getBreaks(`${lines[i - 1]?.pieces.at(-1)}${line.pieces[0]}`, undefined).length > 1)
    const texts = lines.map((line) => ({ text: line.pieces.join(''), width: line.width }))
    return { lines: texts, asPieces: apart && !cut && !pieces.some((p) => p.lineEnd) && !texts.some((l) => /^\s/.test(l.text)) }
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
 * Text properties a cell set in lines may hold, with the values it may have: any value (undefined),
 * or only these (pdfmake's "none", so that its lines are measured and drawn as before).
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

/** Blanks other than the space: pdfmake's cuts read them as blanks, and a no-break space shares the space's glyph. */
const OTHER_BLANKS = /[^\S ]/

/**
 * Characters that share a glyph with another (no-break space, soft hyphen) or have none of their
 * own (format characters): fontkit gives a shared glyph the width and code point of whichever
 * character asked for it first in the document, so the measuring here and pdfmake's own could
 * differ. A document holding any of them is left to pdfmake's breaking.
 */
const SHARED_GLYPHS = /[\u00a0\u00ad]|\p{Default_Ignorable_Code_Point}/u

/** Whether any text of a definition holds a character whose width depends on the document (SHARED_GLYPHS). */
export function hasSharedGlyphs(value: unknown): boolean {
  if (typeof value === 'string') return SHARED_GLYPHS.test(value)
  if (Array.isArray(value)) return value.some(hasSharedGlyphs)
  if (value === null || typeof value !== 'object') return false
  for (const key in value) if (hasSharedGlyphs((value as Node)[key])) return true
  return false
}

/**
 * Sets text cells of fixed-width tables in their lines (see the top of this file). A cell of
 * several lines gets them as the pieces of its text, each with the width pdfmake would have added
 * up; a cell of one line is marked noWrap with that width. Only a cell inline-styles completed, of
 * plain text in one font with nothing pdfmake would treat otherwise (justification, spacing, links,
 * decoration, other blanks, a word cut across lines), is set; the rest are left to pdfmake.
 * `counts` tells how many cells took one line and how many several.
 */
export function cellWrapper(breakLines: BreakLines, layouts: Readonly<Record<string, ColumnLayout>>) {
  const counts = { oneLine: 0, lines: 0 }
  const wrap: WrapCell = (cell, table, column, widths) => {
    const { text, font, fontSize } = cell
    if (typeof text !== 'string' || text === '' || UNSAFE.test(text) || OTHER_BLANKS.test(text) || typeof font !== 'string' || typeof fontSize !== 'number') return false
    if ((cell as Record<symbol, unknown>)[COMPLETE_STYLE] !== true) return false
    for (const key of Object.keys(cell)) {
      if (key === 'text' || CELL_KEYS.has(key)) continue
      if (!(key in TEXT_KEYS)) return false
      const allowed = TEXT_KEYS[key]
      if (allowed && cell[key] !== undefined && !allowed.includes(cell[key])) return false
    }
    const maxWidth = textWidth(cell, table, column, widths, layouts)
    if (maxWidth === undefined) return false
    const broken = breakLines(text, font, Boolean(cell.bold), Boolean(cell.italics), fontSize, maxWidth)
    if (!broken || !broken.asPieces) return false
    const { lines } = broken
    if (lines.length === 1) {
      // One piece, its width on the node: a centred or right-aligned line sits where it sat.
      cell.noWrap = true
      cell[PRESET_WIDTH] = (lines[0] as Line).width
      counts.oneLine++
      return true
    }
    counts.lines++
    // One text of pieces that are not wrapped again: pdfmake fills a line with each (a line and the
    // next never fit together, or the next would have started on that line).
    cell.text = lines.map((line) => ({ text: line.text, noWrap: true, [PRESET_WIDTH]: line.width }))
    return true
  }
  return { wrap, counts }
}
