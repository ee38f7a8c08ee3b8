// Functional-classification rows (T2, T3, T5, T8, T9): 类 → 款 → 项, depth-first, ascending code,
// each parent the sum of its rounded children (spec §2.0).
import type { WanCents } from '../tables/table-model'

export interface CodeTreeRow {
  code: string
  level: 1 | 2 | 3
  values: WanCents[]
}

/** Parent codes of a 3/5/7-digit code, outermost first. */
export function codeAncestors(code: string): string[] {
  const out: string[] = []
  for (let n = 3; n < code.length; n += 2) out.push(code.slice(0, n))
  return out
}

/**
 * Builds the code tree from leaf values. `leaves` maps a leaf code to its column values; every
 * ancestor is the column-wise sum of its children. Leaves whose values are all zero are kept only
 * when listed in `keepEmpty` (spec §9.9: T5 prints 政府性基金-only codes blank).
 */
export function buildCodeTree(leaves: Map<string, WanCents[]>, columns: number, keepEmpty: ReadonlySet<string> = new Set()): { rows: CodeTreeRow[]; total: WanCents[] } {
  const nodes = new Map<string, WanCents[]>()
  const total = new Array<WanCents>(columns).fill(0)
  for (const [code, values] of leaves) {
    const nonZero = values.some((v) => v !== 0)
    if (!nonZero && !keepEmpty.has(code)) continue
    for (const c of [...codeAncestors(code), code]) {
      let acc = nodes.get(c)
      if (!acc) nodes.set(c, (acc = new Array<WanCents>(columns).fill(0)))
      for (let k = 0; k < columns; k++) acc[k] = (acc[k] as number) + (values[k] ?? 0)
    }
    for (let k = 0; k < columns; k++) total[k] = (total[k] as number) + (values[k] ?? 0)
  }
  const rows = [...nodes.entries()]
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
    .map(([code, values]) => ({ code, level: (code.length === 3 ? 1 : code.length === 5 ? 2 : 3) as 1 | 2 | 3, values }))
  return { rows, total }
}

export function addInto(target: WanCents[], index: number, value: WanCents): void {
  target[index] = (target[index] ?? 0) + value
}
