import { afterEach, describe, expect, it } from 'vitest'
import { createMainServices } from '../../services'
import { testServices, value, type TestServices } from '../services.test-helpers'

let s: TestServices | undefined
afterEach(async () => {
  await s?.cleanup()
  s = undefined
})

describe('recovery handlers', () => {
  it('nothing to recover on a clean start', async () => {
    s = await testServices('web')
    expect(value(await s.call('recovery:check', {}))).toEqual({ available: false })
  })

  it('offers the journal after a crash: the document when valid, the raw state always', async () => {
    s = await testServices('web', { now: () => new Date('2026-03-01T08:00:00.000Z') })
    const doc = value(await s.call('document:new', { budgetYear: 2026 })).document
    const state = { document: doc, drafts: { 'lines[0].amount': '12,3x' } }
    expect(value(await s.call('recovery:write', { document: state }))).toEqual({ journaledAt: '2026-03-01T08:00:00.000Z' })
    // a new launch (after a crash) reads the same app data folder
    const restarted = await createMainServices({ mode: 'web', appDataDir: s.appData, workspace: s.workspace, trust: { token: 't' }, overrides: { validateResponses: true } })
    const check = await restarted.registry.call('recovery:check', {}, { kind: 'web', token: 't' })
    expect(check).toMatchObject({ ok: true, value: { available: true, journaledAt: '2026-03-01T08:00:00.000Z', state, document: doc } })
  })

  it('restoring re-binds the file the journal belonged to', async () => {
    s = await testServices('web')
    const doc = value(await s.call('document:new', { budgetYear: 2026 })).document
    value(await s.call('document:saveAs', { document: doc, name: '在编' }))
    value(await s.call('recovery:write', { document: { partial: true } }))
    s.session.currentPath = null
    const check = value(await s.call('recovery:check', {}))
    expect(check).toMatchObject({ available: true, documentName: '在编.ysgk.json', state: { partial: true } })
    expect(check.document).toBeUndefined()
    expect(value(await s.call('recovery:restore', {}))).toEqual({ ref: { name: '在编.ysgk.json', location: '工作文件夹' } })
    expect(s.session.dirty).toBe(true)
    value(await s.call('document:save', { document: doc }))
  })

  it('discard removes the journal', async () => {
    s = await testServices('web')
    value(await s.call('recovery:write', { document: { a: 1 } }))
    value(await s.call('recovery:discard', {}))
    expect(value(await s.call('recovery:check', {})).available).toBe(false)
  })
})
