// The live analysis remembers parsed rows, rule results and rounding groups between keystrokes; these
// tests hold it to the result computed from scratch (fresh objects, fresh caches) after random edits.
import fc from 'fast-check'
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { loadDocument } from '../../../core/document/envelope'
import { DocumentData } from '../../../core/model/document-data'
import type { DocumentData as Data } from '../../../core/model/document-data'
import { catalogFor } from '../../../tests/builders/catalog'
import { randomDocument } from '../../../tests/builders/random-document'
import { analyzeDraft } from './analyze-draft'
import { createParseCaches } from './parse-cache'
import { validateDraft } from './validate-draft'
import { warmUpDrafts } from './warm-up'

const catalog = catalogFor(2026)
type Line = Data['lines'][number]

/** One edit of the kind the grids make: always a new array and new row objects for what changed. */
const editArb = fc.record({
  kind: fc.constantFrom('amount', 'bad-amount', 'code', 'remove', 'duplicate', 'rename-project', 'clear-goal', 'swap'),
  at: fc.nat(),
  fen: fc.integer({ min: 0, max: 500_000_000 }),
})

function applyEdit(d: Data, e: { kind: string; at: number; fen: number }): Data {
  const i = e.at % d.lines.length
  const line = d.lines[i] as Line
  const replace = (l: Line) => ({ ...d, lines: d.lines.map((x, k) => (k === i ? l : x)) })
  switch (e.kind) {
    case 'amount':
      return replace({ ...line, amount: (e.fen / 100).toFixed(2) })
    case 'bad-amount':
      return replace({ ...line, amount: `${e.fen}元` })
    case 'code':
      return replace({ ...line, economicCode: e.fen % 2 ? '30201' : '30101' })
    case 'remove':
      return d.lines.length > 1 ? { ...d, lines: d.lines.filter((_, k) => k !== i) } : d
    case 'duplicate':
      return { ...d, lines: [...d.lines, { ...line, id: `${line.id}-copy${e.fen}`, amount: (e.fen / 100).toFixed(2) }] }
    case 'rename-project':
      return d.projects.length ? { ...d, projects: d.projects.map((p, k) => (k === e.at % d.projects.length ? { ...p, name: `改名${e.fen}` } : p)) } : d
    case 'clear-goal': {
      const forms = d.performance.projectForms
      if (forms.length === 0) return d
      const k = e.at % forms.length
      return { ...d, performance: { ...d.performance, projectForms: forms.map((f, j) => (j === k ? { ...f, annualGoal: '' } : f)) } }
    }
    default:
      return { ...d, lines: [...d.lines.slice(i), ...d.lines.slice(0, i)] }
  }
}

function fromScratch(d: Data) {
  return analyzeDraft(structuredClone(d), 2026, catalog, createParseCaches(), true)
}

function sample(name: string): { data: Data; year: number } {
  const r = loadDocument(readFileSync(join(import.meta.dirname, '..', '..', '..', 'samples', `${name}.json`), 'utf8'))
  if (!r.ok) throw new Error(r.message)
  return { data: r.document.data, year: r.document.templateYear }
}

describe('incremental live analysis', () => {
  it.each([
    ['random documents', randomDocument, 25],
    ['sample 004 (绩效目标表 included)', fc.constant(sample('004-datong-approval-2026').data), 8],
  ] as const)('equals the analysis from scratch after every edit of a random sequence: %s', (_name, documents, numRuns) => {
    fc.assert(
      fc.property(documents, fc.array(editArb, { minLength: 1, maxLength: 12 }), (doc, edits) => {
        const caches = createParseCaches()
        let draft = doc
        analyzeDraft(draft, 2026, catalog, caches)
        for (const e of edits) {
          draft = applyEdit(draft, e)
          const live = analyzeDraft(draft, 2026, catalog, caches)
          const full = fromScratch(draft)
          expect(live.findings).toEqual(full.findings)
          expect(live.validated).toEqual(full.validated)
          expect(live.analysis?.derivation.tables).toEqual(full.analysis?.derivation.tables)
          expect(live.analysis?.derivation.lines).toEqual(full.analysis?.derivation.lines)
        }
      }),
      { numRuns },
    )
  })

  it.each(['000-xiaoyi-approval-2025', '001-xiaoyi-devzone-2024', '004-datong-approval-2026'])('checks sample %s row by row to the same data as the whole-document schema', (name) => {
    const { data, year } = sample(name)
    const v = validateDraft(data, year, createParseCaches())
    expect(v.issues).toEqual([])
    const { unitInputs: _unitInputs, selfCheckTicks: _ticks, ...rest } = data
    expect(v.data).toEqual(DocumentData.parse({ ...rest, unitInputs: [] }))
  })

  it('after an edited amount, every other part of the analysed copy and every table that does not sum the line stay the same objects', () => {
    const d = sample('004-datong-approval-2026').data
    const caches = createParseCaches()
    const before = analyzeDraft(d, 2026, catalog, caches)
    const i = d.lines.findIndex((l) => l.kind === 'project' && l.period === 'current')
    const edited = { ...d, lines: d.lines.map((l, k) => (k === i ? { ...l, amount: (Number(l.amount) + 1).toFixed(2) } : l)) }
    const after = analyzeDraft(edited, 2026, catalog, caches)
    const [was, now] = [before.validated.data, after.validated.data]
    if (!was || !now) throw new Error('sample 004 should be analysable')
    const changed = (Object.keys(now) as (keyof Data)[]).filter((k) => now[k] !== was[k])
    expect(changed).toEqual(['lines'])
    // A 当年 project line is in no table of income (表7) nor of 上年结转 projects (表13): rebuilt tables are new objects, the rest are the earlier ones.
    const [t0, t1] = [before.analysis?.derivation.tables, after.analysis?.derivation.tables]
    expect(t1?.T7).toBe(t0?.T7)
    expect(t1?.T13).toBe(t0?.T13)
    expect(t1?.T12).not.toBe(t0?.T12)
  })

  it('the worker\'s warm-up leaves the analysis of the document and of its next edits as from scratch', () => {
    const d = sample('004-datong-approval-2026').data
    const caches = createParseCaches()
    const opened = analyzeDraft(d, 2026, catalog, caches)
    const drafts = warmUpDrafts(d)
    expect(drafts.map((w) => w.lines.length)).toEqual([d.lines.length - 1, d.lines.length, d.lines.length])
    expect(drafts.at(-1)).toBe(d)
    for (const w of drafts) analyzeDraft(w, 2026, catalog, caches)
    expect(analyzeDraft(d, 2026, catalog, caches).findings).toEqual(opened.findings)
    for (const e of [
      { kind: 'bad-amount', at: 3, fen: 12 },
      { kind: 'amount', at: 3, fen: 4_500 },
      { kind: 'amount', at: 7, fen: 99 },
    ]) {
      const edited = applyEdit(d, e)
      const live = analyzeDraft(edited, 2026, catalog, caches)
      const full = fromScratch(edited)
      expect(live.findings).toEqual(full.findings)
      expect(live.analysis?.derivation.tables).toEqual(full.analysis?.derivation.tables)
    }
  })

  it('reports a cross-reference problem found without the whole-document parse, at its draft row', () => {
    const d = sample('004-datong-approval-2026').data
    const twice = { ...d, lines: [...d.lines, { ...(d.lines[0] as Line) }] }
    const v = validateDraft(twice, 2026, createParseCaches())
    expect(v.data).toBeNull()
    expect(v.issues).toEqual([{ path: ['lines', d.lines.length, 'id'], message: `预算行编号“${d.lines[0]?.id}”重复` }])
  })
})
