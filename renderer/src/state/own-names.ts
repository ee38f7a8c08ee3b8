// Names typed or pasted into the line grids' 科目名称 columns travel on the row as transient fields
// and are moved here into the document's own catalog (DocumentData.ownCatalog), so the tables print
// them. A name for a code the year's catalog already names is not applied: it is reported.
import { mergeOwnCatalog, type CatalogConflict } from '../../../core/catalogs/own-catalog'
import type { Catalog, CatalogKind } from '../../../core/catalogs/types'
import type { BudgetLine } from '../../../core/model/budget'
import type { DocumentData } from '../../../core/model/document-data'

/** Row fields of the name columns, never saved: `absorbLineNames` takes them off. */
export const NAME_FIELDS = { functionName: 'functional', economicName: 'economicDepartment', governmentName: 'economicGovernment' } as const
type NameField = keyof typeof NAME_FIELDS
const CODE_FIELD: Record<NameField, 'functionCode' | 'economicCode' | 'governmentEconomicCode'> = {
  functionName: 'functionCode',
  economicName: 'economicCode',
  governmentName: 'governmentEconomicCode',
}

export type LineWithNames = BudgetLine & Partial<Record<NameField, string>>

export interface AbsorbedNames {
  data: DocumentData
  conflicts: CatalogConflict[]
}

/** Takes the transient names off the lines and merges them into the document's catalog. */
export function absorbLineNames(data: DocumentData, lines: readonly LineWithNames[], shipped: Catalog | undefined): AbsorbedNames {
  const supplied: Record<CatalogKind, { code: string; name: string }[]> = { functional: [], economicDepartment: [], economicGovernment: [], income: [] }
  let any = false
  const clean = lines.map((l) => {
    if (!(Object.keys(NAME_FIELDS) as NameField[]).some((f) => f in l)) return l
    any = true
    const next: Record<string, unknown> = { ...l }
    for (const f of Object.keys(NAME_FIELDS) as NameField[]) {
      const name = l[f]
      delete next[f]
      const code = l[CODE_FIELD[f]]
      if (typeof name === 'string' && name.trim() !== '' && code) supplied[NAME_FIELDS[f]].push({ code, name })
    }
    return next as BudgetLine
  })
  if (!any) return { data: { ...data, lines: clean }, conflicts: [] }
  let own = data.ownCatalog
  const conflicts: CatalogConflict[] = []
  if (shipped) {
    for (const kind of Object.keys(supplied) as CatalogKind[]) {
      if (supplied[kind].length === 0) continue
      // A name typed in the grid replaces the document's earlier name for that code.
      const m = mergeOwnCatalog(shipped, own, kind, supplied[kind], 'typed', true)
      own = m.own
      conflicts.push(...m.conflicts)
    }
  }
  return { data: own ? { ...data, lines: clean, ownCatalog: own } : { ...data, lines: clean }, conflicts }
}
