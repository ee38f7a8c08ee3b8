// One row of the entry grid. Memoised: an edit, a finding or a move of the active cell repaints the
// rows it touches, not the whole visible window (a row's text depends only on the row, the columns
// and the money unit). Pointer events go through `events`, a stable object the grid keeps current.
import { memo, type CSSProperties, type MouseEvent } from 'react'
import type { MoneyUnit } from '../paste/money-text'
import { displayText } from './grid-cells'
import type { CellMark, GridColumn, GridRow } from './grid-types'

export interface RowEvents {
  mouseDown: (row: number, col: number, e: MouseEvent) => void
  mouseEnter: (row: number, col: number, e: MouseEvent) => void
  doubleClick: (row: number, col: number) => void
}

export interface GridRowViewProps<R extends GridRow> {
  row: R
  index: number
  phantom: boolean
  active: boolean
  /** The selected columns of this row (`left` > `right`: none). */
  selectedLeft: number
  selectedRight: number
  top: number
  columns: readonly GridColumn<R>[]
  lefts: readonly number[]
  pinned: number
  totalWidth: number
  numberWidth: number
  height: number
  unit: MoneyUnit
  marks: Readonly<Record<string, CellMark>> | undefined
  events: { current: RowEvents }
}

function pinStyle(width: number, left: number | undefined): CSSProperties {
  return left === undefined ? { width } : { width, position: 'sticky', left, zIndex: 1 }
}

function GridRowViewImpl<R extends GridRow>(p: GridRowViewProps<R>) {
  const { row, index, phantom, columns, lefts, pinned, marks } = p
  const rowClass = `grid-row${phantom ? ' phantom' : ''}${p.active ? ' active-row' : ''}`
  return (
    <div className={rowClass} data-row={index} style={{ transform: `translateY(${p.top}px)`, width: p.totalWidth, height: p.height }}>
      <div className={`grid-number-cell${marks?.[''] ? ` mark-${marks['']?.severity}` : ''}`} style={{ width: p.numberWidth }} title={marks?.['']?.message}>
        {phantom ? '+' : index + 1}
      </div>
      {columns.map((c, ci) => {
        const mark = marks?.[c.key]
        const selected = ci >= p.selectedLeft && ci <= p.selectedRight
        const cls = ['grid-cell', `kind-${c.kind}`, c.align === 'right' ? 'align-right' : '', selected ? 'selected' : '', mark ? `mark-${mark.severity}` : '', c.readOnly ? 'read-only' : '', ci < pinned ? 'pinned' : ''].join(' ')
        const shown = phantom ? '' : displayText(row, c, p.unit)
        return (
          <div
            key={c.key}
            className={cls}
            style={pinStyle(c.width, ci < pinned ? lefts[ci] : undefined)}
            data-col={c.key}
            // The whole text (a cell clips it with …) and, when marked, what is wrong.
            title={[shown, mark?.message].filter(Boolean).join('\n') || undefined}
            onMouseDown={(e) => p.events.current.mouseDown(index, ci, e)}
            onMouseEnter={(e) => p.events.current.mouseEnter(index, ci, e)}
            onDoubleClick={() => p.events.current.doubleClick(index, ci)}
          >
            {shown}
          </div>
        )
      })}
    </div>
  )
}

function sameMarks(a: GridRowViewProps<GridRow>['marks'], b: GridRowViewProps<GridRow>['marks']): boolean {
  if (a === b) return true
  if (!a || !b) return false
  const keys = Object.keys(a)
  if (keys.length !== Object.keys(b).length) return false
  return keys.every((k) => a[k]?.severity === b[k]?.severity && a[k]?.message === b[k]?.message)
}

// The marks are rebuilt from the findings on every analysis: equal marks count as unchanged.
export const GridRowView = memo(GridRowViewImpl, (a, b) => {
  for (const k of Object.keys(a) as (keyof GridRowViewProps<GridRow>)[]) {
    if (k === 'marks' ? !sameMarks(a.marks, b.marks) : a[k] !== b[k]) return false
  }
  return true
}) as <R extends GridRow>(p: GridRowViewProps<R>) => ReturnType<typeof GridRowViewImpl>
