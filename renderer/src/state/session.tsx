// One live analysis shared by every step, recomputed after each edit with the year's catalog. It
// runs in a Web Worker (live-analysis.ts) so typing never waits for it: the grid's own totals
// repaint at once, the findings follow when the worker answers. Where no worker can start, it runs
// here, deferred, as before.
import { createContext, useContext, useDeferredValue, useEffect, useMemo, useState, type ReactNode } from 'react'
import type { BudgetDocument } from '../../../core/document/envelope'
import { analyzeDraft, type DraftAnalysis } from './analyze-draft'
import { LiveAnalysis } from './live-analysis'
import { useEditor } from './store'
import { useTemplate, type Template } from './template'

export interface Session {
  document: BudgetDocument
  template: Template | undefined
  templateError: string | undefined
  result: DraftAnalysis | null
}

const SessionContext = createContext<Session | null>(null)

interface Answered {
  opened: number
  result: DraftAnalysis
}

function startWorker(onResult: (result: DraftAnalysis, opened: number) => void, onFailure: (message: string) => void): LiveAnalysis | null {
  if (typeof Worker === 'undefined') return null
  try {
    return new LiveAnalysis(onResult, onFailure)
  } catch {
    return null
  }
}

/** The analysis of the current document: from the worker when it runs, else computed here. */
function useLiveAnalysis(document: BudgetDocument | null, template: Template | undefined): DraftAnalysis | null {
  const opened = useEditor((s) => s.opened)
  const [answered, setAnswered] = useState<Answered | null>(null)
  const [worker, setWorker] = useState<LiveAnalysis | null | 'failed'>(null)
  useEffect(() => {
    let live = true
    const w = startWorker(
      (result, opened) => {
        if (live) setAnswered({ opened, result })
      },
      (message) => {
        console.error('analysis worker failed, analysing on the page:', message)
        if (live) setWorker('failed')
      },
    )
    setWorker(w ?? 'failed')
    return () => {
      live = false
      w?.dispose()
    }
  }, [])
  useEffect(() => {
    if (worker && worker !== 'failed' && document && template) worker.request(document.data, document.templateYear, template.catalog, opened)
  }, [worker, document, template, opened])
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
  const result = useLiveAnalysis(document, template)
  const session = useMemo(() => (document ? { document, template, templateError: error, result } : null), [document, template, error, result])
  return <SessionContext.Provider value={session}>{children}</SessionContext.Provider>
}

export function useSession(): Session {
  const s = useContext(SessionContext)
  if (!s) throw new Error('useSession outside an open document')
  return s
}
