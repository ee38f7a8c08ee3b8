// The performance-target forms as pdfmake content for the 'performance-forms' slot of 十 (spec
// §1.7, §5, §9.10): one root section per form, so each starts on a new page. Rows never split;
// the indicator heading repeats at the top of each page the grid continues on; indicator
// groups (and every span) stay on one page. Pure: FormModels in, plain JSON out.
import type { Derivation } from '../calc/derive'
import type { FormModel } from '../performance/form-model'
import { buildAllFormModels, type AllFormsOptions } from '../performance/forms'
import { rowHeights, spanTopMargin } from './performance-forms/measure'
import { joinSpanned, partition, pieceBody as rawPieceBody, splitTall, type Continuation, type Piece, type SpanMargin } from './performance-forms/pieces'
import { A4, TABLE_LAYOUTS, TABLE_MARGINS, textWidth } from './styles'
import { GRID } from './tables'
import { FONT_FAMILY, type PdfNode } from './types'

export const FORM_FONT_SIZE = 9
export const FORM_TITLE_SIZE = 15

/**
 * The pieces are rows of a one-column `noBorders` table (pdfmake's built-in layout), whose cells
 * have pdfmake's default 2 pt top and bottom padding; a negative margin takes it back so the
 * rules of consecutive pieces meet.
 */
const STACK_PADDING_Y = 2

/** Page height left for the grid: A4 minus margins, the title block and one repeated header row. */
const USABLE_HEIGHT = A4.height - TABLE_MARGINS[1] - TABLE_MARGINS[3] - 60

export interface PerformanceFormsPdfOptions {
  /** Destination id of the 十 heading: each form's bookmark goes under it. */
  bookmarkParent?: string
  fontSize?: number
}

/** Content widths in pt, proportional to the form's columns, filling the text width exactly. */
export function formColumnWidths(form: FormModel): number[] {
  const n = form.columns.length
  const available = textWidth('portrait', TABLE_MARGINS) - n * 2 * GRID.paddingX - (n + 1) * GRID.lineWidth
  const total = form.columns.reduce((a, b) => a + b, 0)
  return form.columns.map((w) => Math.floor((available * w * 100) / total) / 100)
}

export function formAnchorId(form: FormModel): string {
  return `form-${form.key.replace(/[^A-Za-z0-9_.-]/g, '-')}`
}

function gridTable(widths: number[], body: PdfNode[][], options: { headerRows?: number; dontBreakRows: boolean; stacked: boolean }): PdfNode {
  const node: PdfNode = { table: { widths, body, headerRows: options.headerRows ?? 0, dontBreakRows: options.dontBreakRows }, layout: TABLE_LAYOUTS.grid }
  if (options.stacked) node.margin = [0, -STACK_PADDING_Y, 0, -STACK_PADDING_Y]
  return node
}

/** One-column stack of pieces; with a header piece, that piece repeats on every page. */
function stack(pieces: PdfNode[], headerRows: number): PdfNode {
  const table: PdfNode = { widths: ['*'], headerRows, dontBreakRows: true, body: pieces.map((p) => [p]) }
  // The heading never ends a page alone: it stays with the first group.
  if (headerRows > 0) table.keepWithHeaderRows = 1
  return { table, layout: 'noBorders' }
}

/** Captions of the two column groups of a project form's indicator grid (实施期 | 年度). */
export const GROUP_LABELS = ['实施期绩效指标', '年度绩效指标'] as const

/**
 * A row over the indicator heading naming its two column groups, so that a page the grid continues
 * on says which half is the 实施期 and which the 年度 target. Absent for a one-half grid.
 */
