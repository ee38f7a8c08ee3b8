// Page geometry and text styles in the 公文 manner (GB/T 9704-2012): A4, 天头 37 mm, 订口 28 mm,
// text area 156 × 225 mm; body 三号 (16 pt) serif with ~29 pt line pitch (22 lines a page);
// headings bold sans (黑体); titles in the title role (方正小标宋 when installed). Paragraphs are
// left-aligned, not justified: justified CJK lines get gaps that text extraction turns into spaces
// (`年 部 门 预 算`), which breaks checkers' searches. Table pages use narrower margins.
import { FONT_FAMILY, type PdfNode } from './types'

const MM = 72 / 25.4

export const A4 = { width: 595.28, height: 841.89 } as const

/** [left, top, right, bottom] in pt. */
export type Margins = [number, number, number, number]

export const TEXT_MARGINS: Margins = [28 * MM, 37 * MM, 26 * MM, 35 * MM]
export const TABLE_MARGINS: Margins = [15 * MM, 15 * MM, 15 * MM, 18 * MM]

export const BODY_SIZE = 16
/** Noto CJK's line height is ~1.44 em; ×1.25 gives the 公文 pitch of ~28.9 pt. */
export const BODY_LINE_HEIGHT = 1.25
export const TABLE_FONT_SIZE = 10
export const FOOTER_SIZE = 10.5

export function textWidth(orientation: 'portrait' | 'landscape', margins: Margins): number {
  const page = orientation === 'portrait' ? A4.width : A4.height
  return page - margins[0] - margins[2]
}

export const STYLES: Record<string, PdfNode> = {
  coverTitle: { font: FONT_FAMILY.title, fontSize: 26, bold: true, alignment: 'center', lineHeight: 1.3 },
  partTitle: { font: FONT_FAMILY.title, fontSize: 22, bold: true, alignment: 'center', margin: [0, 0, 0, 18] },
  tocTitle: { font: FONT_FAMILY.title, fontSize: 22, bold: true, alignment: 'center', margin: [0, 0, 0, 18] },
  tocEntry: { fontSize: 14 },
  tocPart: { fontSize: 14, bold: true },
  heading: { font: FONT_FAMILY.heading, fontSize: BODY_SIZE, bold: true, leadingIndent: 2 * BODY_SIZE, lineHeight: BODY_LINE_HEIGHT, margin: [0, 6, 0, 0] },
  subheading: { fontSize: BODY_SIZE, bold: true, leadingIndent: 2 * BODY_SIZE, lineHeight: BODY_LINE_HEIGHT },
  paragraph: { fontSize: BODY_SIZE, leadingIndent: 2 * BODY_SIZE, lineHeight: BODY_LINE_HEIGHT },
  caption: { fontSize: 12, bold: true, alignment: 'center', lineHeight: 1.15, margin: [0, 2, 0, 10] },
  unitTable: { fontSize: 14, lineHeight: 1.1 },
  unitTableHeader: { fontSize: 14, bold: true, alignment: 'center' },
  tableLabel: { fontSize: 10.5, margin: [0, 0, 0, 2] },
  tableTitle: { font: FONT_FAMILY.heading, fontSize: 16, bold: true, alignment: 'center', margin: [0, 0, 0, 6] },
  tableMeta: { fontSize: 10.5, margin: [0, 0, 0, 3] },
  tableHeader: { fontSize: TABLE_FONT_SIZE, bold: true, alignment: 'center' },
  tableCell: { fontSize: TABLE_FONT_SIZE, lineHeight: 1.05 },
  tableNote: { fontSize: 10.5, margin: [0, 4, 0, 0] },
  glossary: { fontSize: BODY_SIZE, leadingIndent: 2 * BODY_SIZE, lineHeight: BODY_LINE_HEIGHT },
}

/** Height in pt of the one-line blocks around a table (line pitch ~1.45 em plus the style's margins). */
export const STYLE_SIZES = {
  tableLabel: 10.5 * 1.45 + 2,
  tableTitle: 16 * 1.45 + 6,
  tableMeta: 10.5 * 1.45 + 3,
  tableNote: 10.5 * 1.45 + 4,
  /** The 第二部分 title above 表1 (22 pt, 10 pt below). */
  partTitle: 22 * 1.45 + 10,
} as const

export const DEFAULT_STYLE: PdfNode = { font: FONT_FAMILY.body, fontSize: BODY_SIZE }

/** Named table layouts that main registers with pdfmake (functions cannot live in plain JSON). */
export const TABLE_LAYOUTS = {
  /** Thin grid for the 13 tables and the unit list. */
  grid: 'budgetGrid',
  /** The same grid with 1 pt instead of 2 pt above and below the text (tables fitted to a page). */
  gridCompact: 'budgetGridCompact',
  /** Dotted leader under the middle cell of a 目录 line. */
  tocLeaders: 'tocLeaders',
} as const

