// Whether two lists hold the same values (or objects) in the same order: how the incremental
// analysis tells that the inputs of a cached result did not change.
export function sameValues(a: readonly unknown[], b: readonly unknown[]): boolean {
  return a.length === b.length && a.every((v, i) => v === b[i])
}
