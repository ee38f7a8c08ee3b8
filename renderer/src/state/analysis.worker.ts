// The live analysis off the UI thread: the same analyzeDraft and 发布前体检 (inspectDraft) as on the
// page, on the worker's own copy of the draft, which each message patches (draft-patch.ts) so
// unchanged rows keep their identity and the incremental caches stay warm. Findings, input issues
// and the 体检 go back: the derivation, when a step shows it, is re-derived on the page from the
// same draft (see live-analysis.ts).
import { z } from 'zod'
import type { Catalog } from '../../../core/catalogs/types'
import type { DocumentData } from '../../../core/model/document-data'
import { analyzeDraft } from './analyze-draft'
import { applyDraftPatch } from './draft-patch'
import { inspectDraft } from './live-inspection'
import type { AnalysisReply, AnalysisRequest } from './live-analysis'
import { warmUpDrafts } from './warm-up'

// zod's own messages in Chinese, as on the page (main.tsx).
z.config(z.locales.zhCN())

let draft: unknown
let catalog: Catalog | undefined
let glossary: string[] = []

function answer(m: AnalysisRequest): AnalysisReply {
  if (m.catalog) catalog = m.catalog
  if (m.glossary) glossary = m.glossary
  draft = applyDraftPatch(m.reset ? undefined : draft, m.patch)
  if (!catalog) return { seq: m.seq, error: 'no catalog' }
  const r = analyzeDraft(draft as DocumentData, m.templateYear, catalog)
  const inspected = inspectDraft(r, draft as DocumentData, { year: m.templateYear, catalog, glossary }, m.audit)
  return {
    seq: m.seq,
    findings: r.findings,
    coreFindings: r.analysis?.findings ?? null,
    issues: r.validated.issues,
    indexMaps: r.validated.indexMaps,
    inspected,
  }
}

// After a document's first analysis, a warm-up (warm-up.ts) once the worker has been idle a moment;
// a request that comes first cancels it, one that comes during it waits for it (a few analyses).
let warmUp: ReturnType<typeof setTimeout> | undefined
const WARM_UP_AFTER_MS = 300

function scheduleWarmUp(m: AnalysisRequest): void {
  const opened = draft as DocumentData
  warmUp = setTimeout(() => {
    warmUp = undefined
    // The warm-up runs in one task: no request can come between its analyses.
    if (!catalog || draft !== opened) return
    const template = { year: m.templateYear, catalog, glossary }
    try {
      for (const d of warmUpDrafts(opened)) {
        const r = analyzeDraft(d, m.templateYear, catalog)
        inspectDraft(r, d, template, m.audit)
      }
    } catch {
      // Only a warm-up: the next request analyses as always.
    }
  }, WARM_UP_AFTER_MS)
}

self.onmessage = (e: MessageEvent<AnalysisRequest>) => {
  clearTimeout(warmUp)
  let reply: AnalysisReply
  try {
    reply = answer(e.data)
    if (e.data.reset) scheduleWarmUp(e.data)
  } catch (err) {
    draft = undefined
    reply = { seq: e.data.seq, error: err instanceof Error ? err.message : String(err) }
  }
  self.postMessage(reply)
}
