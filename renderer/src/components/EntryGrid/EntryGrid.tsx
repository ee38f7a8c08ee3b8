// A spreadsheet-like entry grid: virtualised rows (smooth with thousands of lines), keyboard
// movement, typing and pasting blocks from Excel/WPS, a code picker on code columns, marks on cells
// that a check or the schema rejects. Rows are plain document objects; every change goes out as
// one new row list, which is one undo step.
import { useVirtualizer } from '@tanstack/react-virtual'
import { useLayoutEffect, useMemo, useRef, useState, type CSSProperties, type ReactNode, type RefObject } from 'react'
import { CodePicker } from '../CodePicker/CodePicker'
import { text } from '../../text/zh-CN'
import { handleGridKey, type GlobalCommands } from './grid-keyboard'
import type { GridMarks, GridRow } from './grid-types'
import { GridRowView, type RowEvents } from './GridRowView'
import { GridToolbar, type ToolbarActions } from './GridToolbar'
import { PasteReport } from './PasteReport'
import { useGridController, type GridProps } from './use-grid-controller'
import { useMoneyUnit } from './money-unit'

export const ROW_HEIGHT = 30
const HEADER_HEIGHT = 34
const NUMBER_WIDTH = 52

interface EntryGridProps<R extends GridRow> extends Omit<GridProps<R>, 'unit'> {
  testId: string
  marks?: GridMarks
  height?: number
  footer?: ReactNode
  toolbarExtra?: ReactNode
  commands: GlobalCommands
  /** A label for the status line: which row is which (`基本支出`). */
  caption?: string
  /**
   * No taller than the window leaves room for, so what follows the rows (the hint line and the
   * footer's totals) stays on screen on a 1366×768 or 1280×720 laptop; `height` is then the most.
   */
  fitWindow?: boolean
}

/** Space kept under a window-fitted grid's footer (the step page's bottom padding). */
const FIT_MARGIN = 16

/** The height a `fitWindow` grid may take: the window's height below its rows' top, less what follows them. */
function useWindowRoom(enabled: boolean | undefined, root: RefObject<HTMLDivElement | null>, rows: RefObject<HTMLDivElement | null>): number | undefined {
  const [room, setRoom] = useState<number | undefined>(undefined)
  useLayoutEffect(() => {
    if (!enabled) return
    const measure = () => {
      const r = root.current?.getBoundingClientRect()
      const s = rows.current?.getBoundingClientRect()
      if (!r || !s) return
      setRoom(Math.floor(window.innerHeight - s.top - (r.bottom - s.bottom) - FIT_MARGIN))
    }
    measure()
    window.addEventListener('resize', measure)
    // What sits above the grid may change height after it mounts (the step's findings line when the
    // first check arrives): the step's content then changes size too.
    const parent = root.current?.parentElement
    const observer = parent && typeof ResizeObserver !== 'undefined' ? new ResizeObserver(measure) : undefined
    if (parent) observer?.observe(parent)
    return () => {
      window.removeEventListener('resize', measure)
      observer?.disconnect()
    }
  }, [enabled, root, rows])
  return room
}

/** Leading columns that identify a row: pinned while the others scroll sideways. */
const IDENTIFYING = new Set(['unitId', 'projectId', 'name'])

function pinnedCount(columns: readonly { key: string }[]): number {
  let n = 0
  while (n < columns.length - 1 && IDENTIFYING.has(columns[n]?.key ?? '')) n++
  return n
}

function pinStyle(width: number, left: number | undefined): CSSProperties {
  return left === undefined ? { width } : { width, position: 'sticky', left, zIndex: 1 }
}