/** Lines a body paragraph takes at most in the text area (every character counted full width). */
export function estimatedLines(text: string, fontSize = BODY_SIZE): number {
  const perLine = Math.floor(textWidth('portrait', TEXT_MARGINS) / fontSize)
  return Math.ceil((text.length + 2) / perLine)
}

/** pdfmake keeps only the first page of an unbreakable block: group only what surely fits. */
const MAX_KEPT_LINES = 10

function keepable(node: PdfNode): boolean {
  if (typeof node.text === 'string') return estimatedLines(node.text) <= MAX_KEPT_LINES
  // A chart with its caption (an unbreakable stack of about 300 pt).
  return node.unbreakable === true && Array.isArray(node.stack) && node.stack.some((n) => typeof n === 'object' && n !== null && 'svg' in n)
}

/**
 * Headings marked `keepWithNext` stay on the page of the block that follows them: the heading
 * (and any headings directly under it) and that block become one unbreakable stack — when the
 * block is short enough to surely fit on a page, since pdfmake drops what an unbreakable block
 * puts on a second page. (pdfmake's pageBreakBefore hook would re-lay out the whole document once
 * per orphan.)
 */
export function keepHeadingsWithNext(content: readonly PdfNode[]): PdfNode[] {
  const out: PdfNode[] = []
  let pending: PdfNode[] = []
  for (const node of content) {
    const { keepWithNext, ...rest } = node
    if (keepWithNext === true) {
      pending.push(rest)
      continue
    }
    if (pending.length > 0 && keepable(node)) out.push({ stack: [...pending, node], unbreakable: true })
    else out.push(...pending, node)
    pending = []
  }
  out.push(...pending)
  return keepTailsWithPrevious(out)
}

/** Estimated lines of a text node or a stack of them; Infinity for anything else (tables, charts). */
function nodeLines(node: PdfNode): number {
  if (typeof node.text === 'string') return estimatedLines(node.text)
  if (Array.isArray(node.stack) && !node.stack.some((n) => typeof n === 'object' && n !== null && 'svg' in n)) {
    return (node.stack as PdfNode[]).reduce((a, n) => a + (typeof n === 'string' ? estimatedLines(n) : nodeLines(n)), 0)
  }
  return Number.POSITIVE_INFINITY
}

const isBareHeading = (node: PdfNode | undefined): boolean => node !== undefined && (node.outline === true || node.style === 'heading' || node.style === 'subheading')
/** A heading, or a stack a heading leads (a heading kept with its block). */
const isHeading = (node: PdfNode | undefined): boolean => isBareHeading(node) || (node !== undefined && Array.isArray(node.stack) && isBareHeading(node.stack[0] as PdfNode))

const isChart = (node: PdfNode): boolean => node.unbreakable === true && Array.isArray(node.stack) && node.stack.some((n) => typeof n === 'object' && n !== null && 'svg' in n)

/** A chart (about 320 pt with its caption) and a lead of this many lines surely fit on one page. */
const CHART_LEAD_LINES = 8

/** A paragraph this short at the end of a section (“无。”) never starts a page alone. */
const TAIL_LINES = 2

/**
 * The short last paragraph of a section (before the next heading or at the end) stays on the page
 * of the block before it: the two become one unbreakable stack when they surely fit on a page.
 */
function keepTailsWithPrevious(content: PdfNode[]): PdfNode[] {
  const out: PdfNode[] = []
  content.forEach((node, i) => {
    const prev = out[out.length - 1]
    // A chart stays on the page of the paragraph that introduces it.
    if (prev && isChart(node) && !isBareHeading(prev) && nodeLines(prev) <= CHART_LEAD_LINES) {
      const items = prev.unbreakable === true && Array.isArray(prev.stack) ? (prev.stack as PdfNode[]) : [prev]
      out[out.length - 1] = { stack: [...items, node], unbreakable: true }
      return
    }
    const tail = node.style === 'paragraph' && typeof node.text === 'string' && estimatedLines(node.text) <= TAIL_LINES && (i === content.length - 1 || isHeading(content[i + 1]))
    if (prev && tail && !isBareHeading(prev) && nodeLines(prev) + nodeLines(node) <= MAX_KEPT_LINES) {
      const items = prev.unbreakable === true && Array.isArray(prev.stack) ? (prev.stack as PdfNode[]) : [prev]
      out[out.length - 1] = { stack: [...items, node], unbreakable: true }
    } else out.push(node)
  })
  return out
}

/** A portrait root section with the 公文 text margins (starts on a new page). */
export function textSection(content: PdfNode[]): PdfNode {
  return { section: keepHeadingsWithNext(content), pageOrientation: 'portrait', pageMargins: TEXT_MARGINS }
}
