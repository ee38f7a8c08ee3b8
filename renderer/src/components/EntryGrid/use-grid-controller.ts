// The grid's behaviour: the active cell and selection, editing, committing, pasting, copying and
// row commands. One <input> follows the active cell and holds the focus at all times, so typing —
// including Chinese through an IME — starts editing exactly where the officer is.
import { useCallback, useEffect, useMemo, useRef, useState } from 'react'
import { codeSuggestions, defaultHighlight, optionSuggestions, type Suggestion } from '../CodePicker/suggestions'
import { parsePaste, type PasteResult } from '../paste/parse-paste'
import type { MoneyUnit } from '../paste/money-text'
import { commitText, editText, rawValue, toPasteColumn, writeCell } from './grid-cells'
import { applyPaste, clearRange, deleteRows, duplicateRows, rangeOf, rangeToText, type Range } from './grid-edits'
import type { CellPosition, GridColumn, GridFocus, GridRow } from './grid-types'

export interface GridProps<R extends GridRow> {
  rows: readonly R[]
  columns: readonly GridColumn<R>[]
  onChange: (rows: R[]) => void
  newRow: () => R
  duplicate: (row: R) => R
  focus?: GridFocus | null | undefined
  unit: MoneyUnit
}

export interface PasteReportData {
  result: PasteResult
  added: number
  firstRow: number
  /** Reads the same paste again in another unit, over the rows as they were before it. */
  reread?: (unit: MoneyUnit) => void
}

