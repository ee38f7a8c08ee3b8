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
/** Templates already built: a document of a year asked for before opens with its template at once. */
const ready = new Map<number, Template>()

// Which template year main resolves for a year (its own, or the nearest edition), from any answer.
const editions = new Map<number, number>()
const inFlight = new Map<number, ReturnType<typeof call<'template:get'>>>()

/** One request per year at a time: the document's template and the step banner's edition share it. */
function requestTemplate(year: number): ReturnType<typeof call<'template:get'>> {
  let r = inFlight.get(year)
  if (!r) {
    r = call('template:get', { year })
    inFlight.set(year, r)
    void r.then((answer) => {
      if (answer.ok) editions.set(year, answer.value.year)
      inFlight.delete(year)
    })
  }
  return r
}

/** The edition main resolves for `year`, if it has answered before (see templateEdition). */
export function knownEdition(year: number): number | undefined {
  return editions.get(year)
}

/** The template year main resolves for `year`; asked once, undefined when main cannot answer. */
export async function templateEdition(year: number): Promise<number | undefined> {
  const known = editions.get(year)
  if (known !== undefined) return known
  const r = await requestTemplate(year)
  return r.ok ? r.value.year : undefined
}

/** The year's template when it is built already, else undefined (nothing is asked for). */
export function readyTemplate(year: number): Template | undefined {
  return ready.get(year)
}

export function loadTemplate(year: number): Promise<Loaded> {
  let hit = cache.get(year)
  if (!hit) {
    hit = requestTemplate(year).then((r): Loaded => {
      if (!r.ok) return { ok: false, message: r.error.message }
      try {
        return { ok: true, template: { year, catalog: buildCatalog(year, r.value.catalogFiles), glossary: r.value.glossary } }
      } catch (e) {
        return { ok: false, message: e instanceof Error ? e.message : String(e) }
      }
    })
    cache.set(year, hit)
    void hit.then((l) => {
      if (l.ok) ready.set(year, l.template)
      else cache.delete(year)
    })
  }
  return hit
}

export function useTemplate(year: number | undefined): { template?: Template; error?: string } {
  const [state, setState] = useState<{ year?: number; template?: Template; error?: string }>(() => {
    const template = year === undefined ? undefined : ready.get(year)
    return template ? { year, template } : {}
  })
  useEffect(() => {
    if (year === undefined) return
    let live = true
    void loadTemplate(year).then((l) => {
      if (!live) return
      setState((prior) => (l.ok && prior.year === year && prior.template === l.template ? prior : l.ok ? { year, template: l.template } : { year, error: l.message }))
    })
    return () => {
      live = false
    }
  }, [year])
  if (state.year !== year) {
    // A year switched to whose template is here already: no render without it.
    const template = year === undefined ? undefined : ready.get(year)
    return template ? { template } : {}
  }
  return state.template ? { template: state.template } : state.error ? { error: state.error } : {}
}