export function groupLabelRow(form: FormModel): PdfNode[] | undefined {
  if (!form.header) return undefined
  const cells = form.rows[form.header.start]?.cells ?? []
  const starts = cells.flatMap((c, i) => (c?.text === '二级指标' ? [i] : []))
  if (starts.length !== GROUP_LABELS.length) return undefined
  const row: PdfNode[] = []
  const put = (text: string, span: number, bold: boolean) => {
    row.push({ text, colSpan: span, bold, alignment: 'center' }, ...Array.from({ length: span - 1 }, () => ({})))
  }
  put('', starts[0] as number, false)
  starts.forEach((start, k) => put(GROUP_LABELS[k] as string, (starts[k + 1] ?? cells.length) - start, true))
  return row
}

/** Height the signature line takes under the grid (its margin and one line). */
const SIGNATURE_ALLOWANCE = 40
/** The last piece of a form holds at least this much, so a page never carries a lone last row. */
const MIN_TAIL_HEIGHT = USABLE_HEIGHT / 4

/** Joins the last pieces until the last one is at least MIN_TAIL_HEIGHT tall, within `limit`. */
export function joinTail(pieces: readonly Piece[], height: (p: Piece) => number, limit: number): Piece[] {
  const out = [...pieces]
  while (out.length >= 2) {
    const last = out[out.length - 1] as Piece
    const prev = out[out.length - 2] as Piece
    if (height(last) >= MIN_TAIL_HEIGHT || height(prev) + height(last) > limit) break
    out.splice(out.length - 2, 2, { start: prev.start, end: last.end })
  }
  return out
}

function formTables(form: FormModel, widths: number[], fontSize: number): PdfNode[] {
  const heights = rowHeights(form.rows, widths, fontSize)
  const spanMargin: SpanMargin = (c, col, rowSpan) => {
    let width = (c.colSpan - 1) * (2 * GRID.paddingX + GRID.lineWidth)
    for (let k = col; k < col + c.colSpan; k++) width += widths[k] ?? 0
    return spanTopMargin(c.text, width, fontSize, rowSpan)
  }
  const pieceBody = (rows: FormModel['rows'], p: Piece, continuation: (anchorRow: number) => Continuation) => rawPieceBody(rows, p, continuation, spanMargin)
  const height = (p: Piece) => heights.slice(p.start, p.end).reduce((a, b) => a + b, 0)
  const header = form.header
  const headerHeight = header ? height(header) : 0
  const maxHeight = USABLE_HEIGHT - headerHeight
  const all = partition(form.rows.length, form.keepTogether, header)
  const before = joinSpanned(form.rows, header ? all.filter((p) => p.end <= header.start) : all, heights, maxHeight)
  const after = header ? all.filter((p) => p.start >= header.end) : []
  const out: PdfNode[] = []

  const emit = (pieces: Piece[], continuation: (anchorRow: number) => Continuation, headerPiece?: Piece) => {
    // A stacked piece is one row of an unbreakable stack row: it cannot break anyway, and pdfmake
    // 0.3 misplaces vertically centred row-spanning cells in tables with dontBreakRows.
    const groupRow = headerPiece ? groupLabelRow(form) : undefined
    const headerBody = headerPiece ? [...(groupRow ? [groupRow] : []), ...pieceBody(form.rows, headerPiece, continuation)] : []
    const headerNode = headerPiece ? [gridTable(widths, headerBody, { dontBreakRows: false, stacked: true })] : []
    let run: PdfNode[] = []
    const flush = () => {
      if (run.length > 0) out.push(stack([...headerNode, ...run], headerNode.length))
      run = []
    }
    // A group too tall for a page is cut into runs of rows that fit, its captions printed again
    // in each run; pdfmake draws row spans that cross a page wrongly, so no span ever does.
    for (const p of pieces.flatMap((q) => (height(q) > maxHeight ? splitTall(q, heights, maxHeight) : [q]))) {
      const body = pieceBody(form.rows, p, continuation)
      if (height(p) <= maxHeight) {
        run.push(gridTable(widths, body, { dontBreakRows: false, stacked: true }))
        continue
      }
      // One row taller than a page: a table of its own that may break inside the row.
      flush()
      const rows = headerPiece ? [...headerBody, ...body] : body
      out.push(gridTable(widths, rows, { headerRows: headerPiece ? headerBody.length : 0, dontBreakRows: false, stacked: false }))
    }
    flush()
  }
  // The signature line is kept with the last piece: that piece grows by the pieces before it until
  // it is tall enough not to leave one indicator row alone on a continuation page.
  const tail = (pieces: Piece[]) => joinTail(pieces, height, maxHeight - SIGNATURE_ALLOWANCE)
  emit(header ? before : tail(before), () => 'repeat')
  // Under the heading, a span from the heading row (the grid's caption) continues open; spans of a
  // group cut for length print their caption again.
  if (header) emit(tail(after), (anchorRow) => (anchorRow < header.end ? 'open' : 'repeat'), header)
  return out
}

