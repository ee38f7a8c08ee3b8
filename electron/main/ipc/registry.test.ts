import fc from 'fast-check'
import { describe, expect, it, vi } from 'vitest'
import { METHODS } from '../../../core/api/contract'
import { ok } from '../../../core/api/result'
import { createRegistry, isTrustedSender, type Handlers, type SenderInfo } from './registry'

const APP = 'app://bundle'
const TOKEN = 'tok-123'
const electronSender: SenderInfo = { kind: 'electron', frameUrl: 'app://bundle/index.html', isMainFrame: true }
const webSender: SenderInfo = { kind: 'web', token: TOKEN }

function fakeHandlers(): Handlers {
  const handlers = {} as Record<string, unknown>
  for (const m of METHODS) handlers[m] = vi.fn(async () => ok({}))
  handlers['app:info'] = vi.fn(async () => ok({ version: '0.1.0', mode: 'web', supportedYears: [2026] }))
  return handlers as unknown as Handlers
}

const isChinese = (s: string) => /[\u4e00-\u9fff]/.test(s)

describe('sender check', () => {
  it('trusts only the app’s own main frame in Electron', () => {
    const trust = { appOrigin: APP }
    expect(isTrustedSender(electronSender, trust)).toBe(true)
    expect(isTrustedSender({ ...electronSender, frameUrl: 'app://bundle/deep/page.html?x#y' }, trust)).toBe(true)
    for (const frameUrl of ['https://evil.example/', 'app://bundle.evil/index.html', 'app://other/index.html', 'file:///index.html', 'http://127.0.0.1:5173/', 'about:blank', '', 'garbage']) {
      expect(isTrustedSender({ ...electronSender, frameUrl }, trust), frameUrl).toBe(false)
    }
    expect(isTrustedSender({ ...electronSender, isMainFrame: false }, trust)).toBe(false)
    expect(isTrustedSender(webSender, trust)).toBe(false)
  })

  it('trusts only this launch’s token on the web host', () => {
    const trust = { token: TOKEN }
    expect(isTrustedSender(webSender, trust)).toBe(true)
    for (const token of [undefined, '', 'tok-12', 'tok-1234', 'TOK-123']) expect(isTrustedSender({ kind: 'web', token }, trust)).toBe(false)
    expect(isTrustedSender(webSender, { token: '' })).toBe(false)
    expect(isTrustedSender(electronSender, trust)).toBe(false)
  })
})

describe('registry', () => {
  it('answers FORBIDDEN before looking at the method or payload', async () => {
    const handlers = fakeHandlers()
    const r = await createRegistry(handlers, { trust: { token: TOKEN } }).call('app:info', {}, { kind: 'web', token: 'wrong' })
    expect(r).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } })
    expect(handlers['app:info']).not.toHaveBeenCalled()
  })

  it('answers UNKNOWN_METHOD for names outside the contract, including prototype names', async () => {
    const registry = createRegistry(fakeHandlers(), { trust: { token: TOKEN } })
    for (const m of ['nope:verb', '__proto__', 'constructor', 'toString', 'hasOwnProperty', '', 42, null, { m: 1 }]) {
      const r = await registry.call(m, {}, webSender)
      expect(r, String(m)).toMatchObject({ ok: false, error: { code: 'UNKNOWN_METHOD' } })
    }
  })

  it('rejects invalid payloads with a Chinese message naming the field', async () => {
    const handlers = fakeHandlers()
    const registry = createRegistry(handlers, { trust: { appOrigin: APP } })
    const r = await registry.call('document:new', { budgetYear: 1999 }, electronSender)
    expect(r.ok).toBe(false)
    if (r.ok) return
    expect(r.error.code).toBe('INVALID_REQUEST')
    expect(r.error.message).toContain('budgetYear')
    expect(r.error.message).toContain('年度不应早于2000年')
    const deep = await registry.call('document:save', { document: { format: 'budget-disclosure', schemaVersion: 1, appVersion: '1', templateYear: 2026, savedAt: '', data: { units: [] } } }, electronSender)
    expect(deep.ok).toBe(false)
    if (!deep.ok) expect(deep.error.details).toContain('document.data.units：至少需要一个单位')
    expect(handlers['document:new']).not.toHaveBeenCalled()
    expect(handlers['document:save']).not.toHaveBeenCalled()
  })

  it('passes the parsed request to the handler and returns its Result', async () => {
    const handlers = fakeHandlers()
    const r = await createRegistry(handlers, { trust: { token: TOKEN } }).call('app:setDirty', { dirty: true, extra: 'dropped' }, webSender)
    expect(r).toEqual({ ok: true, value: {} })
    expect(handlers['app:setDirty']).toHaveBeenCalledWith({ dirty: true })
  })

  it('turns a throwing handler into INTERNAL with a Chinese message', async () => {
    const handlers = fakeHandlers()
    handlers['app:info'] = async () => {
      throw new Error('boom')
    }
    const r = await createRegistry(handlers, { trust: { token: TOKEN }, log: () => undefined }).call('app:info', {}, webSender)
    expect(r).toMatchObject({ ok: false, error: { code: 'INTERNAL', details: ['boom'] } })
    if (!r.ok) expect(isChinese(r.error.message)).toBe(true)
  })

  it('validates responses against the contract when asked (tests)', async () => {
    const handlers = fakeHandlers()
    handlers['app:info'] = async () => ok({ version: 1 } as never)
    const r = await createRegistry(handlers, { trust: { token: TOKEN }, validateResponses: true, log: () => undefined }).call('app:info', {}, webSender)
    expect(r).toMatchObject({ ok: false, error: { code: 'INTERNAL' } })
  })

  it('never throws and always answers a Result, whatever arrives', async () => {
    const registry = createRegistry(fakeHandlers(), { trust: { token: TOKEN, appOrigin: APP }, log: () => undefined })
    const method = fc.oneof(fc.constantFrom(...METHODS), fc.string(), fc.anything())
    const sender = fc.oneof(
      fc.constant(webSender),
      fc.constant(electronSender),
      fc.record({ kind: fc.constantFrom('web', 'electron', 'other'), token: fc.option(fc.string()), frameUrl: fc.string(), isMainFrame: fc.boolean() }),
      fc.anything(),
    )
    await fc.assert(
      fc.asyncProperty(method, fc.anything({ withObjectString: true, withNullPrototype: true, maxDepth: 4 }), sender, async (m, payload, s) => {
        const r = await registry.call(m, payload, s as SenderInfo)
        expect(typeof r.ok).toBe('boolean')
        if (!r.ok) {
          expect(['FORBIDDEN', 'UNKNOWN_METHOD', 'INVALID_REQUEST']).toContain(r.error.code)
          expect(isChinese(r.error.message)).toBe(true)
        }
      }),
      { numRuns: 1500 },
    )
  })
})
