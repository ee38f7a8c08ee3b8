// Runs the live analysis in a Web Worker (analysis.worker.ts) so typing never waits for it. At most
// one request is in flight; edits made meanwhile are coalesced into the next one, which carries
// only what changed since the last (draft-patch.ts). The reply holds the findings; the derivation
// that some steps show (tables, narrative, 绩效 amounts) is re-derived on the page, incrementally
// and only when a step asks for it.
import { namesFromCatalog } from '../../../core/calc/catalog-names'
import { derive } from '../../../core/calc/derive'
import type { Catalog } from '../../../core/catalogs/types'
import type { DocumentData } from '../../../core/model/document-data'
import type { Finding } from '../../../core/rules/finding'
import type { Analysis } from '../../../core/rules/analyze'
import type { DraftAnalysis } from './analyze-draft'
import { diffDraft, type Patch } from './draft-patch'
import { validateDraft, type InputIssue, type ListKey, type ValidatedDraft } from './validate-draft'

export interface AnalysisRequest {
  seq: number
  templateYear: number
  /** Sent with the first request and whenever the catalog changes. */
  catalog?: Catalog
  /** The patch applies to nothing: the worker starts a new copy. */
  reset: boolean
  patch: Patch | undefined
}

export type AnalysisReply =
  | { seq: number; findings: Finding[]; coreFindings: Finding[] | null; issues: InputIssue[]; indexMaps: Record<ListKey, number[]> }
  | { seq: number; error: string }

interface Job {
  seq: number
  /** The caller's mark of the request (which opened document it is about). */
  tag: number
  draft: DocumentData
  templateYear: number
  catalog: Catalog
}

/** The reply as the DraftAnalysis the steps read; `analysis` and `validated.data` are computed on first use. */
export function replyAnalysis(job: Omit<Job, 'seq' | 'tag'>, reply: Extract<AnalysisReply, { findings: Finding[] }>): DraftAnalysis {
  let local: ValidatedDraft | undefined
  let analysis: Analysis | null | undefined
  const validatedHere = () => (local ??= validateDraft(job.draft, job.templateYear))
  const validated: ValidatedDraft = {
    issues: reply.issues,
    indexMaps: reply.indexMaps,
    get data() {
      return validatedHere().data
    },
  }
  return {
    findings: reply.findings,
    validated,
    get analysis() {
      if (analysis === undefined) {
        const data = validatedHere().data
        analysis = data && reply.coreFindings ? { derivation: derive(data, namesFromCatalog(job.catalog), true), findings: reply.coreFindings } : null
      }
      return analysis
    },
  }
}

export class LiveAnalysis {
  private readonly worker: Worker
  private seq = 0
  private inFlight: Job | null = null
  private pending: Omit<Job, 'seq'> | null = null
  /** What the worker's copy is, after the request in flight. */
  private held: { draft: DocumentData; catalog: Catalog } | null = null
  private onResult: (result: DraftAnalysis, tag: number) => void = () => {}
  private onFailure: (message: string) => void = () => {}

  constructor() {
    this.worker = new Worker(new URL('./analysis.worker.ts', import.meta.url), { type: 'module' })
    this.worker.onmessage = (e: MessageEvent<AnalysisReply>) => this.receive(e.data)
    this.worker.onerror = (e) => {
      e.preventDefault()
      this.onFailure(e.message || 'worker error')
    }
  }

  /** Where replies go (one listener: the open session); returns the way to stop listening. */
  listen(onResult: (result: DraftAnalysis, tag: number) => void, onFailure: (message: string) => void): () => void {
    this.onResult = onResult
    this.onFailure = onFailure
    return () => {
      if (this.onResult !== onResult) return
      this.onResult = () => {}
      this.onFailure = () => {}
    }
  }

  request(draft: DocumentData, templateYear: number, catalog: Catalog, tag: number): void {
    this.pending = { draft, templateYear, catalog, tag }
    if (!this.inFlight) this.send()
  }

  private send(): void {
    const job = this.pending
    if (!job) return
    this.pending = null
    this.seq += 1
    const newCatalog = this.held?.catalog !== job.catalog
    const reset = this.held === null || newCatalog
    const message: AnalysisRequest = { seq: this.seq, templateYear: job.templateYear, reset, patch: diffDraft(reset ? undefined : this.held?.draft, job.draft) }
    if (newCatalog) message.catalog = job.catalog
    this.worker.postMessage(message)
    this.held = { draft: job.draft, catalog: job.catalog }
    this.inFlight = { ...job, seq: this.seq }
  }

  private receive(reply: AnalysisReply): void {
    const job = this.inFlight
    if (!job || reply.seq !== job.seq) return
    this.inFlight = null
    if ('error' in reply) {
      // The worker dropped its copy: the next request starts it afresh.
      this.held = null
      this.onFailure(reply.error)
    } else this.onResult(replyAnalysis(job, reply), job.tag)
    this.send()
  }
}
