// Values projected from a derivation's lines that several readers compare from one edit to the
// next (the document rules' inputs, the 绩效 counts): each projection is the same array as last time
// while its values are the same, so an edited 基本支出 amount leaves them the same object.
import type { Derivation } from './derive'
import { sameValues } from './same-values'

// Values the rules read, projected from the lines; each projection is the same array as last time
// while its values are the same, so an edited amount leaves the code rules' inputs (and, while no
// project's total changes, the project rules' inputs) the same object and they are not run again.
export function stable<K extends object>(memo: WeakMap<K, readonly unknown[]>, last: { values: readonly unknown[] }, key: K, compute: () => unknown[]): readonly unknown[] {
  let values: readonly unknown[] | undefined = memo.get(key)
  if (values) return values
  values = compute()
  if (sameValues(values, last.values)) values = last.values
  else last.values = values
  memo.set(key, values)
  return values
}

const totalsMemo = new WeakMap<Derivation, readonly unknown[]>()
const lastTotals = { values: [] as readonly unknown[] }

/**
 * Per project with lines (in order of its first line): its id, exact 分 over all its lines, rounded
 * amount over its 项目支出 lines, and whether any of its lines has a rounded amount.
 */
export function projectTotals(derivation: Derivation): readonly unknown[] {
  return stable(totalsMemo, lastTotals, derivation, () => {
    const acc = new Map<string, { fen: number; wan: number; money: boolean }>()
    for (const l of derivation.lines) {
      const id = l.line.projectId
      if (!id) continue
      let a = acc.get(id)
      if (!a) acc.set(id, (a = { fen: 0, wan: 0, money: false }))
      a.fen += l.fen
      if (l.line.kind === 'project') a.wan += l.wan
      if (l.wan !== 0) a.money = true
    }
    return [...acc].flatMap(([id, a]) => [id, a.fen, a.wan, a.money])
  })
}
