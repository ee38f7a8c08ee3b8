// A table cell whose text fits its column on one line is laid out by pdfmake as one inline per
// Chinese character all the same (it breaks text wherever a line may break, then fills the line).
// Marked `noWrap`, it is one inline: measured, laid out and drawn once. Only a cell that surely fits
// is marked — its text's width, measured with the font pdfmake will use, is at least a point short of
// the column's width — so it is set on the very line it was set on before; and only where its place
// on the line does not depend on its width as one string (set to the left, or a number of one
// piece). The other cells of these tables go to wrap-cells.
import { createRequire } from 'node:module'
import { resolve } from 'node:path'
import type { FontSource, ResolvedFonts } from './fonts'
import { fontBytes } from './font-bytes'

export type Node = Record<string, unknown>

const isNode = (v: unknown): v is Node => v !== null && typeof v === 'object' && !Array.isArray(v)

/** Width in pt of `text` set in one run. */
export type MeasureText = (text: string, font: string, bold: boolean, italics: boolean, fontSize: number) => number

/**
 * Room a fitting text leaves at least: a point, and 2 % of its width for what the per-character sum
 * leaves out (kerning inside a Latin word, rounding): far more than either ever takes.
 */
const SLACK = 1
const SLACK_FACTOR = 1.02

/** Text pdfmake would not set as it stands on one line: line breaks, or blanks at either end. */
export const UNSAFE = /[\r\n\t]|^\s|\s$/

export function horizontalMargins(margin: unknown): number | undefined {
  if (margin === undefined) return 0
  if (typeof margin === 'number') return 2 * margin
  if (!Array.isArray(margin) || !margin.every((m) => typeof m === 'number')) return undefined
  if (margin.length === 2) return 2 * (margin[0] as number)
  if (margin.length === 4) return (margin[0] as number) + (margin[2] as number)
  return undefined
}

/** A leaf whose text, font and size are set on it (inline-styles writes them) and that may take noWrap. */
function fitsOneLine(cell: Node, width: number, measure: MeasureText): boolean {
  const { text, font, bold, italics, fontSize } = cell
  if (typeof text !== 'string' || text === '' || UNSAFE.test(text)) return false
  if (typeof font !== 'string' || typeof fontSize !== 'number' || cell.noWrap === true) return false
  if (cell.characterSpacing || cell.leadingIndent || cell.fontFeatures || cell.sup || cell.sub) return false
  if (cell.pageReference !== undefined || cell.textReference !== undefined) return false
  if (Object.keys(cell).some((k) => CONTAINER_KEYS.has(k))) return false
  const margins = horizontalMargins(cell.margin)
  if (margins === undefined) return false
  return measure(text, font, Boolean(bold), Boolean(italics), fontSize) * SLACK_FACTOR + SLACK <= width - margins
}

/**
 * The width a cell from column `i` spanning `colSpan` columns has at least: the columns' widths
 * (the padding and rules between them, which widen it further, are left out).
 */
function spanWidth(widths: readonly number[], i: number, colSpan: unknown): number | undefined {
  const span = colSpan === undefined ? 1 : colSpan
  if (typeof span !== 'number' || !Number.isInteger(span) || span < 1 || i + span > widths.length) return undefined
  let width = 0
  for (let k = i; k < i + span; k++) width += widths[k] as number
  return width
}

/**
 * A number as the tables print it (1,234.56, -8.00, 12.5%): pdfmake breaks it nowhere, so it is one
 * piece and its width as one string is the width pdfmake measures (test: fit-cells).
 */
export const ONE_PIECE_NUMBER = /^-?\d[\d,]*(\.\d+)?%?$/

/**
 * A cell whose place on its line does not depend on the width pdfmake adds up from its pieces: set
 * to the left, or one piece. A centred or right-aligned text of several pieces may measure
 * otherwise as one string (a kerning pair across two pieces): wrap-cells sets it with its width.
 */
function widthFree(cell: Node): boolean {
  const aligned = cell.alignment === 'center' || cell.alignment === 'right'
  return !aligned || (typeof cell.text === 'string' && ONE_PIECE_NUMBER.test(cell.text))
}

const CONTAINER_KEYS = new Set(['stack', 'columns', 'section', 'ul', 'ol', 'table', 'layers', 'toc', 'image', 'svg', 'canvas', 'qr'])
const CHILDREN = ['content', 'stack', 'columns', 'section', 'ul', 'ol', 'layers'] as const

