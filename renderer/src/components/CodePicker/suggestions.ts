// What the code picker offers for a query: catalog entries by code prefix, then by name (the core's
// searchCatalog), or the options of a choice column. The exact code typed is offered first.
import { searchCatalog } from '../../../../core/catalogs/catalog'
import type { CatalogEntry } from '../../../../core/catalogs/types'
import type { EnumOption } from '../paste/parse-paste'

export interface Suggestion {
  /** The text committed when the suggestion is chosen. */
  value: string
  code?: string
  label: string
}

export const SUGGESTION_LIMIT = 30

export function codeSuggestions(entries: readonly CatalogEntry[], query: string): Suggestion[] {
  const q = query.trim()
  const found = searchCatalog(entries, /^\d+\s/.test(q) ? (q.split(/\s/)[0] as string) : q, SUGGESTION_LIMIT)
  return found.map((e) => ({ value: e.code, code: e.code, label: e.name }))
}

export function optionSuggestions(options: readonly EnumOption[], query: string, showAll: boolean): Suggestion[] {
  const q = query.trim()
  const list = showAll || q === '' ? options : options.filter((o) => o.label.includes(q) || o.value === q || (o.aliases ?? []).some((a) => a.includes(q)))
  return list.map((o) => ({ value: o.label, label: o.label }))
}

/** Index to highlight: the exact match, else the first suggestion, else none. */
export function defaultHighlight(suggestions: readonly Suggestion[], query: string): number {
  const q = query.trim()
  if (suggestions.length === 0 || q === '') return -1
  const exact = suggestions.findIndex((s) => s.value === q || s.code === q || s.label === q)
  return exact >= 0 ? exact : 0
}