/**
 * The signature line goes into the last unbreakable row of the last stack, so it moves to the next
 * page with the form's last rows instead of printing alone on a page of its own.
 */
function keepFooterWithLastRows(tables: PdfNode[], footer: PdfNode): PdfNode[] {
  const last = tables[tables.length - 1]
  const table = last?.table as PdfNode | undefined
  const body = table?.body as PdfNode[][] | undefined
  if (!last || last.layout !== 'noBorders' || !body || body.length <= ((table?.headerRows as number) ?? 0)) return [...tables, footer]
  const lastRow = body[body.length - 1] as PdfNode[]
  const kept = { ...last, table: { ...table, body: [...body.slice(0, -1), [{ stack: [lastRow[0], footer] }]] } }
  return [...tables.slice(0, -1), kept]
}

/**
 * The running head of a form's continuation pages (the pages after its first): the form's title
 * and the project name. Main prints it in the top margin of every page of the form but the first.
 */
export function continuationHeader(form: FormModel): PdfNode {
  const lines: PdfNode[] = [{ text: `${form.title}（续）`, bold: true }]
  if (form.kind === 'project') lines.push({ text: `项目名称：${form.caption}` })
  return { stack: lines, fontSize: 9, alignment: 'center', margin: [TABLE_MARGINS[0], 12, TABLE_MARGINS[2], 0] }
}

export function performanceFormSection(form: FormModel, options: PerformanceFormsPdfOptions = {}): PdfNode {
  const fontSize = options.fontSize ?? FORM_FONT_SIZE
  const widths = formColumnWidths(form)
  const title: PdfNode = {
    text: form.title,
    id: formAnchorId(form),
    font: FONT_FAMILY.heading,
    fontSize: FORM_TITLE_SIZE,
    bold: true,
    alignment: 'center',
    outline: true,
    outlineText: form.kind === 'overall' ? form.title : `${form.caption}（项目支出绩效目标表）`,
  }
  if (options.bookmarkParent) title.outlineParentId = options.bookmarkParent
  const grid = formTables(form, widths, fontSize)
  const footer: PdfNode | undefined =
    form.footer.length > 0 ? { columns: form.footer.map((f) => ({ text: `${f.label}${f.value}`, width: '*' })), columnGap: 6, fontSize, margin: [0, 6 + 2 * STACK_PADDING_Y, 0, 0] } : undefined
  const content: PdfNode[] = [
    title,
    { text: form.subtitle, fontSize: 11, alignment: 'center', margin: [0, 2, 0, 8] },
    { stack: footer ? keepFooterWithLastRows(grid, footer) : grid, fontSize, lineHeight: 1.05 },
  ]
  return { section: content, pageOrientation: 'portrait', pageMargins: TABLE_MARGINS, continuationHeader: continuationHeader(form) }
}

export function performanceFormsContent(forms: readonly FormModel[], options: PerformanceFormsPdfOptions = {}): PdfNode[] {
  return forms.map((f) => performanceFormSection(f, options))
}

/** What the report's 'performance-forms' slot takes: the 整体 form, then each project's form. */
export function performanceFormsForReport(derivation: Derivation, options: AllFormsOptions & PerformanceFormsPdfOptions = {}): PdfNode[] {
  return performanceFormsContent(buildAllFormModels(derivation, options), options)
}
