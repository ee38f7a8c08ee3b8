// Spanned grids (table headers, performance forms) as Word rows: a cell spanning columns is one
// <w:tc> with gridSpan; a cell spanning rows starts a vertical merge and each row below carries an
// empty continuation cell of the same width. Positions no cell covers become empty cells.
import { Paragraph, TableCell, VerticalAlignTable, VerticalMergeType, WidthType, type ITableCellOptions } from 'docx'
import { twip } from './styles'

export interface Anchored<C> {
  row: number
  col: number
  rowSpan: number
  colSpan: number
  data: C
}

export interface Slot<C> {
  col: number
  colSpan: number
  /** The cell that starts here; absent on continuation and empty positions. */
  anchor?: Anchored<C>
  merge?: 'restart' | 'continue'
}

export function rowSlots<C>(anchors: readonly Anchored<C>[], rowCount: number, colCount: number): Slot<C>[][] {
  const cover: (Anchored<C> | undefined)[][] = Array.from({ length: rowCount }, () => new Array<Anchored<C> | undefined>(colCount).fill(undefined))
  for (const a of anchors) {
    for (let r = a.row; r < Math.min(rowCount, a.row + a.rowSpan); r++) for (let c = a.col; c < Math.min(colCount, a.col + a.colSpan); c++) (cover[r] as (Anchored<C> | undefined)[])[c] = a
  }
  return cover.map((line, r) => {
    const slots: Slot<C>[] = []
    for (let c = 0; c < colCount; ) {
      const a = line[c]
      if (!a || a.col !== c) {
        slots.push({ col: c, colSpan: 1 })
        c++
        continue
      }
      const colSpan = Math.min(a.colSpan, colCount - c)
      if (a.row === r) slots.push(a.rowSpan > 1 ? { col: c, colSpan, anchor: a, merge: 'restart' } : { col: c, colSpan, anchor: a })
      else slots.push({ col: c, colSpan, merge: 'continue' })
      c += colSpan
    }
    return slots
  })
}

/** Cell padding of the PDF's grid layout (core/report/tables GRID): 3 pt across, 2 pt down. */
export const CELL_MARGINS = { left: twip(3), right: twip(3), top: twip(2), bottom: twip(2) } as const

/** A Word cell for `slot`; `widths` are the grid's column widths in twips. */
export function slotCell<C>(slot: Slot<C>, widths: readonly number[], children: Paragraph[], extra: Partial<ITableCellOptions> = {}): TableCell {
  let width = 0
  for (let k = slot.col; k < slot.col + slot.colSpan; k++) width += widths[k] ?? 0
  const options: ITableCellOptions = {
    children: children.length > 0 ? children : [new Paragraph({})],
    width: { size: width, type: WidthType.DXA },
    verticalAlign: VerticalAlignTable.CENTER,
    ...extra,
  }
  return new TableCell({
    ...options,
    ...(slot.colSpan > 1 ? { columnSpan: slot.colSpan } : {}),
    ...(slot.merge ? { verticalMerge: slot.merge === 'restart' ? VerticalMergeType.RESTART : VerticalMergeType.CONTINUE } : {}),
  })
}

/** Column widths in twips, proportional to `hints`, filling `total` exactly. */
export function proportionalWidths(hints: readonly number[], total: number): number[] {
  const sum = hints.reduce((a, b) => a + b, 0)
  const out = hints.map((h) => Math.floor((total * h) / sum))
  const rest = total - out.reduce((a, b) => a + b, 0)
  if (out.length > 0) out[out.length - 1] = (out[out.length - 1] as number) + rest
  return out
}