export function EntryGrid<R extends GridRow>(props: EntryGridProps<R>) {
  const unit = useMoneyUnit()
  const g = useGridController({ ...props, unit })
  const { columns, active, editing, marks } = { ...g, marks: props.marks }
  const scrollRef = useRef<HTMLDivElement>(null)
  const rootRef = useRef<HTMLDivElement>(null)
  const room = useWindowRoom(props.fitWindow, rootRef, scrollRef)
  const virtualizer = useVirtualizer({ count: g.rowCount, getScrollElement: () => scrollRef.current, estimateSize: () => ROW_HEIGHT, overscan: 12 })
  // Stable while the columns are, so rows that did not change are not repainted.
  const { lefts, totalWidth } = useMemo(() => {
    const out: number[] = []
    let x = NUMBER_WIDTH
    for (const c of columns) {
      out.push(x)
      x += c.width
    }
    return { lefts: out, totalWidth: x }
  }, [columns])
  // The identifying columns (单位, 项目, 名称) at the left stay in view while the rest scrolls.
  const pinned = pinnedCount(columns)
  const pinnedWidth = (lefts[pinned] ?? totalWidth) - NUMBER_WIDTH
  const [scrollLeft, setScrollLeft] = useState(0)
  const activeRow = g.rowAt(active.row)
  const activeColumn = columns[active.col]
  const cellMark = marks?.get(activeRow.id)?.[activeColumn?.key ?? '']
  const activeMark = cellMark ?? marks?.get(activeRow.id)?.['']
  // Short grids take only the room they need.
  const height = Math.max(HEADER_HEIGHT + 4 * ROW_HEIGHT, Math.min(props.height ?? 420, room ?? Infinity, HEADER_HEIGHT + g.rowCount * ROW_HEIGHT + 18))
  const editorStyle = {
    top: HEADER_HEIGHT + active.row * ROW_HEIGHT,
    left: (lefts[active.col] ?? NUMBER_WIDTH) + (active.col < pinned ? scrollLeft : 0),
    width: activeColumn?.width ?? 100,
    height: ROW_HEIGHT,
    scrollMarginTop: HEADER_HEIGHT,
    scrollMarginLeft: NUMBER_WIDTH,
  }
  const focusEditor = () => g.inputRef.current?.focus({ preventScroll: true })
  // The rows call the current controller through one stable object.
  const events = useRef<RowEvents>(null as unknown as RowEvents)
  events.current = {
    mouseDown: (row, col, e) => {
      e.preventDefault()
      if (editing) g.commit()
      g.moveTo(row, col, e.shiftKey)
      focusEditor()
    },
    mouseEnter: (row, col, e) => {
      if (e.buttons === 1 && !editing) g.moveTo(row, col, true)
    },
    doubleClick: (_row, col) => (columns[col]?.kind === 'boolean' ? g.toggle() : g.startEditing()),
  }
  const actions = useRef<ToolbarActions>(null as unknown as ToolbarActions)
  actions.current = { addRow: g.addRow, duplicateSelected: g.duplicateSelected, removeRows: g.removeRows }
  const hasMoney = useMemo(() => columns.some((c) => c.kind === 'money'), [columns])

  // Keep the active cell in view (the row may not even be rendered yet: rows are virtual).
  useLayoutEffect(() => {
    const el = scrollRef.current
    if (!el) return
    const top = active.row * ROW_HEIGHT
    if (top < el.scrollTop) el.scrollTop = top
    else if (HEADER_HEIGHT + top + ROW_HEIGHT > el.scrollTop + el.clientHeight) el.scrollTop = HEADER_HEIGHT + top + ROW_HEIGHT - el.clientHeight
    if (active.col < pinned) return
    const left = (lefts[active.col] ?? 0) - NUMBER_WIDTH - pinnedWidth
    const right = (lefts[active.col] ?? 0) + (activeColumn?.width ?? 0)
    if (left < el.scrollLeft) el.scrollLeft = left
    else if (right > el.scrollLeft + el.clientWidth) el.scrollLeft = right - el.clientWidth
  }, [active.row, active.col]) // lefts and widths follow the columns, which do not change while moving

  return (
    <div className="entry-grid" ref={rootRef} data-testid={`grid-${props.testId}`}>
      <GridToolbar rowCount={g.rows.length} selectedRows={Math.min(g.range.bottom, g.rows.length - 1) - g.range.top + 1} hasMoney={hasMoney} unit={unit} extra={props.toolbarExtra} actions={actions} />
      <div className="grid-body">
        <div className="grid-scroll" ref={scrollRef} style={{ height }} onScroll={pinned > 0 ? (e) => setScrollLeft(e.currentTarget.scrollLeft) : undefined}>
          <div className="grid-canvas" style={{ width: totalWidth, height: HEADER_HEIGHT + virtualizer.getTotalSize() }}>
            <div className="grid-header" style={{ width: totalWidth, height: HEADER_HEIGHT }}>
              <div className="grid-number-cell" style={{ width: NUMBER_WIDTH }}>
                #
              </div>
              {columns.map((c, ci) => (
                <div key={c.key} className={`grid-header-cell kind-${c.kind}${ci < pinned ? ' pinned' : ''}`} style={pinStyle(c.width, ci < pinned ? lefts[ci] : undefined)} title={c.title}>
                  {c.title}
                  {c.kind === 'money' && `（${unit === 'wan' ? text.common.wan : text.common.yuan}）`}
                  {c.required && <span className="grid-required">*</span>}
                </div>
              ))}
            </div>
            {virtualizer.getVirtualItems().map((item) => {
              const phantom = item.index >= g.rows.length
              const row = g.rowAt(item.index)
              const inRows = item.index >= g.range.top && item.index <= g.range.bottom
              return (
                <GridRowView
                  key={phantom ? 'phantom' : row.id}
                  row={row}
                  index={item.index}
                  phantom={phantom}
                  active={item.index === active.row}
                  selectedLeft={inRows ? g.range.left : 0}
                  selectedRight={inRows ? g.range.right : -1}
                  top={HEADER_HEIGHT + item.start}
                  columns={columns}
                  lefts={lefts}
                  pinned={pinned}
                  totalWidth={totalWidth}
                  numberWidth={NUMBER_WIDTH}
                  height={ROW_HEIGHT}
                  unit={unit}
                  marks={marks?.get(row.id)}
                  events={events}
                />
              )
            })}
            <input
              ref={g.inputRef}
              data-testid="grid-editor"
              aria-label={activeColumn?.title}
              className={editing ? 'grid-editor editing' : 'grid-editor'}
              style={editorStyle}
              value={editing ? editing.text : ''}
              autoComplete="off"
              spellCheck={false}
              onChange={(e) => (editing ? g.setEditText(e.target.value) : g.startEditing(e.target.value))}
              onCompositionStart={() => {
                if (!editing) g.startEditing('')
              }}
              onKeyDown={(e) => handleGridKey(g, e, props.commands)}
              onBlur={() => {
                if (editing) g.commit()
                g.released.current = false
                g.setReleased(false)
              }}
              onCopy={(e) => {
                if (editing) return
                e.preventDefault()
                e.clipboardData.setData('text/plain', g.selectionText())
              }}
              onCut={(e) => {
                if (editing) return
                e.preventDefault()
                e.clipboardData.setData('text/plain', g.selectionText())
                g.clearSelection()
              }}
              onPaste={(e) => {
                const data = e.clipboardData.getData('text/plain')
                if (editing && !/[\t\n]/.test(data.replace(/\r?\n$/, ''))) return
                e.preventDefault()
                g.paste(data)
              }}
            />
          </div>
        </div>
        {g.report && <PasteReport report={g.report} columns={columns} onClose={() => g.setReport(null)} />}
      </div>
      {editing && (activeColumn?.kind === 'code' || activeColumn?.kind === 'enum' || (activeColumn?.suggest && g.suggestions.length > 0)) && (
        <CodePicker anchor={g.inputRef.current} suggestions={g.suggestions} highlighted={g.highlighted} onPick={(s) => g.commit(s.value)} emptyText={activeColumn.kind === 'code' ? text.grid.noMatch : undefined} />
      )}
      <div className={`grid-status${activeMark ? ` mark-${activeMark.severity}` : ''}`} data-testid={`grid-status-${props.testId}`} title={g.releasedShown ? text.grid.leaveHint : activeMark ? activeMark.message : text.grid.keysHint}>
        {g.releasedShown ? text.grid.leaveHint : activeMark ? `${text.common.rowN(active.row + 1)}${cellMark ? ` ${activeColumn?.title ?? ''}` : ''}：${activeMark.message}` : text.grid.keysHint}
      </div>
      {props.footer}
    </div>
  )
}
