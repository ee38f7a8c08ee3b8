// SheetPlan → exceljs worksheet, with the print setup an officer needs to hand the tables in:
// A4, the table's orientation, one page wide (and one page tall where the PDF keeps it to one), header rows on every page, centred, 第 N 页 footer,
// print area, frozen header.
import type { Workbook, Worksheet } from 'exceljs'
import type { TableModel } from '../../../../core/tables/table-model'
import { fitTable } from '../../../../core/report/table-fit'
import { sharedStyle } from './cell-styles'
import { planSheet, type SheetPlan } from './sheet-layout'
import { byRow, writeSheetRows } from './sheet-rows'
import { xmlSafeText } from './xml-text'

const A4 = 9
export const PAGE_FOOTER = '&C第 &P 页 共 &N 页'

/** `表1` … `表13`: short, unique, and free of the characters Excel forbids (`[]:*?/\`). */
export function sheetName(table: TableModel): string {
  return `表${Number(table.id.slice(1))}`
}

export function columnLetter(col: number): string {
  let s = ''
  for (let n = col; n > 0; n = Math.floor((n - 1) / 26)) s = String.fromCharCode(65 + ((n - 1) % 26)) + s
  return s
}

export function printArea(plan: SheetPlan): string {
  return `A1:${columnLetter(plan.lastCol)}${plan.lastRow}`
}

function writePlan(ws: Worksheet, plan: SheetPlan): void {
  plan.columnWidths.forEach((w, i) => (ws.getColumn(i + 1).width = w))
  const rows = byRow(plan.cells)
  writeSheetRows(ws, {
    lastRow: plan.lastRow,
    heights: plan.rowHeights,
    merges: plan.merges,
    // A string is always stored as a string (shared string, never <f>): `=SUM(A1)` stays text;
    // characters XML forbids are dropped so the file stays readable.
    cells: (r) =>
      (rows.get(r) ?? []).map((c) => ({ col: c.col, style: sharedStyle(c.style), ...(c.value === null ? {} : { value: typeof c.value === 'string' ? xmlSafeText(c.value) : c.value }) })),
  })
}

/**
 * Adds the table's sheet with every row written and committed; the sheet itself is committed by
 * the caller (after setting anything written at its end, such as the page header).
 */
export function addTableSheet(wb: Workbook, table: TableModel): Worksheet {
  const plan = planSheet(table)
  const ws = wb.addWorksheet(sheetName(table), {
    pageSetup: {
      paperSize: A4,
      orientation: plan.orientation,
      fitToPage: true,
      fitToWidth: 1,
      // A table the PDF prints on one page prints on one page here too (core/report/table-fit).
      fitToHeight: fitTable(table, table.notes.length + 2).onePage ? 1 : 0,
      horizontalCentered: true,
      printArea: printArea(plan),
      printTitlesRow: `${plan.headerRows.first}:${plan.headerRows.last}`,
      margins: { left: 0.5, right: 0.5, top: 0.6, bottom: 0.7, header: 0.3, footer: 0.3 },
    },
    headerFooter: { oddFooter: PAGE_FOOTER },
    views: [{ state: 'frozen', xSplit: 0, ySplit: plan.headerRows.last, topLeftCell: `A${plan.headerRows.last + 1}`, activeCell: 'A1' }],
  })
  writePlan(ws, plan)
  return ws
}
