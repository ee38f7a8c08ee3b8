// Undo and redo over whole-document snapshots. Snapshots share structure (every edit copies only
// the path it changes), so keeping a few hundred is cheap. Keystrokes in one field within a short
// time merge into one step, as in a spreadsheet.

export interface History<T> {
  past: T[]
  present: T
  future: T[]
  /** The coalescing key and time of the last recorded edit. */
  lastKey?: string
  lastAt?: number
}

export const HISTORY_LIMIT = 300
export const COALESCE_MS = 1200

export function startHistory<T>(present: T): History<T> {
  return { past: [], present, future: [] }
}

/** Records `next` as the new present. Edits with the same key within COALESCE_MS form one step. */
export function record<T>(h: History<T>, next: T, key: string | undefined, now: number): History<T> {
  if (next === h.present) return h
  const merge = key !== undefined && key === h.lastKey && h.lastAt !== undefined && now - h.lastAt < COALESCE_MS && h.past.length > 0
  const past = merge ? h.past : [...h.past, h.present].slice(-HISTORY_LIMIT)
  const out: History<T> = { past, present: next, future: [] }
  if (key !== undefined) {
    out.lastKey = key
    out.lastAt = now
  }
  return out
}

export function undo<T>(h: History<T>): History<T> {
  const previous = h.past[h.past.length - 1]
  if (previous === undefined) return h
  return { past: h.past.slice(0, -1), present: previous, future: [h.present, ...h.future] }
}

export function redo<T>(h: History<T>): History<T> {
  const [next, ...rest] = h.future
  if (next === undefined) return h
  return { past: [...h.past, h.present], present: next, future: rest }
}

export const canUndo = <T>(h: History<T>) => h.past.length > 0
export const canRedo = <T>(h: History<T>) => h.future.length > 0
