// What the code picker offers for a query: catalog entries by code prefix, then by name (the core's
// searchCatalog), or the options of a choice column. Matches that begin with the typed text come
// first, and only such a match (or the one entry that matches at all) is pre-selected, so Enter never
// swaps the typed word for a different one (事业 must not become 参公单位).
import { searchCatalog } from '../../../../core/catalogs/catalog'
import type { CatalogEntry } from '../../../../core/catalogs/types'
import type { EnumOption } from '../paste/parse-paste'

export interface Suggestion {
  /** The text committed when the suggestion is chosen. */
  value: string
  code?: string
  label: string
  /** Other names the typed text may begin with (参照公务员法管理事业单位 for 参公单位). */
  aliases?: readonly string[]
}

export const SUGGESTION_LIMIT = 30

export function codeSuggestions(entries: readonly CatalogEntry[], query: string): Suggestion[] {
  const q = query.trim()
  const found = searchCatalog(entries, /^\d+\s/.test(q) ? (q.split(/\s/)[0] as string) : q, SUGGESTION_LIMIT)
  return found.map((e) => ({ value: e.code, code: e.code, label: e.name }))
}

/** 0 exact, 1 the label begins with the query, 2 an alias or the code does, 3 it only contains it. */
function rank(s: Suggestion, q: string): number {
  if (s.value === q || s.code === q || s.label === q || (s.aliases ?? []).includes(q)) return 0
  if (s.label.startsWith(q)) return 1
  if ((s.aliases ?? []).some((a) => a.startsWith(q)) || (s.code !== undefined && s.code.startsWith(q))) return 2
  return 3
}

export function optionSuggestions(options: readonly EnumOption[], query: string, showAll: boolean): Suggestion[] {
  const q = query.trim()
  const all = options.map((o) => ({ value: o.label, label: o.label, aliases: [o.value, ...(o.aliases ?? [])] }))
  if (showAll || q === '') return all
  const list = all.filter((s) => s.label.includes(q) || s.aliases.some((a) => a.includes(q)))
  // A stable sort: options keep their order inside one rank.
  return list.map((s, i) => ({ s, i, r: rank(s, q) })).sort((a, b) => a.r - b.r || a.i - b.i).map((x) => x.s)
}

/** Index to pre-select: the exact match, else the first that begins with the query, else the only match; none otherwise. */
export function defaultHighlight(suggestions: readonly Suggestion[], query: string): number {
  const q = query.trim()
  if (suggestions.length === 0 || q === '') return -1
  const ranks = suggestions.map((s) => rank(s, q))
  const exact = ranks.indexOf(0)
  if (exact >= 0) return exact
  const best = Math.min(...ranks)
  if (best < 3) return ranks.indexOf(best)
  return suggestions.length === 1 ? 0 : -1
}
