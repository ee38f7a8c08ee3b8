// Spreadsheet keys. Moving: arrows, Tab / Shift+Tab, Enter / Shift+Enter, Home/End, PageUp/Down;
// Shift+arrows extend the selection. Editing: type to replace, F2 or double-click to change, Enter
// or Tab to confirm and move on, Esc to cancel; ↑/↓ choose in the code picker. Delete clears the
// selection; Ctrl+Z / Ctrl+Y undo and redo the document.
// Leaving the grid (WAI-ARIA grid pattern): Tab on the last cell, Shift+Tab on the first, or Esc and
// then Tab / Shift+Tab hand the focus to the page's next or previous control. Ctrl+PageUp/PageDown
// are left to the window (they move between steps).
import type { KeyboardEvent } from 'react'
import type { GridController } from './use-grid-controller'
import type { GridRow } from './grid-types'

export interface GlobalCommands {
  undo: () => void
  redo: () => void
}

const PAGE = 10

function editingKey<R extends GridRow>(g: GridController<R>, e: KeyboardEvent<HTMLInputElement>): void {
  const { active } = g
  const pickerOpen = g.suggestions.length > 0
  switch (e.key) {
    case 'Enter':
      e.preventDefault()
      g.commit()
      g.moveTo(active.row + (e.shiftKey ? -1 : 1), active.col)
      return
    case 'Tab': {
      const appended = g.active.row === g.rowCount - 1 && g.editing?.text.trim() !== ''
      g.commit()
      // A new line typed into the trailing row continues on the next one, as in a spreadsheet.
      if (appended && !e.shiftKey && g.active.col === g.columns.length - 1) {
        e.preventDefault()
        g.moveTo(g.active.row + 1, 0, false, true)
        return
      }
      if (leavesGrid(g, e.shiftKey)) return
      e.preventDefault()
      moveHorizontally(g, e.shiftKey ? -1 : 1)
      return
    }
    case 'PageDown':
    case 'PageUp':
      if (e.ctrlKey || e.metaKey) g.commit()
      return
    case 'Escape':
      e.preventDefault()
      g.cancel()
      return
    case 'ArrowDown':
    case 'ArrowUp': {
      e.preventDefault()
      const step = e.key === 'ArrowDown' ? 1 : -1
      if (pickerOpen) {
        g.setHighlighted(Math.max(0, Math.min(g.suggestions.length - 1, g.highlighted + step)))
        return
      }
      g.commit()
      g.moveTo(active.row + step, active.col)
      return
    }
  }
}

/** Tab past the last cell or Shift+Tab before the first: the browser moves the focus on. */
function leavesGrid<R extends GridRow>(g: GridController<R>, back: boolean): boolean {
  const { active, rowCount, columns } = g
  return back ? active.row === 0 && active.col === 0 : active.row === rowCount - 1 && active.col === columns.length - 1
}

function moveHorizontally<R extends GridRow>(g: GridController<R>, step: number): void {
  const { active, columns, rowCount } = g
  let col = active.col + step
  let row = active.row
  if (col >= columns.length) {
    col = 0
    row = Math.min(rowCount - 1, row + 1)
  } else if (col < 0) {
    col = columns.length - 1
    row = Math.max(0, row - 1)
  }
  g.moveTo(row, col)
}

export function handleGridKey<R extends GridRow>(g: GridController<R>, e: KeyboardEvent<HTMLInputElement>, commands: GlobalCommands): void {
  if (e.nativeEvent.isComposing || e.key === 'Process') return
  if (g.editing) {
    editingKey(g, e)
    return
  }
  const released = g.released.current
  g.released.current = false
  g.setReleased(false)
  const ctrl = e.ctrlKey || e.metaKey
  // Esc, then Tab: out of the grid.
  if (e.key === 'Tab' && (released || leavesGrid(g, e.shiftKey))) return
  if (e.key === 'Escape') {
    g.released.current = true
    g.setReleased(true)
    return
  }
  // Ctrl+PageUp/PageDown belong to the window: the previous or next step.
  if (ctrl && (e.key === 'PageDown' || e.key === 'PageUp')) return
  const { active, rowCount, columns } = g
  const key = e.key.length === 1 ? e.key.toLowerCase() : e.key
  if (ctrl && key === 'z') {
    e.preventDefault()
    if (e.shiftKey) commands.redo()
    else commands.undo()
    return
  }
  if (ctrl && key === 'y') {
    e.preventDefault()
    commands.redo()
    return
  }
  if (ctrl && key === 'a') {
    e.preventDefault()
    g.moveTo(0, 0)
    g.moveTo(rowCount - 2, columns.length - 1, true)
    return
  }
  const moves: Record<string, [number, number]> = { ArrowDown: [1, 0], ArrowUp: [-1, 0], ArrowRight: [0, 1], ArrowLeft: [0, -1], PageDown: [PAGE, 0], PageUp: [-PAGE, 0] }
  const move = moves[e.key]
  if (move) {
    e.preventDefault()
    if (ctrl && move[0] !== 0) g.moveTo(move[0] > 0 ? rowCount - 1 : 0, active.col, e.shiftKey)
    else g.moveTo(active.row + move[0], active.col + move[1], e.shiftKey)
    return
  }
  switch (e.key) {
    case 'Tab':
      e.preventDefault()
      moveHorizontally(g, e.shiftKey ? -1 : 1)
      return
    case 'Enter':
      e.preventDefault()
      g.moveTo(active.row + (e.shiftKey ? -1 : 1), active.col)
      return
    case 'Home':
      e.preventDefault()
      g.moveTo(ctrl ? 0 : active.row, 0, e.shiftKey)
      return
    case 'End':
      e.preventDefault()
      g.moveTo(ctrl ? rowCount - 1 : active.row, columns.length - 1, e.shiftKey)
      return
    case 'F2':
      e.preventDefault()
      g.startEditing()
      return
    case 'Delete':
    case 'Backspace':
      e.preventDefault()
      g.clearSelection()
      return
    case ' ':
      if (columns[active.col]?.kind === 'boolean') {
        e.preventDefault()
        g.toggle()
      }
      return
  }
}
