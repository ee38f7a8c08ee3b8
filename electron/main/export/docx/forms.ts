// The performance-target forms (spec §5) as Word tables, one section per form on A4 portrait with
// the table margins, as the PDF prints them (core/report/performance-forms): title, subtitle, the
// grid with its spans, the footer line. Rows never split; the rows of a keep-together group (a
// span, an indicator group) are kept on one page; the indicator heading starts a second table
// whose heading rows repeat on every page the grid continues on.
import { AlignmentType, Paragraph, Table, TableLayoutType, TableRow, WidthType } from 'docx'
import type { FormCell, FormModel, FormRow } from '../../../../core/performance/form-model'
import { anchoredCells } from '../../../../core/performance/form-model'
import { FORM_FONT_SIZE } from '../../../../core/report/performance-forms'
import { TABLE_MARGINS } from '../../../../core/report/styles'
import { CELL_MARGINS, proportionalWidths, rowSlots, slotCell, type Anchored } from './grid'
import type { DocxSection } from './sections'
import { FONT, fonts, halfPt, STYLE, textWidthTwips } from './styles'
import { GRID_BORDERS } from './tables'
import { paragraph, run } from './text'

const FORM_PAGE = { orientation: 'portrait', margins: TABLE_MARGINS } as const
const ALIGN = { left: AlignmentType.LEFT, center: AlignmentType.CENTER, right: AlignmentType.RIGHT } as const

function cellParagraphs(c: FormCell, keepNext: boolean): Paragraph[] {
  const lines = c.text.split('\n')
  return lines.map(
    (line) =>
      new Paragraph({
        alignment: ALIGN[c.align],
        keepNext,
        spacing: { line: 240, lineRule: 'auto' },
        children: line === '' ? [] : [run(line, { font: fonts(FONT.table), size: halfPt(FORM_FONT_SIZE), bold: c.bold })],
      }),
  )
}

/** Rows [start, end) of the form as one Word table; `header` rows repeat on each page. */
function formTable(rows: readonly FormRow[], start: number, end: number, widths: number[], keepWithNext: (row: number) => boolean, headerRows: number): Table {
  const anchors: Anchored<FormCell>[] = anchoredCells(rows)
    .filter((a) => a.row >= start && a.row < end)
    .map((a) => ({ row: a.row - start, col: a.col, rowSpan: Math.min(a.cell.rowSpan, end - a.row), colSpan: a.cell.colSpan, data: a.cell }))
  const slots = rowSlots(anchors, end - start, widths.length)
  return new Table({
    rows: slots.map(
      (line, i) =>
        new TableRow({
          cantSplit: true,
          tableHeader: i < headerRows,
          children: line.map((s) => slotCell(s, widths, s.anchor ? cellParagraphs(s.anchor.data, keepWithNext(start + i)) : [new Paragraph({ keepNext: keepWithNext(start + i) })])),
        }),
    ),
    columnWidths: widths,
    width: { size: widths.reduce((a, b) => a + b, 0), type: WidthType.DXA },
    layout: TableLayoutType.FIXED,
    borders: GRID_BORDERS,
    margins: CELL_MARGINS,
  })
}

/** True when no span crosses the line before `row` (the grid may be cut there). */
function cleanCut(rows: readonly FormRow[], row: number): boolean {
  return anchoredCells(rows).every((a) => a.row >= row || a.row + a.cell.rowSpan <= row)
}

export function formSection(form: FormModel): DocxSection {
  const widths = proportionalWidths(form.columns, textWidthTwips(FORM_PAGE))
  const kept = new Set<number>()
  for (const g of form.keepTogether) for (let r = g.start; r < g.end - 1; r++) kept.add(r)
  const keep = (row: number) => kept.has(row)
  const header = form.header
  const n = form.rows.length
  const tables: (Paragraph | Table)[] = []
  if (header && header.start > 0 && cleanCut(form.rows, header.start)) {
    tables.push(formTable(form.rows, 0, header.start, widths, keep, 0))
    // An empty 1 pt paragraph: without it Word joins two adjacent tables into one.
    tables.push(new Paragraph({ spacing: { line: 20, lineRule: 'exact' }, children: [run('', { size: 2 })] }))
    tables.push(formTable(form.rows, header.start, n, widths, keep, header.end - header.start))
  } else tables.push(formTable(form.rows, 0, n, widths, keep, header && header.start === 0 ? header.end : 0))
  const children: (Paragraph | Table)[] = [paragraph(form.title, STYLE.formTitle), paragraph(form.subtitle, STYLE.formSubtitle), ...tables]
  if (form.footer.length > 0) {
    children.push(new Paragraph({ spacing: { before: 120 }, children: [run(form.footer.map((f) => `${f.label}${f.value}`).join('　　'), { size: halfPt(FORM_FONT_SIZE) })] }))
  }
  return { page: FORM_PAGE, children }
}