/**
 * Sets a cell of a fixed-width table in its lines, in place (wrap-cells); false leaves it as it is.
 * `table` is the node holding the table (its layout), `column` the cell's first column.
 */
export type WrapCell = (cell: Node, table: Node, column: number, widths: readonly number[]) => boolean

/**
 * Marks `noWrap` on the cells of fixed-width tables whose text surely fits on one line, in place;
 * gives `wrap` the other text cells of those tables. Returns the number of cells marked.
 */
export function noWrapFittingCells(docDefinition: unknown, measure: MeasureText, wrap?: WrapCell): number {
  let marked = 0
  const visit = (value: unknown): void => {
    if (Array.isArray(value)) for (const v of value) visit(v)
    else if (isNode(value)) node(value)
  }
  function node(n: Node): void {
    for (const k of CHILDREN) if (k in n) visit(n[k])
    const table = n.table
    if (!isNode(table) || !Array.isArray(table.body)) return
    const widths = table.widths
    const fixed = Array.isArray(widths) && widths.every((w) => typeof w === 'number') ? (widths as number[]) : undefined
    for (const row of table.body) {
      if (!Array.isArray(row)) continue
      row.forEach((cell: unknown, i) => {
        if (!isNode(cell)) return
        const width = fixed && spanWidth(fixed, i, cell.colSpan)
        if (width !== undefined && 'text' in cell && widthFree(cell) && fitsOneLine(cell, width, measure)) {
          cell.noWrap = true
          marked++
        } else if (!(fixed && wrap && 'text' in cell && wrap(cell, n, i, fixed))) node(cell)
      })
    }
  }
  visit(docDefinition)
  return marked
}

interface PdfKitFont {
  widthOfString(text: string, size: number): number
}
interface PdfKitDocument {
  font(src: string | Uint8Array, family?: string): { _font: PdfKitFont }
}

/** A face of the document's fonts as pdfkit measures it, with its characters' advances at 1 pt. */
export interface Face {
  font: PdfKitFont
  advances: Map<number, number>
}

/** The document's faces by family, bold and italics (null: a face that cannot be loaded), each loaded once. */
export type Faces = (family: string, bold: boolean, italics: boolean) => Face | null

/** Faces loaded by pdfkit (the one pdfmake draws with) from the document's font files only. */
export function pdfkitFaces(families: ResolvedFonts['families'], allowedFiles: readonly string[]): Faces {
  const fromPdfmake = createRequire(createRequire(import.meta.url).resolve('pdfmake'))
  const PDFDocument = fromPdfmake('pdfkit') as new (options: { autoFirstPage: boolean }) => PdfKitDocument
  const doc = new PDFDocument({ autoFirstPage: false })
  const allowed = new Set(allowedFiles.map((f) => resolve(f)))
  const faces = new Map<string, Face | null>()
  return (family, bold, italics) => {
    const key = `${family}|${bold}|${italics}`
    let f = faces.get(key)
    if (f === undefined) {
      const set = families[family] as Record<string, FontSource> | undefined
      const src = set?.[bold ? (italics ? 'bolditalics' : 'bold') : italics ? 'italics' : 'normal']
      const [file, name] = Array.isArray(src) ? src : [src, undefined]
      f = typeof file === 'string' && allowed.has(resolve(file)) ? { font: doc.font(fontBytes(file), name)._font, advances: new Map() } : null
      faces.set(key, f)
    }
    return f
  }
}

/**
 * Widths as pdfmake's line filling adds them up: pdfmake breaks Chinese text at every character
 * and measures each piece with pdfkit in the document's fonts. Each character's advance is
 * measured once per face; a text's width is the sum of its characters'.
 */
export function pdfkitMeasure(faceOf: Faces): MeasureText {
  // An unknown face measures as endless: its cell is left to wrap.
  return (text, family, bold, italics, fontSize) => {
    const f = faceOf(family, bold, italics)
    if (!f) return Number.POSITIVE_INFINITY
    let width = 0
    for (const ch of text) {
      const cp = ch.codePointAt(0) as number
      let advance = f.advances.get(cp)
      if (advance === undefined) {
        advance = f.font.widthOfString(ch, 1)
        f.advances.set(cp, advance)
      }
      width += advance
    }
    return width * fontSize
  }
}
