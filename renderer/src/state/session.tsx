// One live analysis shared by every step: recomputed after each edit (deferred, so typing stays
// smooth on a 3,000-line document) with the year's catalog.
import { createContext, useContext, useDeferredValue, useMemo, type ReactNode } from 'react'
import type { BudgetDocument } from '../../../core/document/envelope'
import { analyzeDraft, type DraftAnalysis } from './analyze-draft'
import { useEditor } from './store'
import { useTemplate, type Template } from './template'

export interface Session {
  document: BudgetDocument
  template: Template | undefined
  templateError: string | undefined
  result: DraftAnalysis | null
}

const SessionContext = createContext<Session | null>(null)

export function SessionProvider({ children }: { children: ReactNode }) {
  const document = useEditor((s) => s.history?.present ?? null)
  const deferred = useDeferredValue(document)
  const { template, error } = useTemplate(document?.templateYear)
  const result = useMemo(() => (deferred && template ? analyzeDraft(deferred.data, deferred.templateYear, template.catalog) : null), [deferred, template])
  const session = useMemo(() => (document ? { document, template, templateError: error, result } : null), [document, template, error, result])
  return <SessionContext.Provider value={session}>{children}</SessionContext.Provider>
}

export function useSession(): Session {
  const s = useContext(SessionContext)
  if (!s) throw new Error('useSession outside an open document')
  return s
}
