// Which template a budget year is prepared with: its own (templates/<year>/) or, where the year has
// none, the nearest one main resolves. Both the step banner and step 1's year notice read this.
import { useEffect, useState } from 'react'
import { knownEdition, templateEdition } from './template'

/** The template year main resolves for `budgetYear`; undefined until main has answered. */
export function useTemplateEdition(budgetYear: number | undefined): number | undefined {
  // Asked of main once per year (the answer does not change while the app runs).
  const [edition, setEdition] = useState<{ budgetYear: number; year: number } | null>(() => {
    const year = budgetYear === undefined ? undefined : knownEdition(budgetYear)
    return budgetYear !== undefined && year !== undefined ? { budgetYear, year } : null
  })
  useEffect(() => {
    if (budgetYear === undefined) return
    let live = true
    void templateEdition(budgetYear).then((year) => {
      if (live && year !== undefined) setEdition((prior) => (prior?.budgetYear === budgetYear && prior.year === year ? prior : { budgetYear, year }))
    })
    return () => {
      live = false
    }
  }, [budgetYear])
  if (edition && edition.budgetYear === budgetYear) return edition.year
  return budgetYear === undefined ? undefined : knownEdition(budgetYear)
}
