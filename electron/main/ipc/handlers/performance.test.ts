import { mkdir, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import { afterEach, describe, expect, it } from 'vitest'
import { serializeDocument } from '../../../../core/document/envelope'
import { loadSample } from '../../../../tests/samples/sample-files'
import { testServices, type TestServices } from '../services.test-helpers'

let s: TestServices | undefined
afterEach(async () => {
  await s?.cleanup()
  s = undefined
})

/** Sample 004 as this year's document with its forms gone, and as last year's file in the workspace. */
async function setUp(t: TestServices) {
  const prior = loadSample('004')
  await mkdir(t.workspace, { recursive: true })
  await writeFile(join(t.workspace, '上年.ysgk.json'), serializeDocument(prior, '0.1.0', '2025-03-01T00:00:00.000Z'))
  const current = { ...prior, data: { ...prior.data, performance: { ...prior.data.performance, projectForms: prior.data.performance.projectForms.slice(0, 3) } } }
  return { prior, current }
}

describe('performance:copyFromPrior', () => {
  it('copies last year’s forms to the projects that lack one and reports the rest (web mode)', async () => {
    s = await testServices('web')
    const { prior, current } = await setUp(s)
    const r = await s.call('performance:copyFromPrior', { document: current, name: '上年.ysgk.json' })
    if (!r.ok) throw new Error(r.error.message)
    const withForms = prior.data.performance.projectForms.length
    expect(r.value.source).toEqual({ name: '上年.ysgk.json', departmentName: prior.data.department.displayName, budgetYear: 2026 })
    expect(r.value.performance.projectForms).toHaveLength(withForms)
    expect(r.value.report.kept).toHaveLength(3)
    expect(r.value.report.copied).toHaveLength(withForms - 3)
    expect(r.value.report.copied.every((c) => c.matchedBy === 'id')).toBe(true)
    // Copies carry no 填报日期 and the projects that never had a form stay unmatched.
    expect(r.value.performance.projectForms.slice(3).every((f) => f.filledAt === '')).toBe(true)
    expect(r.value.report.unmatched.length).toBe(prior.data.projects.filter((p) => !p.classified).length - withForms)
    // The session still belongs to no file: reading the prior document did not open it.
    expect(s.session.currentPath).toBeNull()
  })

  it('needs a workspace name in web mode and explains a file that is not a document', async () => {
    s = await testServices('web')
    const { current } = await setUp(s)
    expect(await s.call('performance:copyFromPrior', { document: current })).toMatchObject({ ok: false, error: { code: 'INVALID_REQUEST' } })
    await writeFile(join(s.workspace, '坏.json'), '{"format":"x"}')
    expect(await s.call('performance:copyFromPrior', { document: current, name: '坏.json' })).toMatchObject({ ok: false, error: { code: 'INVALID_DOCUMENT' } })
  })

  it('uses main’s dialog in Electron (cancel → CANCELLED)', async () => {
    let chosen: string | null = null
    s = await testServices('electron', {}, { showOpen: async () => chosen })
    const { current } = await setUp(s)
    expect(await s.call('performance:copyFromPrior', { document: current })).toMatchObject({ ok: false, error: { code: 'CANCELLED' } })
    chosen = join(s.workspace, '上年.ysgk.json')
    const r = await s.call('performance:copyFromPrior', { document: current, overwrite: true })
    expect(r.ok && r.value.report.kept).toEqual([])
  })
})

describe('template:indicators', () => {
  it('returns the year’s parsed indicator library, the nearest edition for other years', async () => {
    s = await testServices('web')
    const r = await s.call('template:indicators', { year: 2026 })
    if (!r.ok) throw new Error(r.error.message)
    expect(r.value.year).toBe(2026)
    expect(r.value.entries.length).toBeGreaterThan(50)
    expect(r.value.entries[0]).toMatchObject({ origin: 'template', indicator: { level1: 'output', level2: 'quantity' } })
    const later = await s.call('template:indicators', { year: 2030 })
    expect(later.ok && later.value.year).toBe(2027)
  })
})
