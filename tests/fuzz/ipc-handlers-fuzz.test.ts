// Every handler of the IPC contract, behind the real registry and services (web mode, temporary
// folders), gets random payloads: junk of any shape, the right keys with random values, and valid
// payloads with one mutation. Whatever arrives, the answer is a Result; a refusal is a Chinese
// message, never INTERNAL (a handler that threw or answered outside the contract); nothing is
// written outside the workspace and the app-data folder. The registry's own fuzz (sender, method
// names) uses fake handlers; this one reaches the handlers.
import fc from 'fast-check'
import { readdir, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { METHODS, type Method } from '../../core/api/contract'
import type { BudgetDocument } from '../../core/document/envelope'
import type { ExportWriter } from '../../electron/main/export'
import { testServices, type TestServices } from '../../electron/main/ipc/services.test-helpers'
import { mutate, paths, type Json } from './json-mutation'

const RUNS_PER_METHOD = 60

/** Exports write a small file instead of rendering: the handler's logic is what is fuzzed here. */
const quickWriter =
  (ext: string): ExportWriter =>
  async (req) => {
    const file = join(req.outDir, `${req.baseName}.${ext}`)
    await writeFile(file, ext)
    req.onProgress?.(1, 1, file)
    return [file]
  }

let s: TestServices
let doc: BudgetDocument

/** A valid payload per method, the seed of the mutations; a method not listed here is seeded with `{}`. */
function validPayload(method: Method): Json {
  const document = doc as unknown as Json
  const payloads: Partial<Record<Method, Json>> = {
    'app:info': {},
    'app:about': {},
    'app:setDirty': { dirty: true },
    'app:closeConfirmed': {},
    'template:get': { year: 2026 },
    'document:new': { budgetYear: 2026, departmentName: '模糊测试局' },
    'document:list': {},
    'document:open': { name: '已保存.ysgk.json' },
    'document:recent': {},
    'document:openRecent': { id: 'abc' },
    'document:takePending': {},
    'document:openSample': { id: '004' },
    'document:save': { document },
    'document:saveAs': { document, name: '另存' },
    'recovery:write': { document: { edit: 1, document } },
    'recovery:check': {},
    'recovery:restore': {},
    'recovery:discard': {},
    'export:run': { document, formats: ['json', 'xlsx'] },
    'export:progress': {},
    'export:openFolder': {},
    'export:download': { file: '模糊测试局.xlsx' },
    'workspace:upload': { kind: 'attachment', name: '附件.pdf', base64: Buffer.from('%PDF-1.4\n%%EOF\n').toString('base64') },
  }
  return payloads[method] ?? {}
}

const junk = fc.anything({ withObjectString: true, withNullPrototype: true, withBigInt: false, maxDepth: 3 }) as fc.Arbitrary<Json>
const values: Json[] = [null, -1, 0, 1e21, '', '../../etc/passwd', 'C:\\Windows\\x', '..', 'a/b', '\u0000', '😀𠮷', [], {}, true, 'x'.repeat(300)]

function payloads(method: Method): fc.Arbitrary<unknown> {
  const valid = validPayload(method)
  const keys = valid && typeof valid === 'object' && !Array.isArray(valid) ? Object.keys(valid) : []
  const all = paths(valid)
  return fc.oneof(
    junk,
    keys.length > 0 ? fc.record(Object.fromEntries(keys.map((k) => [k, fc.oneof(junk, fc.constantFrom(...values))]))) : junk,
    fc.tuple(fc.nat(), fc.nat({ max: 2 }), fc.oneof(fc.constantFrom(...values), junk)).map(([p, op, v]) => mutate(valid, all[p % all.length] ?? [], op, v)),
    fc.constant(valid),
  )
}

beforeAll(async () => {
  s = await testServices('web', { writers: { xlsx: quickWriter('xlsx'), pdf: quickWriter('pdf'), txt: quickWriter('txt') } })
  const created = await s.call('document:new', { budgetYear: 2026, departmentName: '模糊测试局' })
  if (!created.ok) throw new Error(created.error.message)
  doc = created.value.document
  const saved = await s.call('document:saveAs', { document: doc, name: '已保存' })
  if (!saved.ok) throw new Error(saved.error.message)
})
afterAll(() => s.cleanup())

describe('IPC handlers under random payloads', () => {
  for (const method of METHODS) {
    it(`${method}: always a Result, refusals in Chinese, never INTERNAL`, async () => {
      await fc.assert(
        fc.asyncProperty(payloads(method), async (payload) => {
          const r = await s.registry.call(method, payload, { kind: 'web', token: 'test-token' })
          expect(typeof r.ok).toBe('boolean')
          if (r.ok) return
          expect(r.error.code, `${r.error.code}: ${r.error.message} ${JSON.stringify(r.error.details ?? [])}`).not.toBe('INTERNAL')
          expect(r.error.message).toMatch(/[\u4e00-\u9fff]/)
          // An export that was refused or failed must not stay "running" and block the next one.
          expect(s.session.exportProgress.running).toBe(false)
        }),
        { numRuns: RUNS_PER_METHOD, seed: 20260501 + METHODS.indexOf(method) },
      )
    })
  }

  it('wrote nothing outside the workspace and the app-data folder', async () => {
    expect((await readdir(s.dir)).sort()).toEqual(['appdata', 'workspace'])
  })
})
