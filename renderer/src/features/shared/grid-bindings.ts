// Connects a grid over a document list to the live findings (cell marks) and to "jump to" requests.
import { useMemo } from 'react'
import type { Finding } from '../../../../core/rules/finding'
import type { GridFocus, GridMarks, CellMark } from '../../components/EntryGrid/grid-types'
import type { ListKey } from '../../state/validate-draft'
import { INPUT_RULE_ID } from '../../state/input-findings'

/** Document lists edited in grids. */
export type GridList = ListKey | 'units'
import { useEditor } from '../../state/store'
import { useSession } from '../../state/session'

const RANK = { error: 0, warning: 1, info: 2 } as const

export function marksFor(findings: readonly Finding[], list: GridList, items: readonly { id: string }[]): GridMarks {
  const out = new Map<string, Record<string, CellMark>>()
  for (const f of findings) {
    const path = f.location.path
    if (!path || path[0] !== list || typeof path[1] !== 'number') continue
    const item = items[path[1]]
    if (!item) continue
    const field = typeof path[2] === 'string' ? path[2] : ''
    const marks = out.get(item.id) ?? {}
    const prior = marks[field]
    // An input finding names its row and field; beside the cell, the reason is enough.
    const message = f.ruleId === INPUT_RULE_ID ? f.message.slice(f.message.indexOf('：') + 1) : f.message
    if (!prior || RANK[f.severity] < RANK[prior.severity]) marks[field] = { severity: f.severity, message }
    out.set(item.id, marks)
  }
  return out
}

/** Marks of a list's rows from the session's findings. */
export function useListMarks(list: GridList): GridMarks {
  const { result, document } = useSession()
  const items = document.data[list] as readonly { id: string }[]
  return useMemo(() => marksFor(result?.findings ?? [], list, items), [result, list, items])
}

/** The pending jump request, when it points at a row of this list. */
export function useListFocus(list: GridList): GridFocus | null {
  const focus = useEditor((s) => s.focus)
  const items = useEditor((s) => s.history?.present.data[list] as readonly { id: string }[] | undefined)
  return useMemo(() => {
    const path = focus?.path
    if (!focus || !path || path[0] !== list || typeof path[1] !== 'number') return null
    const item = items?.[path[1]]
    if (!item) return null
    const column = typeof path[2] === 'string' ? path[2] : undefined
    return column ? { rowId: item.id, column, nonce: focus.nonce } : { rowId: item.id, nonce: focus.nonce }
  }, [focus, list, items])
}
