import { afterEach, describe, expect, it, vi } from 'vitest'
import { testServices, type TestServices } from '../services.test-helpers'

let s: TestServices | undefined
afterEach(async () => {
  await s?.cleanup()
  s = undefined
})

describe('app and template handlers', () => {
  it('app:info tells the mode, years and (web) workspace', async () => {
    s = await testServices('web', { appVersion: '9.9.9' })
    const r = await s.call('app:info', {})
    expect(r).toMatchObject({ ok: true, value: { version: '9.9.9', mode: 'web', workspace: s.workspace } })
    if (r.ok) expect(r.value.supportedYears).toEqual(expect.arrayContaining([2024, 2025, 2026, 2027]))
  })

  it('app:setDirty and app:closeConfirmed drive the close handshake', async () => {
    s = await testServices('electron')
    const close = vi.spyOn(s.deps, 'closeWindow')
    await s.call('app:setDirty', { dirty: true })
    expect(s.session.dirty).toBe(true)
    await s.call('app:closeConfirmed', {})
    expect(s.session.dirty).toBe(false)
    expect(close).toHaveBeenCalledOnce()
  })

  it('template:get returns the year’s catalogs and glossary', async () => {
    s = await testServices('web')
    const r = await s.call('template:get', { year: 2026 })
    expect(r.ok).toBe(true)
    if (!r.ok) return
    expect(r.value.year).toBe(2026)
    expect(r.value.catalogFiles.functional).toMatch(/^code,name,level/)
    expect(r.value.glossary.length).toBeGreaterThan(0)
  })
})
