// The loader never crashes and never half-loads (domain-core issue §9): a thousand mutations of the
// samples (wrong types, huge numbers, truncation) either load completely (and then derive and check
// without throwing) or are refused with a Chinese message; a 100 MB file is refused unread.
import fc from 'fast-check'
import { mkdtempSync, readFileSync, rmSync, statSync, truncateSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { loadDocument } from '../../core/document/envelope'
import { analyze } from '../../core/rules/analyze'
import { MAX_DOCUMENT_BYTES, readDocumentAt } from '../../electron/main/documents/document-io'
import { faultyFs } from '../../electron/main/documents/fault-fs.test-helpers'
import { nodeFs } from '../../electron/main/documents/fs-layer'
import { readDocumentFile } from '../../electron/main/documents/read-document'
import { catalogFor } from '../builders/catalog'
import { SAMPLE_FILES } from '../samples/sample-files'
import { mutate, paths, type Json } from './json-mutation'

const weird: Json[] = [null, -1, 0, 1.5, 1e300, '', '-3.00', '1.234', 'x', [], {}, true, '2010301', 'u1', '９９', '\u0000', '😀', '𠮷']
/** Huge numbers, as numbers and as amounts: past the safe integers, past 10^13 元, past double range. */
const huge: Json[] = [1e21, Number.MAX_SAFE_INTEGER + 2, -1e308, Number.MAX_VALUE, 2 ** 31, '9999999999999.99', '10000000000000.00', '99999999999999999999.99', '1e400', '1e21', '0.000000001']

describe('loader fuzz', () => {
  const texts = Object.values(SAMPLE_FILES).map((f) => readFileSync(f, 'utf8'))
  const docs = texts.map((t) => JSON.parse(t) as Json)
  const allPaths = docs.map((d) => paths(d))

  function check(text: string): void {
    expect(() => loadDocument(text)).not.toThrow()
    const r = loadDocument(text)
    if (r.ok) {
      const { data, templateYear } = r.document
      expect(() => analyze(data, catalogFor(templateYear))).not.toThrow()
    } else {
      expect(r.message).toMatch(/[\u4e00-\u9fff]/)
      expect((r as { document?: unknown }).document).toBeUndefined()
    }
  }

  it('survives a thousand structural mutations of the samples', () => {
    fc.assert(
      fc.property(fc.nat({ max: docs.length - 1 }), fc.nat(), fc.nat({ max: 2 }), fc.constantFrom(...weird, ...huge), (d, p, op, value) => {
        const ps = allPaths[d] as (string | number)[][]
        check(JSON.stringify(mutate(docs[d] as Json, ps[p % ps.length] as (string | number)[], op, value)))
      }),
      { numRuns: 700, seed: 20260101 },
    )
  })

  it('survives truncated and corrupted text', () => {
    fc.assert(
      fc.property(fc.nat({ max: texts.length - 1 }), fc.nat(), fc.string({ maxLength: 3 }), (d, pos, junk) => {
        const t = texts[d] as string
        const at = pos % t.length
        check(t.slice(0, at))
        check(t.slice(0, at) + junk + t.slice(at + 1))
      }),
      { numRuns: 150, seed: 20260102 },
    )
  })

  it('refuses amounts whose total no longer fits, instead of crashing the derivation', () => {
    const raw = docs[2] as { data: { lines: { amount: string }[] } }
    const atLimit = structuredClone(raw)
    atLimit.data.lines.forEach((l, i) => (l.amount = i === 0 ? '9999999999999.99' : '0.00'))
    check(JSON.stringify(atLimit))
    expect(loadDocument(JSON.stringify(atLimit)).ok).toBe(true)
    const over = structuredClone(raw)
    over.data.lines.forEach((l) => (l.amount = '9999999999999.99'))
    check(JSON.stringify(over))
    const r = loadDocument(JSON.stringify(over))
    expect(r.ok ? '' : r.message).toContain('预算行金额合计超过10万亿元')
  })

  it('refuses numbers JSON turns into Infinity and deeply nested values with a message', () => {
    const text = texts[2] as string
    for (const bad of [text.replace(/"budgetYear": \d+/, '"budgetYear": 1e400'), text.replace(/"vehicleQuota": \d+/, '"vehicleQuota": -1e400'), text.replace(/"units": \[/, `"units": ${'['.repeat(100_000)}${']'.repeat(100_000)}, "x": [`)]) {
      expect(bad).not.toBe(text)
      check(bad)
      expect(loadDocument(bad).ok).toBe(false)
    }
  })
})

describe('file size limit', () => {
  let dir: string
  beforeAll(() => {
    dir = mkdtempSync(join(tmpdir(), 'loader-size-'))
  })
  afterAll(() => rmSync(dir, { recursive: true, force: true, maxRetries: 5 }))

  it('refuses a 100 MB file before reading it, in the app and in the CLI', async () => {
    const file = join(dir, '巨大.ysgk.json')
    // A sparse file: 100 MB on paper, nothing on disk; the limit is checked on the size alone.
    writeFileSync(file, '{"format":"budget-disclosure"')
    truncateSync(file, 100 * 1024 * 1024)
    expect(statSync(file).size).toBeGreaterThan(MAX_DOCUMENT_BYTES)
    const fs = faultyFs(nodeFs, () => undefined)
    const app = await readDocumentAt(fs, file)
    expect(app.ok ? '' : app.error.message).toContain('文件过大（100 MB')
    expect(fs.calls.some((c) => c.op === 'readFile')).toBe(false)
    const cli = await readDocumentFile(file)
    expect(cli.ok ? '' : cli.message).toContain('文件过大（100 MB')
  })
})
