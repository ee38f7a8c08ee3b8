// JSON values and their mutations for the fuzzers: every path inside a value, and one edit at a
// path (delete, replace, duplicate an array item or wrap a value in an array).
export type Json = null | boolean | number | string | Json[] | { [k: string]: Json }
export type JsonPath = (string | number)[]

/** Every path to a value inside `v`, the root included. */
export function paths(v: Json, prefix: JsonPath = [], out: JsonPath[] = []): JsonPath[] {
  out.push(prefix)
  if (Array.isArray(v)) v.forEach((x, i) => paths(x, [...prefix, i], out))
  else if (v && typeof v === 'object') for (const [k, x] of Object.entries(v)) paths(x, [...prefix, k], out)
  return out
}

/** op 0: delete, 1: replace with `value`, 2: duplicate (array item) or wrap in an array. */
export function mutate(doc: Json, path: JsonPath, op: number, value: Json): Json {
  const copy = structuredClone(doc)
  if (path.length === 0) return value
  let parent = copy as Record<string | number, Json>
  for (const k of path.slice(0, -1)) parent = parent[k] as Record<string | number, Json>
  const last = path[path.length - 1] as string | number
  if (op === 0) {
    if (Array.isArray(parent)) parent.splice(last as number, 1)
    else delete parent[last]
  } else if (op === 1) parent[last] = value
  else if (Array.isArray(parent)) parent.push(structuredClone(parent[last as number] as Json))
  else parent[last] = [parent[last] as Json]
  return copy
}
