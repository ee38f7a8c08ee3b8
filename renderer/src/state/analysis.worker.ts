// The live analysis off the UI thread: the same analyzeDraft as before, on the worker's own copy of
// the draft, which each message patches (draft-patch.ts) so unchanged rows keep their identity and
// the incremental caches stay warm. Only findings and input issues go back: the derivation, when a
// step shows it, is re-derived on the page from the same draft (see live-analysis.ts).
import { z } from 'zod'
import type { Catalog } from '../../../core/catalogs/types'
import type { DocumentData } from '../../../core/model/document-data'
import { analyzeDraft } from './analyze-draft'
import { applyDraftPatch } from './draft-patch'
import type { AnalysisReply, AnalysisRequest } from './live-analysis'

// zod's own messages in Chinese, as on the page (main.tsx).
z.config(z.locales.zhCN())

let draft: unknown
let catalog: Catalog | undefined

function answer(m: AnalysisRequest): AnalysisReply {
  if (m.catalog) catalog = m.catalog
  draft = applyDraftPatch(m.reset ? undefined : draft, m.patch)
  if (!catalog) return { seq: m.seq, error: 'no catalog' }
  const r = analyzeDraft(draft as DocumentData, m.templateYear, catalog)
  return { seq: m.seq, findings: r.findings, coreFindings: r.analysis?.findings ?? null, issues: r.validated.issues, indexMaps: r.validated.indexMaps }
}

self.onmessage = (e: MessageEvent<AnalysisRequest>) => {
  let reply: AnalysisReply
  try {
    reply = answer(e.data)
  } catch (err) {
    draft = undefined
    reply = { seq: e.data.seq, error: err instanceof Error ? err.message : String(err) }
  }
  self.postMessage(reply)
}
