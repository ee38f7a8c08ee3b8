// pdfmake breaks text at every line-break opportunity, and in Chinese that is every character: a
// line of a table cell or paragraph is a dozen to forty inlines, and pdfmake's renderer writes each
// as its own text object (font, colour, opacity, position, glyphs; one link annotation per
// character of a 目录 line). On a large department that is most of the export's time and memory.
// Once the layout is done, the inlines of a line that sit side by side in the same font, size,
// colour and link print exactly as one: they are joined before the line is drawn. The glyphs land
// where they were laid out (the joined run's advances are the sum of its parts'), and the text is
// extracted as whole words instead of characters.
import { createRequire } from 'node:module'

interface Inline {
  text: string
  x: number
  width: number
  height?: number
  font: unknown
  fontSize: number
  fontFeatures?: unknown
  characterSpacing?: number
  color?: unknown
  opacity?: unknown
  decoration?: unknown
  decorationColor?: unknown
  decorationStyle?: unknown
  decorationThickness?: unknown
  background?: unknown
  link?: unknown
  linkToPage?: unknown
  linkToDestination?: unknown
  sup?: boolean
  sub?: boolean
  justifyShift?: number
  _pageNodeRef?: unknown
  [key: string]: unknown
}

interface Line {
  inlines: Inline[]
  _pageNodeRef?: unknown
}

/** Positions closer than this (pt) are the same point: far below what a printed page shows. */
const ADJACENT = 1e-3

const SAME_KEYS = [
  'font',
  'fontSize',
  'color',
  'opacity',
  'decoration',
  'decorationColor',
  'decorationStyle',
  'decorationThickness',
  'background',
  'link',
  'linkToDestination',
] as const

/** An inline the renderer draws with nothing but its own glyphs (no page number, spacing or shift to apply). */
const plain = (inline: Inline): boolean =>
  inline._pageNodeRef === undefined &&
  !inline.characterSpacing &&
  !inline.fontFeatures &&
  !inline.sup &&
  !inline.sub &&
  !inline.justifyShift &&
  (inline.linkToPage === undefined || inline.linkToPage === null) &&
  typeof inline.text === 'string'

function joinable(a: Inline, b: Inline): boolean {
  if (!plain(b)) return false
  for (const k of SAME_KEYS) if (a[k] !== b[k]) return false
  return Math.abs(a.x + a.width - b.x) < ADJACENT
}

/** The line's inlines with neighbours that print alike joined; the inlines themselves are not changed. */
export function joinedInlines(inlines: readonly Inline[]): Inline[] {
  const out: Inline[] = []
  let run: Inline | undefined
  let copied = false
  for (const inline of inlines) {
    if (run && plain(run) && joinable(run, inline)) {
      if (!copied) {
        run = { ...run }
        out[out.length - 1] = run
        copied = true
      }
      run.text += inline.text
      run.width += inline.width
      run.height = Math.max(run.height ?? 0, inline.height ?? 0)
      continue
    }
    run = inline
    copied = false
    out.push(inline)
  }
  return out
}

interface RendererClass {
  prototype: { renderLine(this: unknown, line: Line, x: number, y: number): void; __joinsInlines?: true }
}

/** Page numbers of destinations printed in another part (render-parts), while that part's 目录 is written. */
let pagesElsewhere: ReadonlyMap<string, number> | undefined
let writing: Promise<unknown> = Promise.resolve()

/**
 * Writes a document whose page references (`pageReference`) point at headings printed in other
 * parts: pdfmake lays each one out as its own placeholder and prints `pages.get(id)` in its place.
 * One such document is written at a time.
 */
export function withPagesElsewhere<T>(pages: ReadonlyMap<string, number>, write: () => Promise<T>): Promise<T> {
  const run = writing.then(async () => {
    pagesElsewhere = pages
    try {
      return await write()
    } finally {
      pagesElsewhere = undefined
    }
  })
  writing = run.catch(() => undefined)
  return run
}

/** A page reference whose heading is not in this document gets its page from `pagesElsewhere`. */
function resolveElsewhere(ref: unknown, inline: Inline | undefined): void {
  if (!pagesElsewhere || !ref || typeof ref !== 'object' || 'positions' in ref || !inline) return
  const page = typeof inline.linkToDestination === 'string' ? pagesElsewhere.get(inline.linkToDestination) : undefined
  if (page !== undefined) Object.assign(ref, { positions: [{ pageNumber: page }] })
}

/** Makes pdfmake's renderer join the inlines of each line it draws (once per process). */
export function joinInlinesWhenRendering(): void {
  const renderer = createRequire(import.meta.url)('pdfmake/js/Renderer') as { default: RendererClass }
  const proto = renderer.default.prototype
  if (proto.__joinsInlines) return
  const renderLine = proto.renderLine
  proto.renderLine = function (this: unknown, line: Line, x: number, y: number) {
    resolveElsewhere(line._pageNodeRef, line.inlines[0])
    for (const inline of line.inlines) resolveElsewhere(inline._pageNodeRef, inline)
    // A page-number line has its first inline rewritten to the number: left as laid out.
    if (line._pageNodeRef === undefined && line.inlines.length > 1) line.inlines = joinedInlines(line.inlines)
    return renderLine.call(this, line, x, y)
  }
  proto.__joinsInlines = true
}
