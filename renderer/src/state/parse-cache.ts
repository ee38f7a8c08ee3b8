// Parses remembered by the identity of what was parsed. Every edit of the draft is an immutable
// update (store.updateData), so a row or section object that is still the same object holds the
// same text and parses to the same result: only the rows a keystroke replaced are parsed again.
// On a 4,220-line department this turns ~70 ms of zod per keystroke into a few WeakMap lookups.
import type { z } from 'zod'

export type Path = (string | number)[]

/** A problem found by a schema, its path relative to the parsed value. */
export interface RelativeIssue {
  path: Path
  message: string
}

export type ParseResult = { ok: true; data: unknown } | { ok: false; issues: RelativeIssue[] }

interface ListEntry {
  schema: z.ZodType
  items: readonly unknown[]
  /** The parse of each item, by index. */
  results: ParseResult[]
  parsed: unknown[]
  indexes: number[]
  issues: RelativeIssue[]
}

export interface ParseCaches {
  rows: WeakMap<z.ZodType, WeakMap<object, ParseResult>>
  sections: WeakMap<z.ZodType, WeakMap<object, { data: unknown; issues: RelativeIssue[] }>>
  /** The last list of each key: same draft array → same parsed list, index map and issues. */
  lists: Map<string, ListEntry>
}

export function createParseCaches(): ParseCaches {
  return { rows: new WeakMap(), sections: new WeakMap(), lists: new Map() }
}

export function relativeIssues(error: z.ZodError): RelativeIssue[] {
  return error.issues.map((i) => ({ path: i.path as Path, message: i.message }))
}

function tableOf<V>(outer: WeakMap<z.ZodType, WeakMap<object, V>>, schema: z.ZodType): WeakMap<object, V> {
  let table = outer.get(schema)
  if (!table) {
    table = new WeakMap()
    outer.set(schema, table)
  }
  return table
}

const isObject = (v: unknown): v is object => typeof v === 'object' && v !== null

/** `schema.safeParse(value)`, remembered per object. */
export function parseRow(caches: ParseCaches, schema: z.ZodType, value: unknown): ParseResult {
  const table = isObject(value) ? tableOf(caches.rows, schema) : undefined
  const hit = table?.get(value as object)
  if (hit) return hit
  const r = schema.safeParse(value)
  const result: ParseResult = r.success ? { ok: true, data: r.data } : { ok: false, issues: relativeIssues(r.error) }
  if (table) table.set(value as object, result)
  return result
}

/**
 * Every row of a list parsed; rows that do not parse are left out and their issues kept. A row that
 * is the same object at the same index as in the last call of this key takes its last parse.
 */
export function parseList(caches: ParseCaches, key: string, schema: z.ZodType, items: readonly unknown[]): { parsed: unknown[]; indexes: number[]; issues: RelativeIssue[] } {
  const last = caches.lists.get(key)
  if (last && last.items === items && last.schema === schema) return last
  const before = last && last.schema === schema ? last : undefined
  const results: ParseResult[] = new Array<ParseResult>(items.length)
  const parsed: unknown[] = []
  const indexes: number[] = []
  const issues: RelativeIssue[] = []
  for (let i = 0; i < items.length; i++) {
    const item = items[i]
    const r = before && before.items[i] === item ? (before.results[i] as ParseResult) : parseRow(caches, schema, item)
    results[i] = r
    if (r.ok) {
      parsed.push(r.data)
      indexes.push(i)
    } else for (const issue of r.issues) issues.push({ path: [i, ...issue.path], message: issue.message })
  }
  const entry = { schema, items, results, parsed, indexes, issues }
  caches.lists.set(key, entry)
  return entry
}

/** A section repaired by `repair`, remembered per section object. */
export function repairCached(caches: ParseCaches, schema: z.ZodType, value: unknown, repair: () => { data: unknown; issues: RelativeIssue[] }): { data: unknown; issues: RelativeIssue[] } {
  const table = isObject(value) ? tableOf(caches.sections, schema) : undefined
  const hit = table?.get(value as object)
  if (hit) return hit
  const result = repair()
  if (table) table.set(value as object, result)
  return result
}
