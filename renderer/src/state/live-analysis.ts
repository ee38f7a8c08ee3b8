// Runs the live analysis in a Web Worker (analysis.worker.ts) so typing never waits for it. At most
// one request is in flight; edits made meanwhile are coalesced into the next one, which carries
// only what changed since the last (draft-patch.ts). The reply holds the findings and the 发布前体检
// (live-inspection.ts) built from them, so the page only shows them; the derivation that some steps
// show (tables, 绩效 amounts) is re-derived on the page, incrementally and only when a step asks.
import { namesFromCatalog } from '../../../core/calc/catalog-names'
import { derive } from '../../../core/calc/derive'
import type { Catalog } from '../../../core/catalogs/types'
import type { DocumentData } from '../../../core/model/document-data'
import type { Finding } from '../../../core/rules/finding'
import type { Analysis } from '../../../core/rules/analyze'
import type { ExportAuditSummary } from '../../../core/rules/inspection'
import type { DraftAnalysis, Inspected } from './analyze-draft'
import { diffDraft, type Patch } from './draft-patch'
import { validateDraft, type InputIssue, type ListKey, type ValidatedDraft } from './validate-draft'

export interface AnalysisRequest {
  seq: number
  templateYear: number
  /** Sent with the first request and whenever the template changes. */
  catalog?: Catalog
  glossary?: string[]
  /** The last export's self-audit for this draft, if any (the 体检 counts it). */
  audit: ExportAuditSummary | undefined
  /** The patch applies to nothing: the worker starts a new copy. */
  reset: boolean
  patch: Patch | undefined
}

export type AnalysisReply =
  | { seq: number; findings: Finding[]; coreFindings: Finding[] | null; issues: InputIssue[]; indexMaps: Record<ListKey, number[]>; inspected?: Omit<Inspected, 'audit'> }
  | { seq: number; error: string }

interface Job {
  seq: number
  /** The caller's mark of the request (which opened document it is about). */
  tag: number
  draft: DocumentData
  templateYear: number
  catalog: Catalog
  template: LiveTemplate
  audit: ExportAuditSummary | undefined
}

/** What the worker needs of the year's template. */
export interface LiveTemplate {
  catalog: Catalog
  glossary: string[]
}

/** The reply as the DraftAnalysis the steps read; `analysis` and `validated.data` are computed on first use. */
export function replyAnalysis(job: Pick<Job, 'draft' | 'templateYear' | 'catalog'> & { audit?: ExportAuditSummary }, reply: Extract<AnalysisReply, { findings: Finding[] }>): DraftAnalysis {
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
    // The page's own audit object: the session compares it with the audit it shows.
    ...(reply.inspected ? { inspected: { ...reply.inspected, audit: job.audit } } : {}),
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
  /** The last answer and what it was about: asked again for the same, it is given again. */
  private answered: { job: Job; result: DraftAnalysis } | null = null
  private pending: Omit<Job, 'seq'> | null = null
  /** What the worker's copy is, after the request in flight. */
  private held: { draft: DocumentData; template: LiveTemplate } | null = null
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

  request(draft: DocumentData, templateYear: number, template: LiveTemplate, tag: number, audit?: ExportAuditSummary): void {
    // A document just opened is sent as soon as its template is here, before its first step renders;
    // the session's own request for it then waits for that answer instead of starting another.
    const same = (j: Job | null | undefined) => !!j && j.draft === draft && j.templateYear === templateYear && j.template === template && j.tag === tag && j.audit === audit
    if (same(this.inFlight)) {
      this.pending = null
      return
    }
    if (!this.inFlight && this.answered && same(this.answered.job)) {
      this.pending = null
      this.onResult(this.answered.result, tag)
      return
    }
    this.pending = { draft, templateYear, catalog: template.catalog, template, audit, tag }
    if (!this.inFlight) this.send()
  }

  private send(): void {
    const job = this.pending
    if (!job) return
    this.pending = null
    this.seq += 1
    const newTemplate = this.held?.template !== job.template
    const reset = this.held === null || newTemplate
    const message: AnalysisRequest = { seq: this.seq, templateYear: job.templateYear, reset, patch: diffDraft(reset ? undefined : this.held?.draft, job.draft), audit: job.audit }
    if (newTemplate) {
      message.catalog = job.template.catalog
      message.glossary = job.template.glossary
    }
    this.worker.postMessage(message)
    this.held = { draft: job.draft, template: job.template }
    this.inFlight = { ...job, seq: this.seq }
  }

  private receive(reply: AnalysisReply): void {
    const job = this.inFlight
    if (!job || reply.seq !== job.seq) return
    this.inFlight = null
    if ('error' in reply) {
      // The worker dropped its copy: the next request starts it afresh.
      this.held = null
      this.answered = null
      this.onFailure(reply.error)
    } else {
      const result = replyAnalysis(job, reply)
      this.answered = { job, result }
      this.onResult(result, job.tag)
    }
    this.send()
  }
}
