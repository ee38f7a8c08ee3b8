// The indicator library: starting suggestions taken from the published forms of the seeds
// (templates/<year>/indicator-library.json, written by scripts/performance/extract-indicator-library.ts)
// plus the officer's own additions (Performance.indicatorLibrary, saved in the document).
import { z } from 'zod'
import { Indicator, Level1, Level2, LEVEL2_BY_LEVEL1, type Level1 as Level1Type, type Level2 as Level2Type } from '../model/performance'
import { formatIndicatorValue, parseIndicatorValue } from './indicator-value'

export const LibraryFileEntry = z.object({
  level1: Level1,
  level2: Level2,
  name: z.string().min(1),
  /** The typical 指标值 as printed (`≥95%`), or '' when the seeds vary too much to suggest one. */
  value: z.string(),
  /** How many published forms use this indicator. */
  count: z.number().int().min(1),
  /** Seeds it was seen in (`000`, `001`, `004`). */
  seen: z.array(z.string()),
})

export const IndicatorLibraryFile = z.object({
  description: z.string(),
  year: z.number().int(),
  entries: z.array(LibraryFileEntry),
})
export type IndicatorLibraryFile = z.infer<typeof IndicatorLibraryFile>

export interface LibraryEntry {
  indicator: Indicator
  origin: 'template' | 'user'
  /** Uses in the published forms (template) or 0 (user). */
  count: number
}

const level1Of = (level2: Level2Type): Level1Type => (Object.keys(LEVEL2_BY_LEVEL1) as Level1Type[]).find((l1) => (LEVEL2_BY_LEVEL1[l1] as readonly string[]).includes(level2)) ?? 'output'

/** Parses a library file's text; throws with the zod message when it is malformed. */
export function parseIndicatorLibrary(text: string): LibraryEntry[] {
  const file = IndicatorLibraryFile.parse(JSON.parse(text))
  return file.entries.map((e) => ({
    indicator: Indicator.parse({ level1: level1Of(e.level2), level2: e.level2, name: e.name, value: parseIndicatorValue(e.value) }),
    origin: 'template' as const,
    count: e.count,
  }))
}

const key = (i: Pick<Indicator, 'level2' | 'name'>) => `${i.level2}|${i.name.replace(/\s+/g, '')}`

/** The officer's additions first (they are what this office uses), then the shipped suggestions. */
export function mergeLibrary(template: readonly LibraryEntry[], user: readonly Indicator[]): LibraryEntry[] {
  const seen = new Set<string>()
  const out: LibraryEntry[] = []
  for (const e of [...user.map((indicator) => ({ indicator, origin: 'user' as const, count: 0 })), ...template]) {
    const k = key(e.indicator)
    if (seen.has(k)) continue
    seen.add(k)
    out.push(e)
  }
  return out
}

/** Adds an indicator to the officer's library (its 一级 follows from its 二级); unchanged if already there. */
export function addToUserLibrary(user: readonly Indicator[], indicator: Indicator): Indicator[] {
  if (indicator.name.trim() === '' || user.some((u) => key(u) === key(indicator))) return [...user]
  return [...user, { ...indicator, level1: level1Of(indicator.level2) }]
}

function score(e: LibraryEntry, query: string): number {
  const name = e.indicator.name
  if (query === '') return 0
  if (name === query) return 1000
  if (name.includes(query)) return 500 - name.length
  const chars = [...new Set(query)]
  const hits = chars.filter((c) => name.includes(c) || formatIndicatorValue(e.indicator.value).includes(c)).length
  return hits / chars.length >= 0.5 ? Math.round((100 * hits) / chars.length) : -1
}

/**
 * Suggestions for a 三级 indicator under `level2` (all 二级 when undefined), best first: exact
 * name, then names containing the query (shorter first), then names sharing most of its
 * characters. Without a query: the officer's own entries, then the most used.
 */
export function suggestIndicators(library: readonly LibraryEntry[], level2: Level2Type | undefined, query: string, limit = 20): Indicator[] {
  const q = query.replace(/\s+/g, '')
  return library
    .filter((e) => level2 === undefined || e.indicator.level2 === level2)
    .map((e, i) => ({ e, i, s: score(e, q) }))
    .filter((x) => x.s >= 0)
    .sort((a, b) => b.s - a.s || (a.e.origin === b.e.origin ? 0 : a.e.origin === 'user' ? -1 : 1) || b.e.count - a.e.count || a.i - b.i)
    .slice(0, limit)
    .map((x) => x.e.indicator)
}
