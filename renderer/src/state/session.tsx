// One live analysis shared by every step: recomputed after each edit (deferred, so typing stays
// smooth on a 3,000-line document) with the year's catalog, and the 体检 of it.
import { createContext, useContext, useDeferredValue, useMemo, type ReactNode } from 'react'
import type { BudgetDocument } from '../../../core/document/envelope'
import { useMoneyUnit } from '../components/EntryGrid/money-unit'
import { analyzeDraft, type DraftAnalysis } from './analyze-draft'
import { inspectDraft, type LiveInspection } from './live-inspection'
import { useEditor } from './store'
import { useTemplate, type Template } from './template'

export interface Session {
  document: BudgetDocument
  template: Template | undefined
  templateError: string | undefined
  /** Its `findings` are the one list every count on screen reads (see live-inspection). */
  result: DraftAnalysis | null
  /** The 发布前体检 of the same analysis; null while the inputs do not parse. */
  live: LiveInspection | null
}

const SessionContext = createContext<Session | null>(null)

export function SessionProvider({ children }: { children: ReactNode }) {
  const document = useEditor((s) => s.history?.present ?? null)
  const deferred = useDeferredValue(document)
  const { template, error } = useTemplate(document?.templateYear)
  const unit = useMoneyUnit()
  const exportAudit = useEditor((s) => s.exportAudit)
  const audit = exportAudit && deferred && exportAudit.data === deferred.data ? exportAudit.audit : undefined
  const analysed = useMemo(() => {
    if (!deferred || !template) return { result: null, live: null }
    const draft = analyzeDraft(deferred.data, deferred.templateYear, template.catalog, unit)
    const { live, findings } = inspectDraft(draft, deferred.data, template, audit)
    return { result: { ...draft, findings }, live }
  }, [deferred, template, audit, unit])
  const session = useMemo(() => (document ? { document, template, templateError: error, ...analysed } : null), [document, template, error, analysed])
  return <SessionContext.Provider value={session}>{children}</SessionContext.Provider>
}

export function useSession(): Session {
  const s = useContext(SessionContext)
  if (!s) throw new Error('useSession outside an open document')
  return s
}
