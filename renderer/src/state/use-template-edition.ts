// Which template a budget year is prepared with: its own (templates/<year>/) or, where the year has
// none, the nearest one main resolves. Both the step banner and step 1's year notice read this.
import { useEffect, useState } from 'react'
import { call } from '../api/client'

/** The template year main resolves for `budgetYear`; undefined until main has answered. */
export function useTemplateEdition(budgetYear: number): number | undefined {
  const [edition, setEdition] = useState<{ budgetYear: number; year: number } | null>(null)
  useEffect(() => {
    let live = true
    void call('template:get', { year: budgetYear }).then((r) => {
      if (live && r.ok) setEdition({ budgetYear, year: r.value.year })
    })
    return () => {
      live = false
    }
  }, [budgetYear])
  return edition && edition.budgetYear === budgetYear ? edition.year : undefined
}
