import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it, vi } from 'vitest'
import { loadDocument } from '../../../core/document/envelope'
import { catalogFor } from '../../../tests/builders/catalog'
import { analyzeDraft } from './analyze-draft'
import { applyDraftPatch, diffDraft } from './draft-patch'
import type { DocumentData } from '../../../core/model/document-data'
import { replyAnalysis, type AnalysisReply, type AnalysisRequest } from './live-analysis'
import { inspectDraft } from './live-inspection'
import { createParseCaches } from './parse-cache'

describe('the worker reply as the session reads it', () => {
  it('re-derives on the page exactly what the worker analysed, from a patched copy', () => {
    const r = loadDocument(readFileSync(join(import.meta.dirname, '..', '..', '..', 'samples', '004-datong-approval-2026.json'), 'utf8'))
    if (!r.ok) throw new Error(r.message)
    const catalog = catalogFor(2026)
    const before = r.document.data
    const draft = { ...before, lines: before.lines.map((l, i) => (i === 2 ? { ...l, amount: '123.45' } : l)) }
    // The worker's copy: the previous draft, cloned as postMessage would, then patched.
    const workerCopy = applyDraftPatch(structuredClone(before), structuredClone(diffDraft(before, draft))) as typeof draft
    const inWorker = analyzeDraft(workerCopy, 2026, catalog, createParseCaches())
    const reply = { seq: 1, findings: inWorker.findings, coreFindings: inWorker.analysis?.findings ?? null, issues: inWorker.validated.issues, indexMaps: inWorker.validated.indexMaps }
    const shown = replyAnalysis({ draft, templateYear: 2026, catalog }, structuredClone(reply))
    const here = analyzeDraft(draft, 2026, catalog, createParseCaches(), true)
    expect(shown.findings).toEqual(here.findings)
    expect(shown.validated.data).toEqual(here.validated.data)
    expect(shown.analysis?.derivation.tables).toEqual(here.analysis?.derivation.tables)
    expect(shown.analysis?.findings).toEqual(here.analysis?.findings)
    expect(shown.analysis).toBe(shown.analysis)
  })

  it('carries the 体检 made in the worker, equal to the one the page would make, and the page audit it belongs to', () => {
    const r = loadDocument(readFileSync(join(import.meta.dirname, '..', '..', '..', 'samples', '004-datong-approval-2026.json'), 'utf8'))
    if (!r.ok) throw new Error(r.message)
    const catalog = catalogFor(2026)
    const template = { year: 2026, catalog, glossary: ['一、基本支出：测试'] }
    const draft = { ...r.document.data, lines: r.document.data.lines.map((l, i) => (i === 1 ? { ...l, amount: '-1' } : l)) }
    const audit = { checked: 12, mismatches: [{ kind: 'cell', message: '表1 合计与导出文件不一致' }] }
    const inWorker = analyzeDraft(structuredClone(draft), 2026, catalog, createParseCaches())
    const { live, findings } = inspectDraft(inWorker, structuredClone(draft), template, structuredClone(audit), '2026-01-10')
    const reply = { seq: 1, findings: inWorker.findings, coreFindings: inWorker.analysis?.findings ?? null, issues: inWorker.validated.issues, indexMaps: inWorker.validated.indexMaps, inspected: { live, findings } }
    const shown = replyAnalysis({ draft, templateYear: 2026, catalog, audit }, structuredClone(reply))
    const here = inspectDraft(analyzeDraft(draft, 2026, catalog, createParseCaches(), true), draft, template, audit, '2026-01-10')
    expect(shown.inspected?.audit).toBe(audit)
    expect(shown.inspected?.findings).toEqual(here.findings)
    expect(shown.inspected?.live).toEqual(here.live)
    expect(here.findings.some((f) => f.location.path?.[0] === 'lines' && f.location.path[1] === 1)).toBe(true)
  })
})

describe('one analysis of a document asked for twice', () => {
  it('sends it once and gives the same answer to the second request', async () => {
    const posted: AnalysisRequest[] = []
    class FakeWorker {
      onmessage: ((e: MessageEvent<AnalysisReply>) => void) | null = null
      onerror: ((e: ErrorEvent) => void) | null = null
      postMessage(m: AnalysisRequest) {
        posted.push(m)
      }
    }
    vi.stubGlobal('Worker', FakeWorker)
    try {
      const { LiveAnalysis } = await import('./live-analysis')
      const live = new LiveAnalysis()
      const worker = (live as unknown as { worker: FakeWorker }).worker
      const seen: unknown[] = []
      live.listen((result) => seen.push(result), () => undefined)
      const catalog = catalogFor(2026)
      const template = { catalog, glossary: [] }
      const draft = { lines: [] } as unknown as DocumentData
      live.request(draft, 2026, template, 1)
      live.request(draft, 2026, template, 1)
      expect(posted).toHaveLength(1)
      worker.onmessage?.({ data: { seq: 1, findings: [], coreFindings: null, issues: [], indexMaps: {} } } as unknown as MessageEvent<AnalysisReply>)
      expect(seen).toHaveLength(1)
      live.request(draft, 2026, template, 1)
      expect(posted).toHaveLength(1)
      expect(seen).toEqual([seen[0], seen[0]])
      // Another draft is analysed as before.
      live.request({ lines: [] } as unknown as DocumentData, 2026, template, 1)
      expect(posted).toHaveLength(2)
    } finally {
      vi.unstubAllGlobals()
    }
  })
})
