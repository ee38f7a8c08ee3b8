// The year's catalog with the document's own names laid over it (what the tables print), and a
// line-list writer that moves names typed or pasted in the grids into the document's catalog.
import { App as AntApp } from 'antd'
import { useCallback, useMemo } from 'react'
import { withOwnCatalog } from '../../../core/catalogs/own-catalog'
import type { Catalog } from '../../../core/catalogs/types'
import type { BudgetLine } from '../../../core/model/budget'
import { text } from '../text/zh-CN'
import { absorbLineNames, type LineWithNames } from './own-names'
import { useSession } from './session'
import { updateData } from './store'

export function useDocumentCatalog(): Catalog | undefined {
  const { document, template } = useSession()
  const own = document.data.ownCatalog
  return useMemo(() => (template ? withOwnCatalog(template.catalog, own) : undefined), [template, own])
}

/** Writes a grid's lines (`merge` puts them into the full list) and absorbs typed names. */
export function useLineWriter(merge: (all: readonly BudgetLine[], next: BudgetLine[]) => BudgetLine[]): (next: BudgetLine[]) => void {
  const { template } = useSession()
  const { message } = AntApp.useApp()
  return useCallback(
    (next: BudgetLine[]) => {
      let conflicts: string[] = []
      updateData((d) => {
        const r = absorbLineNames(d, merge(d.lines, next) as LineWithNames[], template?.catalog)
        conflicts = r.conflicts.map((c) => `${c.code}（${c.existing}，未采用“${c.supplied}”）`)
        return r.data
      })
      if (conflicts.length > 0) void message.warning(text.lines.namesNotApplied(conflicts.join('、')))
    },
    [merge, template, message],
  )
}
