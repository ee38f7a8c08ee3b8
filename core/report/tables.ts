// 第二部分: the 13 tables from the one TableModel the Excel export also renders. Each table is a
// root section (new page, landscape where the layout says so); header rows repeat on every page,
// rows never split, figures use formatTableCell (blank for zero) exactly as the xlsx cells do.
import { formatTableCell } from '../money/format'
import type { Finding } from '../rules/finding'
import { EMPTY_TABLE_NOTE, TABLE_IDS, type Cell, type TableModel, type TableRow, type TableSet } from '../tables/table-model'
import { ANCHOR, headingNode, type PartContent } from './anchors'
import { STYLE_SIZES, TABLE_FONT_SIZE, TABLE_LAYOUTS, TABLE_MARGINS, textWidth } from './styles'
import { fitTable, TABLE_PADDING_Y } from './table-fit'
import { levelWord } from './cover'
import type { DisclosureLevel, PdfNode } from './types'

export const ROUNDING_NOTE = '注：本套报表因取数时四舍五入，部分金额可能存在尾差'

/** Cell padding and rule width of the `grid` layout; main's layout uses the same numbers. */
export const GRID = { paddingX: 3, paddingY: 2, lineWidth: 0.5 } as const

/** One header line at TABLE_FONT_SIZE (Noto: ~1.45 em) plus the grid's padding. */
const HEADER_ROW_HEIGHT = TABLE_FONT_SIZE * 1.45 + 2 * GRID.paddingY

export function tablesPartTitle(year: number, level: DisclosureLevel = 'department'): string {
  return `第二部分 ${year}年${levelWord(level)}预算报表`
}

/** Content widths in pt, proportional to the layout's width hints, filling the text width exactly. */
export function columnWidths(t: TableModel): number[] {
  const n = t.columns.length
  const available = textWidth(t.orientation, TABLE_MARGINS) - n * 2 * GRID.paddingX - (n + 1) * GRID.lineWidth
  const hints = t.columns.reduce((a, c) => a + c.width, 0)
  return t.columns.map((c) => Math.floor((available * c.width * 100) / hints) / 100)
}

function headerRows(t: TableModel, fontSize = TABLE_FONT_SIZE): PdfNode[][] {
  const n = t.columns.length
  const grid: (PdfNode | null)[][] = Array.from({ length: t.headerRowCount }, () => new Array<PdfNode | null>(n).fill(null))
  for (const h of t.header) {
    for (let r = h.row; r < h.row + h.rowSpan; r++) for (let c = h.col; c < h.col + h.colSpan; c++) (grid[r] as (PdfNode | null)[])[c] = {}
    const cell: PdfNode = { text: h.text, style: 'tableHeader' }
    if (fontSize !== TABLE_FONT_SIZE) cell.fontSize = fontSize
    // pdfmake's verticalAlignment draws row-spanning cells over the rule below them; centre them
    // with a top margin of half the extra rows instead (a row grows if its text needs more).
    if (h.rowSpan > 1) Object.assign(cell, { rowSpan: h.rowSpan, margin: [0, (h.rowSpan - 1) * HEADER_ROW_HEIGHT * (fontSize / TABLE_FONT_SIZE) * 0.5, 0, 0] })
    if (h.colSpan > 1) cell.colSpan = h.colSpan
    ;(grid[h.row] as (PdfNode | null)[])[h.col] = cell
  }
  return grid.map((r) => r.map((c) => c ?? { text: '', style: 'tableHeader' }))
}

function bodyCell(cell: Cell, bold: boolean): PdfNode {
  if (cell === null) return { text: '' }
  const node: PdfNode = cell.kind === 'money' ? { text: formatTableCell(cell.value), alignment: 'right', noWrap: true } : { text: cell.text }
  if (bold) node.bold = true
  return node
}

function bodyRow(row: TableRow): PdfNode[] {
  return row.cells.map((c) => bodyCell(c, row.kind === 'total'))
}

/** Footnotes under the table; the 尾差 note is added under 表1 when rule T01 found a tail. */
export function tableNotes(t: TableModel, findings: readonly Finding[]): string[] {
  const notes = t.empty ? [EMPTY_TABLE_NOTE, ...t.notes] : [...t.notes]
  const tail = findings.some((f) => f.ruleId === 'T01')
  if (t.id === 'T1' && tail && !notes.some((n) => n.includes('尾差'))) notes.push(ROUNDING_NOTE)
  return notes
}

export function tableSection(t: TableModel, findings: readonly Finding[], lead: PdfNode[] = []): PdfNode {
  // A table kept to one page prints smaller when it must (table-fit: limits that stay legible).
  const fit = fitTable(t, tableNotes(t, findings).length, lead.length > 0 ? STYLE_SIZES.partTitle : 0)
  const table: PdfNode = {
    table: { headerRows: t.headerRowCount, dontBreakRows: true, widths: columnWidths(t), body: [...headerRows(t, fit.fontSize), ...t.rows.map(bodyRow)] },
    layout: fit.paddingY === TABLE_PADDING_Y.normal ? TABLE_LAYOUTS.grid : TABLE_LAYOUTS.gridCompact,
    style: 'tableCell',
  }
  if (fit.fontSize !== TABLE_FONT_SIZE) table.fontSize = fit.fontSize
  return {
    section: [
      ...lead,
      { text: t.label, style: 'tableLabel' },
      headingNode(t.title, { id: ANCHOR.table(t.id), style: 'tableTitle', parent: 'part-2', outlineText: t.tocTitle, keepWithNext: false }),
      { columns: [{ text: `${t.ownerLabel ?? '部门名称'}：${t.departmentName}`, width: '*' }, { text: t.unitLabel, width: 'auto', alignment: 'right' }], style: 'tableMeta' },
      table,
      ...tableNotes(t, findings).map((text) => ({ text, style: 'tableNote' })),
    ],
    pageOrientation: t.orientation,
    pageMargins: TABLE_MARGINS,
  }
}

export function tablesPart(tables: TableSet, year: number, findings: readonly Finding[], level: DisclosureLevel = 'department'): PartContent {
  const title = tablesPartTitle(year, level)
  const sections = TABLE_IDS.map((id, i) =>
    tableSection(tables[id], findings, i === 0 ? [headingNode(title, { id: 'part-2', style: 'partTitle', expanded: true, margin: [0, 0, 0, 10], keepWithNext: false })] : []),
  )
  return {
    sections,
    toc: [{ id: 'part-2', text: title, level: 0 }, ...TABLE_IDS.map((id) => ({ id: ANCHOR.table(id), text: tables[id].tocTitle, level: 1 }))],
  }
}
