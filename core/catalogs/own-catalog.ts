// The document's own catalog (DocumentData.ownCatalog) laid over the year's catalog, and the merge
// of newly supplied names into it. Shipped and imported names win: the document's names only fill
// codes the catalog lacks, and a different name for a known code is reported, never applied.
import type { OwnCatalog, OwnCatalogEntry } from '../model/own-catalog'
import { levelOfCode, normalizeName } from './codes'
import type { Catalog, CatalogEntry, CatalogKind } from './types'

export const OWN_CATALOG_KINDS: readonly CatalogKind[] = ['functional', 'economicDepartment', 'economicGovernment', 'income']

export const OWN_SOURCE = '本文档自填（不在本年科目表中）'

const overlaid = new WeakMap<Catalog, WeakMap<OwnCatalog, Catalog>>()

/** The catalog with the document's own names added for codes it lacks (memoised per pair). */
export function withOwnCatalog(cat: Catalog, own: OwnCatalog | undefined): Catalog {
  if (!own || OWN_CATALOG_KINDS.every((k) => (own[k] ?? []).length === 0)) return cat
  let perCatalog = overlaid.get(cat)
  if (!perCatalog) overlaid.set(cat, (perCatalog = new WeakMap()))
  const hit = perCatalog.get(own)
  if (hit) return hit
  const next: Catalog = { ...cat }
  for (const kind of OWN_CATALOG_KINDS) {
    const list = own[kind] ?? []
    if (list.length === 0) continue
    const map = new Map<string, CatalogEntry>(cat[kind])
    for (const e of list) {
      const level = levelOfCode(e.code, kind)
      if (!level || map.has(e.code) || e.name.trim() === '') continue
      map.set(e.code, { code: e.code, name: e.name, level, status: 'imported', source: OWN_SOURCE })
    }
    ;(next as unknown as Record<CatalogKind, Map<string, CatalogEntry>>)[kind] = map
  }
  perCatalog.set(own, next)
  return next
}

/** True when the code's name comes from the document itself, not the year's catalog. */
export function isOwnName(entry: CatalogEntry | undefined): boolean {
  return entry?.source === OWN_SOURCE
}

export interface CatalogConflict {
  code: string
  /** The name the catalog (or the document) already has. */
  existing: string
  /** The name that was supplied and not applied. */
  supplied: string
}

export interface OwnCatalogMerge {
  own: OwnCatalog
  added: OwnCatalogEntry[]
  /** Codes the catalog or the document already names differently. */
  conflicts: CatalogConflict[]
  /** Codes already known under the same name. */
  known: number
}

/**
 * Adds supplied names to the document's catalog. A code the shipped catalog already names keeps
 * that name (a different supplied name is a conflict); a code the document names differently is
 * renamed only when `replace` is set (the officer typed a new name in the picker).
 */
export function mergeOwnCatalog(
  cat: Catalog,
  own: OwnCatalog | undefined,
  kind: CatalogKind,
  supplied: readonly { code: string; name: string }[],
  origin: OwnCatalogEntry['origin'],
  replace = false,
): OwnCatalogMerge {
  const list = [...(own?.[kind] ?? [])]
  const added: OwnCatalogEntry[] = []
  const conflicts: CatalogConflict[] = []
  let known = 0
  for (const s of supplied) {
    const code = s.code.trim()
    const name = normalizeName(s.name)
    if (!levelOfCode(code, kind) || name === '') continue
    const shipped = cat[kind].get(code)
    if (shipped) {
      if (shipped.name === name) known++
      else conflicts.push({ code, existing: shipped.name, supplied: name })
      continue
    }
    const at = list.findIndex((e) => e.code === code)
    const mine = at >= 0 ? list[at] : undefined
    if (mine && mine.name === name) {
      known++
      continue
    }
    if (mine && !replace) {
      conflicts.push({ code, existing: mine.name, supplied: name })
      continue
    }
    const entry: OwnCatalogEntry = origin ? { code, name, origin } : { code, name }
    if (at >= 0) list[at] = entry
    else list.push(entry)
    added.push(entry)
  }
  list.sort((a, b) => (a.code < b.code ? -1 : a.code > b.code ? 1 : 0))
  return { own: { ...own, [kind]: list }, added, conflicts, known }
}
