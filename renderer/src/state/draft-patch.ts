// What changed between two drafts, as a small message for the analysis worker. The draft changes by
// immutable updates, so an unchanged row or section is the same object: the patch names it by its
// place in the previous draft instead of copying it, and the worker's copy keeps the identity of
// everything unchanged (which its caches of parsed rows and rule results rely on).
export type Patch =
  /** A new value, copied whole. */
  | { set: unknown }
  /** The same object with some keys changed (`del`: removed). */
  | { obj: Record<string, Patch | { del: true }> }
  /** An array: a number keeps the previous array's item at that index; a patch applies to the item at the same index. */
  | { arr: (number | Patch)[] }

type Loose = Record<string, unknown>

const isPlainObject = (v: unknown): v is Loose => typeof v === 'object' && v !== null && !Array.isArray(v)

/** The patch that turns `prev` into `next`; undefined when they are the same object. */
export function diffDraft(prev: unknown, next: unknown): Patch | undefined {
  if (prev === next) return undefined
  if (Array.isArray(prev) && Array.isArray(next)) {
    const at = new Map<unknown, number>()
    prev.forEach((item, i) => {
      if (!at.has(item)) at.set(item, i)
    })
    return {
      arr: next.map((item, i) => {
        if (prev[i] === item) return i
        const moved = at.get(item)
        if (moved !== undefined) return moved
        return diffDraft(prev[i], item) as Patch
      }),
    }
  }
  if (isPlainObject(prev) && isPlainObject(next)) {
    const obj: Record<string, Patch | { del: true }> = {}
    for (const key of Object.keys(prev)) if (!(key in next)) obj[key] = { del: true }
    for (const [key, value] of Object.entries(next)) {
      const p = key in prev ? diffDraft(prev[key], value) : { set: value }
      if (p) obj[key] = p
    }
    return { obj }
  }
  return { set: next }
}

/** `prev` with `patch` applied; what the patch does not touch stays the same object. */
export function applyDraftPatch(prev: unknown, patch: Patch | undefined): unknown {
  if (!patch) return prev
  if ('set' in patch) return patch.set
  if ('arr' in patch) {
    const old = Array.isArray(prev) ? prev : []
    return patch.arr.map((p, i) => (typeof p === 'number' ? old[p] : applyDraftPatch(old[i], p)))
  }
  const copy: Loose = { ...(isPlainObject(prev) ? prev : {}) }
  for (const [key, p] of Object.entries(patch.obj)) {
    if ('del' in p) delete copy[key]
    else copy[key] = applyDraftPatch(copy[key], p)
  }
  return copy
}