export function useGridController<R extends GridRow>(props: GridProps<R>) {
  const { rows, columns, onChange, newRow, duplicate, focus, unit } = props
  const [active, setActive] = useState<CellPosition>({ row: 0, col: 0 })
  const [anchor, setAnchor] = useState<CellPosition>({ row: 0, col: 0 })
  const [editing, setEditing] = useState<{ text: string; picking: boolean } | null>(null)
  const [highlighted, setHighlighted] = useState(-1)
  const [report, setReport] = useState<PasteReportData | null>(null)
  const inputRef = useRef<HTMLInputElement>(null)
  // Esc outside editing: the next Tab leaves the grid (a ref for the key handler, state for the hint).
  const released = useRef(false)
  const [releasedShown, setReleased] = useState(false)
  // A trailing empty row, as in a spreadsheet: typing into it adds a row.
  const phantom = useMemo(() => newRow(), [rows.length, newRow])
  const rowCount = rows.length + 1
  const rowAt = useCallback((i: number): R => rows[i] ?? phantom, [rows, phantom])
  const column = columns[active.col]
  const range: Range = rangeOf(anchor, active)

  const suggestions: Suggestion[] = useMemo(() => {
    if (!editing || !column) return []
    if (column.kind === 'code') return codeSuggestions(column.entries ?? [], editing.text)
    if (column.kind === 'enum') return optionSuggestions(column.options ?? [], editing.text, !editing.picking)
    if (column.suggest && editing.picking) return column.suggest(rowAt(active.row), editing.text)
    return []
  }, [editing, column, rowAt, active.row])

  const write = useCallback(
    (index: number, row: R) => {
      if (index >= rows.length) onChange([...rows, row])
      else onChange(rows.map((r, i) => (i === index ? row : r)))
    },
    [rows, onChange],
  )

  const moveTo = useCallback(
    (row: number, col: number, extend = false, appending = false) => {
      // `appending`: the row just typed into the trailing row is being added, so one more row exists.
      const last = appending ? rowCount : rowCount - 1
      const next = { row: Math.max(0, Math.min(last, row)), col: Math.max(0, Math.min(columns.length - 1, col)) }
      setActive(next)
      if (!extend) setAnchor(next)
    },
    [rowCount, columns.length],
  )

  const highlightFor = useCallback(
    (t: string) => {
      if (column?.kind === 'code') setHighlighted(defaultHighlight(codeSuggestions(column.entries ?? [], t), t))
      else if (column?.kind === 'enum') setHighlighted(defaultHighlight(optionSuggestions(column.options ?? [], t, false), t))
      else setHighlighted(-1)
    },
    [column],
  )

  /** F2 or double-click (no text: start from the cell's text), or a first typed character. */
  const startEditing = useCallback(
    (typed?: string) => {
      if (!column || column.readOnly) return
      const t = typed ?? editText(rowAt(active.row), column, unit)
      setEditing({ text: t, picking: typed !== undefined })
      highlightFor(typed ?? '')
      setAnchor(active)
    },
    [column, rowAt, active, unit, highlightFor],
  )

  const commit = useCallback(
    (typed?: string) => {
      if (!editing || !column) return
      const picked = highlighted >= 0 ? suggestions[highlighted]?.value : undefined
      const t = typed ?? picked ?? editing.text
      setEditing(null)
      setHighlighted(-1)
      const row = rowAt(active.row)
      if (t === editText(row, column, unit) && active.row < rows.length) return
      if (t.trim() === '' && active.row >= rows.length) return
      write(active.row, commitText(row, column, t, unit))
    },
    [editing, column, highlighted, suggestions, rowAt, active.row, unit, rows.length, write],
  )

  const cancel = useCallback(() => {
    setEditing(null)
    setHighlighted(-1)
  }, [])

  const setEditText = useCallback(
    (t: string) => {
      if (!column || column.readOnly) return
      setEditing({ text: t, picking: true })
      highlightFor(t)
    },
    [column, highlightFor],
  )

  const toggle = useCallback(() => {
    if (!column || column.kind !== 'boolean' || column.readOnly) return
    const row = rowAt(active.row)
    write(active.row, writeCell(row, column, rawValue(row, column) !== true, false))
  }, [column, rowAt, active.row, write])

  const clearSelection = useCallback(() => {
    const r = { ...range, bottom: Math.min(range.bottom, rows.length - 1) }
    if (r.bottom < r.top) return
    onChange(clearRange(rows, columns, r))
  }, [range, rows, columns, onChange])

  const selectionText = useCallback(() => {
    const lines: string[][] = []
    for (let i = range.top; i <= Math.min(range.bottom, rows.length - 1); i++) {
      const row = rows[i] as R
      lines.push(columns.slice(range.left, range.right + 1).map((c) => editText(row, c, unit)))
    }
    return rangeToText(lines)
  }, [range, rows, columns, unit])

  const pasteAt = useCallback(
    (clipboard: string, as: MoneyUnit, before: readonly R[], left: number, top: number) => {
      setEditing(null)
      const result = parsePaste(clipboard, columns.map(toPasteColumn), as, left)
      if (result.rows.length === 0 && result.problems.length === 0) return
      const applied = applyPaste(before, result, columns, top, newRow)
      onChange(applied.rows)
      // The paste report can ask which unit was meant and read the same block again, in place.
      setReport({ result, added: applied.added, firstRow: top, reread: (u) => pasteAtRef.current(clipboard, u, before, left, top) })
      // Select the block that was written (up to its last filled column), its first cell active.
      const filled = (c: PasteResult['rows'][number]['cells'][string]) => !c.ok || (c.value !== '' && c.value !== false)
      const width = Math.max(1, ...result.rows.map((r) => Object.values(r.cells).reduce((w, c, i) => (filled(c) ? i + 1 : w), 0)))
      setActive({ row: applied.first, col: left })
      setAnchor({ row: applied.last, col: Math.min(columns.length - 1, left + width - 1) })
    },
    [columns, newRow, onChange],
  )
  const pasteAtRef = useRef(pasteAt)
  pasteAtRef.current = pasteAt
  const paste = useCallback((clipboard: string) => pasteAt(clipboard, unit, rows, range.left, range.top), [pasteAt, unit, rows, range.left, range.top])

  const removeRows = useCallback(() => {
    const bottom = Math.min(range.bottom, rows.length - 1)
    if (bottom < range.top) return
    onChange(deleteRows(rows, range.top, bottom))
    moveTo(range.top, active.col)
  }, [range, rows, onChange, moveTo, active.col])

  const duplicateSelected = useCallback(() => {
    const bottom = Math.min(range.bottom, rows.length - 1)
    if (bottom < range.top) return
    onChange(duplicateRows(rows, range.top, bottom, duplicate))
    moveTo(bottom + 1, active.col)
  }, [range, rows, onChange, duplicate, moveTo, active.col])

  const addRow = useCallback(() => {
    onChange([...rows, newRow()])
    moveTo(rows.length, 0)
    inputRef.current?.focus()
  }, [rows, newRow, onChange, moveTo])

  // Rows went away (undo, another step's edit): keep the active cell inside the grid.
  useEffect(() => {
    if (active.row > rowCount - 1) moveTo(rowCount - 1, active.col)
  }, [rowCount, active, moveTo])

  // A finding was clicked: select its row and column.
  useEffect(() => {
    if (!focus) return
    const index = rows.findIndex((r) => r.id === focus.rowId)
    if (index < 0) return
    const col = Math.max(0, columns.findIndex((c) => c.key === focus.column))
    setEditing(null)
    moveTo(index, col)
    requestAnimationFrame(() => inputRef.current?.focus())
  }, [focus?.nonce])

  return {
    rows,
    columns,
    rowCount,
    rowAt,
    active,
    anchor,
    range,
    editing,
    suggestions,
    highlighted,
    setHighlighted,
    report,
    setReport,
    inputRef,
    released,
    releasedShown,
    setReleased,
    moveTo,
    startEditing,
    setEditText,
    commit,
    cancel,
    toggle,
    clearSelection,
    selectionText,
    paste,
    removeRows,
    duplicateSelected,
    addRow,
  }
}

export type GridController<R extends GridRow> = ReturnType<typeof useGridController<R>>
