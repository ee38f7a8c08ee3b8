// The suggestion list under a cell being edited: the year's catalog searched by code or name, or a
// column's choices. It floats above the page (a portal) so the grid's scrolling never clips it; the
// grid's editor keeps the focus and drives it with the keyboard.
import { useLayoutEffect, useRef, useState } from 'react'
import { createPortal } from 'react-dom'
import type { Suggestion } from './suggestions'

interface Props {
  anchor: HTMLElement | null
  suggestions: readonly Suggestion[]
  highlighted: number
  onPick: (s: Suggestion) => void
  emptyText?: string
}

export function CodePicker({ anchor, suggestions, highlighted, onPick, emptyText }: Props) {
  const listRef = useRef<HTMLDivElement>(null)
  const [rect, setRect] = useState<DOMRect | null>(null)
  // Follow the cell: the page can move under it (a findings panel growing above the grid).
  useLayoutEffect(() => {
    if (!anchor) return
    let frame = 0
    let last = ''
    const measure = () => {
      const r = anchor.getBoundingClientRect()
      const key = `${r.left},${r.top},${r.width},${r.height}`
      if (key !== last) {
        last = key
        setRect(r)
      }
      frame = requestAnimationFrame(measure)
    }
    measure()
    return () => cancelAnimationFrame(frame)
  }, [anchor])
  useLayoutEffect(() => {
    const item = listRef.current?.querySelector<HTMLElement>(`[data-index="${highlighted}"]`)
    item?.scrollIntoView({ block: 'nearest' })
  }, [highlighted])
  if (!rect || (suggestions.length === 0 && !emptyText)) return null
  const below = window.innerHeight - rect.bottom > 220
  const style = {
    left: Math.min(rect.left, window.innerWidth - 360),
    minWidth: Math.max(rect.width, 260),
    ...(below ? { top: rect.bottom + 2 } : { bottom: window.innerHeight - rect.top + 2 }),
  }
  return createPortal(
    <div className="code-picker" style={style} ref={listRef} role="listbox" data-testid="code-picker">
      {suggestions.length === 0 && <div className="code-picker-empty">{emptyText}</div>}
      {suggestions.map((s, i) => (
        <div
          key={`${s.value}-${i}`}
          data-index={i}
          role="option"
          aria-selected={i === highlighted}
          className={i === highlighted ? 'code-picker-item active' : 'code-picker-item'}
          onMouseDown={(e) => {
            e.preventDefault()
            onPick(s)
          }}
        >
          {s.code && <span className="code-picker-code">{s.code}</span>}
          <span className="code-picker-label">{s.label}</span>
        </div>
      ))}
    </div>,
    document.body,
  )
}
