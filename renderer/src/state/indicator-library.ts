// The indicator library of the document's template year (template:indicators, fetched once per
// year) merged with the officer's own entries (Performance.indicatorLibrary), as the core merges them.
import { useEffect, useMemo, useState } from 'react'
import type { Indicator } from '../../../core/model/performance'
import { mergeLibrary, type LibraryEntry } from '../../../core/performance/indicator-library'
import { call } from '../api/client'

type Loaded = { ok: true; entries: LibraryEntry[] } | { ok: false; message: string }

const cache = new Map<number, Promise<Loaded>>()
const NONE: LibraryEntry[] = []

function loadLibrary(year: number): Promise<Loaded> {
  let hit = cache.get(year)
  if (!hit) {
    hit = call('template:indicators', { year }).then((r): Loaded => (r.ok ? { ok: true, entries: r.value.entries } : { ok: false, message: r.error.message }))
    cache.set(year, hit)
    void hit.then((l) => {
      if (!l.ok) cache.delete(year)
    })
  }
  return hit
}

export interface IndicatorLibrary {
  entries: LibraryEntry[]
  error?: string
}

export function useIndicatorLibrary(year: number, user: readonly Indicator[]): IndicatorLibrary {
  const [loaded, setLoaded] = useState<{ year: number; result: Loaded } | null>(null)
  useEffect(() => {
    let live = true
    void loadLibrary(year).then((result) => {
      if (live) setLoaded({ year, result })
    })
    return () => {
      live = false
    }
  }, [year])
  const template = loaded?.year === year && loaded.result.ok ? loaded.result.entries : NONE
  const error = loaded?.year === year && !loaded.result.ok ? loaded.result.message : undefined
  const entries = useMemo(() => mergeLibrary(template, user), [template, user])
  return error ? { entries, error } : { entries }
}
