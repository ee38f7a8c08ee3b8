// The year's catalogs and glossary, fetched once per year from main (template:get) and built into
// the core's Catalog here, so every check runs live in the renderer.
import { useEffect, useState } from 'react'
import { buildCatalog } from '../../../core/catalogs/catalog'
import type { Catalog } from '../../../core/catalogs/types'
import { call } from '../api/client'

export interface Template {
  year: number
  catalog: Catalog
  glossary: string[]
}

type Loaded = { ok: true; template: Template } | { ok: false; message: string }

const cache = new Map<number, Promise<Loaded>>()

export function loadTemplate(year: number): Promise<Loaded> {
  let hit = cache.get(year)
  if (!hit) {
    hit = call('template:get', { year }).then((r): Loaded => {
      if (!r.ok) return { ok: false, message: r.error.message }
      try {
        return { ok: true, template: { year, catalog: buildCatalog(year, r.value.catalogFiles), glossary: r.value.glossary } }
      } catch (e) {
        return { ok: false, message: e instanceof Error ? e.message : String(e) }
      }
    })
    cache.set(year, hit)
    void hit.then((l) => {
      if (!l.ok) cache.delete(year)
    })
  }
  return hit
}

export function useTemplate(year: number | undefined): { template?: Template; error?: string } {
  const [state, setState] = useState<{ year?: number; template?: Template; error?: string }>({})
  useEffect(() => {
    if (year === undefined) return
    let live = true
    void loadTemplate(year).then((l) => {
      if (!live) return
      setState(l.ok ? { year, template: l.template } : { year, error: l.message })
    })
    return () => {
      live = false
    }
  }, [year])
  if (state.year !== year) return {}
  return state.template ? { template: state.template } : state.error ? { error: state.error } : {}
}
