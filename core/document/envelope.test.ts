import { describe, expect, it } from 'vitest'
import { envelope, syntheticCarryoverDepartment } from '../../tests/builders/document-builder'
import { CURRENT_SCHEMA_VERSION, loadDocument, serializeDocument } from './envelope'

type Line = Record<string, unknown>
type RawDocument = Record<string, unknown> & { data: { lines: [Line, Line, Line, ...Line[]] } }

const good = () => JSON.parse(serializeDocument(envelope(syntheticCarryoverDepartment()), '0.1.0', '2026-01-01T00:00:00Z')) as RawDocument
const load = (v: unknown) => loadDocument(typeof v === 'string' ? v : JSON.stringify(v))

describe('loadDocument', () => {
  it('round-trips a document', () => {
    const r = load(good())
    expect(r.ok).toBe(true)
    if (r.ok) expect(r.document.data.lines).toHaveLength(5)
  })

  it('refuses malformed and truncated JSON with a Chinese message', () => {
    const text = JSON.stringify(good())
    for (const bad of ['{', text.slice(0, text.length / 2), 'null', '']) {
      const r = load(bad)
      expect(r.ok).toBe(false)
      if (!r.ok) expect(r.message).toMatch(/文件/)
    }
  })

  it('refuses a newer schemaVersion, saying which', () => {
    const r = load({ ...good(), schemaVersion: CURRENT_SCHEMA_VERSION + 1 })
    expect(r).toMatchObject({ ok: false, code: 'NEWER_VERSION' })
    if (!r.ok) expect(r.message).toContain(`文件格式版本 ${CURRENT_SCHEMA_VERSION + 1}`)
  })

  it('names the field path of an unknown unit reference', () => {
    const doc = good()
    doc.data.lines[2].unitId = 'nobody'
    const r = load(doc)
    expect(r.ok).toBe(false)
    if (!r.ok) expect(r.problems).toContainEqual({ path: 'data.lines[2].unitId', message: expect.stringContaining('不存在的单位“nobody”') })
  })

  it('refuses negative amounts and amounts finer than 分', () => {
    const doc = good()
    doc.data.lines[0].amount = '-5.00'
    doc.data.lines[1].amount = '12.345'
    const r = load(doc)
    expect(r.ok).toBe(false)
    if (!r.ok) {
      expect(r.problems).toContainEqual({ path: 'data.lines[0].amount', message: '金额“-5.00”不能为负数' })
      expect(r.problems).toContainEqual({ path: 'data.lines[1].amount', message: expect.stringContaining('精确到分以下') })
    }
  })

  it('refuses malformed codes with their location', () => {
    const doc = good()
    doc.data.lines[0].functionCode = '20103'
    const r = load(doc)
    expect(!r.ok && r.problems.some((p) => p.path === 'data.lines[0].functionCode' && p.message.includes('7位'))).toBe(true)
  })

  it('refuses a file that is not a document', () => {
    expect(load({ hello: 1 })).toMatchObject({ ok: false, code: 'NOT_A_DOCUMENT' })
    expect(load([1, 2])).toMatchObject({ ok: false, code: 'NOT_A_DOCUMENT' })
  })
})
