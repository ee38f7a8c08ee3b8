// The loader never crashes and never half-loads (domain-core issue §9): a thousand mutations of the
// samples either load completely (and then derive and check without throwing) or are refused with
// a Chinese message.
import fc from 'fast-check'
import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { loadDocument } from '../../core/document/envelope'
import { analyze } from '../../core/rules/analyze'
import { catalogFor } from '../builders/catalog'
import { SAMPLE_FILES } from '../samples/sample-files'

type Json = null | boolean | number | string | Json[] | { [k: string]: Json }

const weird: Json[] = [null, -1, 0, 1.5, 1e300, '', '-3.00', '1.234', 'x', [], {}, true, '2010301', 'u1', '９９', '\u0000', '😀', '𠮷']

/** Every path to a value inside the document. */
function paths(v: Json, prefix: (string | number)[] = [], out: (string | number)[][] = []): (string | number)[][] {
  out.push(prefix)
  if (Array.isArray(v)) v.forEach((x, i) => paths(x, [...prefix, i], out))
  else if (v && typeof v === 'object') for (const [k, x] of Object.entries(v)) paths(x, [...prefix, k], out)
  return out
}

function mutate(doc: Json, path: (string | number)[], op: number, value: Json): Json {
  const copy = structuredClone(doc)
  if (path.length === 0) return value
  let parent = copy as Record<string | number, Json>
  for (const k of path.slice(0, -1)) parent = parent[k] as Record<string | number, Json>
  const last = path[path.length - 1] as string | number
  if (op === 0) {
    if (Array.isArray(parent)) parent.splice(last as number, 1)
    else delete parent[last]
  } else if (op === 1) parent[last] = value
  else if (Array.isArray(parent)) parent.push(structuredClone(parent[last as number] as Json))
  else parent[last] = [parent[last] as Json]
  return copy
}

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
      fc.property(fc.nat({ max: docs.length - 1 }), fc.nat(), fc.nat({ max: 2 }), fc.constantFrom(...weird), (d, p, op, value) => {
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
})
