// The neutral model of one performance-target form (spec §5): a title, a dense grid of cells with
// spans, the row groups that must stay on one page, and a footer line. The PDF builder
// (core/report/performance-forms) and the workbook writer (electron/main/export/forms-xlsx) both
// render this, so a figure reads the same in both.

export type FormLayoutId = '2025' | '2026'
export type FormAlign = 'left' | 'center' | 'right'
/** label: a printed caption; value: typed or derived text; money: an amount; header: a grid heading. */
export type FormCellRole = 'label' | 'value' | 'money' | 'header'

export interface FormCell {
  text: string
  role: FormCellRole
  rowSpan: number
  colSpan: number
  bold: boolean
  align: FormAlign
}

/** One grid row; `null` marks a position covered by a span that starts above or to the left. */
export interface FormRow {
  cells: (FormCell | null)[]
}

/** Rows [start, end) of the grid. */
export interface RowRange {
  start: number
  end: number
}

export interface FormFooterItem {
  label: string
  value: string
}

export interface FormModel {
  /** `overall` or `project:<projectId>`; unique within a document. */
  key: string
  kind: 'overall' | 'project'
  projectId?: string
  layout: FormLayoutId
  title: string
  subtitle: string
  /** Short name for a sheet tab or a bookmark: the project name, or `整体支出绩效目标`. */
  caption: string
  /** Relative column widths (CJK characters at the form's font size). */
  columns: number[]
  rows: FormRow[]
  /** The grid heading repeated at the top of a page when the indicator grid continues there. */
  header?: RowRange
  /** Row groups never split across pages (a span, an indicator group). */
  keepTogether: RowRange[]
  /** Printed under the grid on one line: 负责人 / 经办人 / 联系电话 / 填报日期. */
  footer: FormFooterItem[]
}

export interface CellOptions {
  rowSpan?: number
  colSpan?: number
  bold?: boolean
  align?: FormAlign
}

export function cell(text: string, role: FormCellRole, o: CellOptions = {}): FormCell {
  const align = o.align ?? (role === 'money' ? 'right' : role === 'value' ? 'left' : 'center')
  return { text, role, rowSpan: o.rowSpan ?? 1, colSpan: o.colSpan ?? 1, bold: o.bold ?? role === 'header', align }
}

/** Builds a dense grid row by row: `put` places a cell and marks what its spans cover. */
export class GridBuilder {
  readonly rows: FormRow[] = []
  readonly keepTogether: RowRange[] = []

  constructor(readonly width: number) {}

  get rowCount(): number {
    return this.rows.length
  }

  private ensure(row: number): FormRow {
    while (this.rows.length <= row) this.rows.push({ cells: new Array<FormCell | null | undefined>(this.width).fill(undefined) as (FormCell | null)[] })
    return this.rows[row] as FormRow
  }

  /** Places `c` at (row, col); throws if the position or its span is already taken. */
  put(row: number, col: number, c: FormCell): void {
    if (col + c.colSpan > this.width) throw new Error(`cell "${c.text}" at ${row},${col} spans past column ${this.width}`)
    for (let r = row; r < row + c.rowSpan; r++) {
      const target = this.ensure(r)
      for (let k = col; k < col + c.colSpan; k++) {
        if (target.cells[k] !== undefined) throw new Error(`cell "${c.text}" overlaps at ${r},${k}`)
        target.cells[k] = r === row && k === col ? c : null
      }
    }
  }

  /** Places cells left to right on one row, each starting where the previous ended (skipping covered positions). */
  line(row: number, cells: readonly FormCell[]): void {
    const target = this.ensure(row)
    let col = 0
    for (const c of cells) {
      while (col < this.width && target.cells[col] !== undefined) col++
      this.put(row, col, c)
      col += c.colSpan
    }
  }

  keep(start: number, end: number): void {
    if (end - start > 1) this.keepTogether.push({ start, end })
  }

  /** The grid with every unset position filled by an empty value cell. */
  build(): FormRow[] {
    return this.rows.map((r) => ({ cells: r.cells.map((c) => (c === undefined ? cell('', 'value') : c)) }))
  }
}

/** Anchored cells of the grid with their positions, in reading order. */
export function anchoredCells(rows: readonly FormRow[]): { row: number; col: number; cell: FormCell }[] {
  const out: { row: number; col: number; cell: FormCell }[] = []
  rows.forEach((r, row) => r.cells.forEach((c, col) => c && out.push({ row, col, cell: c })))
  return out
}

/** All text of a form in reading order (title, grid, footer), for tests and plain-text checks. */
export function formText(m: FormModel): string[] {
  return [m.title, m.subtitle, ...anchoredCells(m.rows).map((a) => a.cell.text), ...m.footer.map((f) => `${f.label}${f.value}`)]
}
