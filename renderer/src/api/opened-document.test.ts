import { readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { CONTRACT } from '../../../core/api/contract'
import { loadDocument } from '../../../core/document/envelope'
import { SECTION_CHECKED } from './opened-document'

const SAMPLES = join(import.meta.dirname, '..', '..', '..', 'samples')
const samples = readdirSync(SAMPLES).filter((n) => /^\d{3}-.*\.json$/.test(n))

describe('an opened document as the client checks it', () => {
  it.each(samples)('gives sample %s exactly as the full contract check does', (name) => {
    const r = loadDocument(readFileSync(join(SAMPLES, name), 'utf8'))
    if (!r.ok) throw new Error(r.message)
    const cases = [
      ['document:openSample', { document: r.document }],
      ['document:takePending', { pending: null }],
    ] as const
    for (const [method, value] of cases) {
      const wire: unknown = JSON.parse(JSON.stringify(value))
      const full = CONTRACT[method].response.parse(wire)
      expect(JSON.stringify(SECTION_CHECKED[method]?.parse(wire))).toBe(JSON.stringify(full))
    }
  })

  it('refuses what is not a document envelope, and leaves row problems to the live analysis', () => {
    const r = loadDocument(readFileSync(join(SAMPLES, samples[0] as string), 'utf8'))
    if (!r.ok) throw new Error(r.message)
    const schema = SECTION_CHECKED['document:openSample']
    expect(schema?.safeParse({ document: { ...r.document, format: 'other' } }).success).toBe(false)
    expect(schema?.safeParse({ document: { ...r.document, data: [] } }).success).toBe(false)
    const badRow = { ...r.document, data: { ...r.document.data, lines: [{ ...r.document.data.lines[0], amount: '-1' }] } }
    expect(schema?.safeParse({ document: badRow }).success).toBe(true)
    expect(CONTRACT['document:openSample'].response.safeParse({ document: badRow }).success).toBe(false)
  })
})
