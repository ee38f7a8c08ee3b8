// 第二部分: each of the 13 TableModels as a real Word table in its own section (landscape where the
// layout says so), as the PDF prints it (core/report/tables): label, title (标题 2, a 目录 entry),
// 部门名称 and 单位 line, header rows merged as published and repeated on every page, rows never
// split, amounts right-aligned with two decimals (formatTableCell: zero and blank print empty),
// totals bold, the notes under the table.
import { AlignmentType, BorderStyle, HeadingLevel, Paragraph, Tab, Table, TableLayoutType, TableRow, TabStopType, TextRun, WidthType } from 'docx'
import { formatTableCell } from '../../../../core/money/format'
import type { Finding } from '../../../../core/rules/finding'
import { ANCHOR } from '../../../../core/report/anchors'
import { TABLE_MARGINS } from '../../../../core/report/styles'
import { tableNotes, tablesPartTitle } from '../../../../core/report/tables'
import type { DisclosureLevel } from '../../../../core/report/types'
import { TABLE_IDS, type Cell, type HeaderCell, type TableModel, type TableSet } from '../../../../core/tables/table-model'
import { CELL_MARGINS, proportionalWidths, rowSlots, slotCell } from './grid'
import type { DocxSection } from './sections'
import { STYLE, textWidthTwips } from './styles'
import { headingParagraph, paragraph, run } from './text'
import { xmlSafeText } from '../xlsx/xml-text'

const RULE = { style: BorderStyle.SINGLE, size: 4, color: '000000' } as const
export const GRID_BORDERS = { top: RULE, bottom: RULE, left: RULE, right: RULE, insideHorizontal: RULE, insideVertical: RULE } as const

function cellParagraph(text: string, align: 'left' | 'center' | 'right', bold: boolean, keepNext = false): Paragraph {
  const alignment = align === 'right' ? AlignmentType.RIGHT : align === 'center' ? AlignmentType.CENTER : AlignmentType.LEFT
  return new Paragraph({ style: STYLE.tableCell, alignment, keepNext, children: text === '' ? [] : [run(text, bold ? { bold: true } : {})] })
}

function headerRows(t: TableModel, widths: number[]): TableRow[] {
  const anchors = t.header.map((h) => ({ row: h.row, col: h.col, rowSpan: h.rowSpan, colSpan: h.colSpan, data: h }))
  return rowSlots<HeaderCell>(anchors, t.headerRowCount, t.columns.length).map(
    (slots) =>
      new TableRow({
        tableHeader: true,
        cantSplit: true,
        children: slots.map((s) => slotCell(s, widths, s.anchor ? [cellParagraph(s.anchor.data.text, 'center', true, true)] : [cellParagraph('', 'center', true, true)])),
      }),
  )
}

function bodyCell(cell: Cell, bold: boolean): Paragraph {
  if (cell === null) return cellParagraph('', 'left', bold)
  return cell.kind === 'money' ? cellParagraph(formatTableCell(cell.value), 'right', bold) : cellParagraph(cell.text, 'left', bold)
}

export function tableGrid(t: TableModel): Table {
  const widths = proportionalWidths(
    t.columns.map((c) => c.width),
    textWidthTwips({ orientation: t.orientation, margins: TABLE_MARGINS }),
  )
  const body = t.rows.map(
    (r) =>
      new TableRow({
        cantSplit: true,
        children: r.cells.map((c, i) => slotCell({ col: i, colSpan: 1 }, widths, [bodyCell(c, r.kind === 'total')])),
      }),
  )
  return new Table({
    rows: [...headerRows(t, widths), ...body],
    columnWidths: widths,
    width: { size: widths.reduce((a, b) => a + b, 0), type: WidthType.DXA },
    layout: TableLayoutType.FIXED,
    borders: GRID_BORDERS,
    margins: CELL_MARGINS,
  })
}

export function tableSection(t: TableModel, findings: readonly Finding[], lead: Paragraph[] = []): DocxSection {
  const page = { orientation: t.orientation, margins: TABLE_MARGINS }
  const meta = new Paragraph({
    style: STYLE.tableMeta,
    tabStops: [{ type: TabStopType.RIGHT, position: textWidthTwips(page) }],
    children: [run(`${t.ownerLabel ?? '部门名称'}：${t.departmentName}`), new TextRun({ children: [new Tab(), xmlSafeText(t.unitLabel)] })],
  })
  return {
    page,
    children: [
      ...lead,
      paragraph(t.label, STYLE.tableLabel),
      headingParagraph(t.title, HeadingLevel.HEADING_2, ANCHOR.table(t.id), { alignment: AlignmentType.CENTER, indent: { firstLine: 0 }, spacing: { before: 0, after: 120 } }),
      meta,
      tableGrid(t),
      ...tableNotes(t, findings).map((text) => paragraph(text, STYLE.tableNote)),
    ],
  }
}

export function tablesSections(tables: TableSet, year: number, findings: readonly Finding[], level: DisclosureLevel): DocxSection[] {
  return TABLE_IDS.map((id, i) => tableSection(tables[id], findings, i === 0 ? [headingParagraph(tablesPartTitle(year, level), HeadingLevel.HEADING_1, 'part-2')] : []))
}
