// One live analysis shared by every step, recomputed after each edit with the year's catalog, and
// the 体检 of it. The analysis runs in a Web Worker (live-analysis.ts) so typing never waits for it:
// the grid's own totals repaint at once, the findings follow when the worker answers. Where no
// worker can start, it runs here, deferred, as before.
import { createContext, useContext, useDeferredValue, useEffect, useMemo, useState, type ReactNode } from 'react'
import type { BudgetDocument } from '../../../core/document/envelope'
import { analyzeDraft, type DraftAnalysis } from './analyze-draft'
import { inspectDraft, type LiveInspection } from './live-inspection'
import { LiveAnalysis } from './live-analysis'
import type { ExportAuditSummary } from '../../../core/rules/inspection'
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

interface Answered {
  opened: number
  result: DraftAnalysis
}

// One worker for the app's lifetime, started with the app so it has loaded by the time a document
// opens (the first analysis then waits for nothing but itself).
let shared: LiveAnalysis | null | undefined
function sharedWorker(): LiveAnalysis | null {
  if (shared === undefined) {
    try {
      shared = typeof Worker === 'undefined' ? null : new LiveAnalysis()
    } catch {
      shared = null
    }
  }
  return shared
}
if (typeof window !== 'undefined') sharedWorker()

/** The analysis of the current document: from the worker when it runs, else computed here. */
function useLiveAnalysis(document: BudgetDocument | null, template: Template | undefined, audit: ExportAuditSummary | undefined): DraftAnalysis | null {
  const opened = useEditor((s) => s.opened)
  const [answered, setAnswered] = useState<Answered | null>(null)
  const [worker, setWorker] = useState<LiveAnalysis | null | 'failed'>(null)
  useEffect(() => {
    const w = sharedWorker()
    if (!w) {
      setWorker('failed')
      return
    }
    setWorker(w)
    return w.listen(
      (result, opened) => setAnswered({ opened, result }),
      (message) => {
        console.error('analysis worker failed, analysing on the page:', message)
        shared = null
        setWorker('failed')
      },
    )
  }, [])
  useEffect(() => {
    if (worker && worker !== 'failed' && document && template) worker.request(document.data, document.templateYear, template, opened, audit)
  }, [worker, document, template, opened, audit])
  const onPage = worker === 'failed'
  const deferred = useDeferredValue(onPage ? document : null)
  const local = useMemo(() => (deferred && template ? analyzeDraft(deferred.data, deferred.templateYear, template.catalog) : null), [deferred, template])
  if (onPage) return local
  // A reply about a document opened before this one is not shown.
  return answered && answered.opened === opened ? answered.result : null
}

export function SessionProvider({ children }: { children: ReactNode }) {
  const document = useEditor((s) => s.history?.present ?? null)
  const { template, error } = useTemplate(document?.templateYear)
  const exportAudit = useEditor((s) => s.exportAudit)
  const audit = exportAudit && document && exportAudit.data === document.data ? exportAudit.audit : undefined
  const analysed0 = useLiveAnalysis(document, template, audit)
  const analysed = useMemo(() => {
    if (!analysed0 || !document || !template) return { result: null, live: null }
    // The worker's 体检 when it used the same audit; else (no worker, or the audit just changed) here.
    const { live, findings } = analysed0.inspected && analysed0.inspected.audit === audit ? analysed0.inspected : inspectDraft(analysed0, document.data, template, audit)
    // The derivation stays lazy: it is computed on the page only when a step reads it.
    const result: DraftAnalysis = {
      findings,
      validated: analysed0.validated,
      get analysis() {
        return analysed0.analysis
      },
    }
    return { result, live }
  }, [analysed0, document, template, audit])
  const session = useMemo(() => (document ? { document, template, templateError: error, ...analysed } : null), [document, template, error, analysed])
  return <SessionContext.Provider value={session}>{children}</SessionContext.Provider>
}

export function useSession(): Session {
  const s = useContext(SessionContext)
  if (!s) throw new Error('useSession outside an open document')
  return s
}
