// One live analysis shared by every step, recomputed after each edit with the year's catalog, and
// the 体检 of it. The analysis runs in a Web Worker (live-analysis.ts) so typing never waits for it:
// the grid's own totals repaint at once, the findings follow when the worker answers. Where no
// worker can start, it runs here, deferred, as before.
import { createContext, useContext, useDeferredValue, useEffect, useMemo, useState, type ReactNode } from 'react'
import type { BudgetDocument } from '../../../core/document/envelope'
import type { DocumentData } from '../../../core/model/document-data'
import { analyzeDraft, type DraftAnalysis } from './analyze-draft'
import { inspectDraft, type LiveInspection } from './live-inspection'
import { LiveAnalysis } from './live-analysis'
import type { ExportAuditSummary } from '../../../core/rules/inspection'
import { getState, subscribe, useEditor, type EditorState } from './store'
import { readyTemplate, useTemplate, type Template } from './template'

export interface Session {
  document: BudgetDocument
  template: Template | undefined
  templateError: string | undefined
  /** Its `findings` are the one list every count on screen reads (see live-inspection). */
  result: DraftAnalysis | null
  /** The 发布前体检 of the same analysis; null while the inputs do not parse. */
  live: LiveInspection | null
}

type Analysed = Pick<Session, 'result' | 'live'>

const NOT_ANALYSED: Analysed = { result: null, live: null }
const SessionContext = createContext<Session | null>(null)
// Parts of the session for components that need only them (see useAnalysed, useSessionTemplate).
const AnalysedContext = createContext<Analysed>(NOT_ANALYSED)
const TemplateContext = createContext<Pick<Session, 'template' | 'templateError'>>({ template: undefined, templateError: undefined })

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
if (typeof window !== 'undefined') {
  sharedWorker()
  // An edit goes to the worker the moment the store has it, before React renders the grid's new
  // totals, so the worker runs while the page paints. The session's own request for the same draft,
  // made after that render, finds it in flight and sends nothing (LiveAnalysis.request).
  let sent: DocumentData | undefined
  subscribe(() => {
    const s = getState()
    const doc = s.history?.present
    if (!doc || doc.data === sent) return
    sent = doc.data
    const template = readyTemplate(doc.templateYear)
    if (template) sharedWorker()?.request(doc.data, doc.templateYear, template, s.opened, auditFor(s.exportAudit, doc))
  })
}

/** The last export's self-audit when it was made from this very draft (the 体检 counts it). */
function auditFor(exportAudit: EditorState['exportAudit'], document: BudgetDocument): ExportAuditSummary | undefined {
  return exportAudit && exportAudit.data === document.data ? exportAudit.audit : undefined
}

/**
 * Starts the analysis of a document just opened (`opened`: its count in the store) with its
 * template, before the first step renders: the session's request for the same draft then waits for
 * this answer (LiveAnalysis.request) instead of starting a second one.
 */
export function analyseOpened(document: BudgetDocument, template: Template, opened: number): void {
  sharedWorker()?.request(document.data, document.templateYear, template, opened, undefined)
}

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
  const audit = document ? auditFor(exportAudit, document) : undefined
  const analysed0 = useLiveAnalysis(document, template, audit)
  // The worker's 体检 when it used the same audit; else (no worker, or the audit just changed) here,
  // on the current draft. Only then does the result depend on the draft: an edit alone leaves the
  // findings (and whatever shows only them) as they are until the worker answers.
  const inspectedHere = !analysed0?.inspected || analysed0.inspected.audit !== audit
  const draftToInspect = inspectedHere ? document : null
  const open = document !== null
  const analysed = useMemo((): Analysed => {
    if (!analysed0 || !open || !template) return NOT_ANALYSED
    const inspected = analysed0.inspected && analysed0.inspected.audit === audit ? analysed0.inspected : draftToInspect ? inspectDraft(analysed0, draftToInspect.data, template, audit) : null
    if (!inspected) return NOT_ANALYSED
    const { live, findings } = inspected
    // The derivation stays lazy: it is computed on the page only when a step reads it.
    const result: DraftAnalysis = {
      findings,
      validated: analysed0.validated,
      get analysis() {
        return analysed0.analysis
      },
    }
    return { result, live }
  }, [analysed0, open, draftToInspect, template, audit])
  const templated = useMemo(() => ({ template, templateError: error }), [template, error])
  const session = useMemo(() => (document ? { document, ...templated, ...analysed } : null), [document, templated, analysed])
  return (
    <SessionContext.Provider value={session}>
      <TemplateContext.Provider value={templated}>
        <AnalysedContext.Provider value={analysed}>{children}</AnalysedContext.Provider>
      </TemplateContext.Provider>
    </SessionContext.Provider>
  )
}

export function useSession(): Session {
  const s = useContext(SessionContext)
  if (!s) throw new Error('useSession outside an open document')
  return s
}

/** The findings and the 体检 only: a component that reads nothing else repaints when the worker answers, not on every edit. */
export function useAnalysed(): Analysed {
  return useContext(AnalysedContext)
}

/** The year's template and its load error only (they change when the template year does). */
export function useSessionTemplate(): Pick<Session, 'template' | 'templateError'> {
  return useContext(TemplateContext)
}
