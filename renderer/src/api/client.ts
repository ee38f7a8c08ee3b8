// The only code that touches window.budgetApp (architecture: renderer/src/api/client.ts). In the
// desktop app the preload exposes `budgetApp.call`; in web mode (and the browser end-to-end tests)
// the same handlers answer `POST /api/<method>` on the local web host, authorised by the token the
// host put in the page's address. Every response is checked against the contract's schema; the
// data of a whole opened document is checked row by row by the live analysis instead (below).
import { CONTRACT, EVENTS, type BudgetAppBridge, type EventName, type EventPayload, type Method, type RequestOf, type ResponseOf } from '../../../core/api/contract'
import type { Result } from '../../../core/api/result'
import { text } from '../text/zh-CN'
import { SECTION_CHECKED } from './opened-document'

declare global {
  interface Window {
    budgetApp?: BudgetAppBridge
  }
}

const TOKEN_KEY = 'budget-app-token'

function webToken(): string {
  const fromUrl = new URLSearchParams(window.location.search).get('token')
  if (fromUrl) {
    sessionStorage.setItem(TOKEN_KEY, fromUrl)
    // Out of the address bar and the history: the tab keeps it in sessionStorage only.
    const rest = new URLSearchParams(window.location.search)
    rest.delete('token')
    const query = rest.toString()
    window.history.replaceState(window.history.state, '', `${window.location.pathname}${query ? `?${query}` : ''}${window.location.hash}`)
    return fromUrl
  }
  return sessionStorage.getItem(TOKEN_KEY) ?? ''
}

async function overHttp(method: string, payload: unknown): Promise<unknown> {
  const response = await fetch(`/api/${method}`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', 'X-Budget-Token': webToken() },
    body: JSON.stringify(payload),
  })
  return response.json()
}

function isResult(value: unknown): value is Result<unknown> {
  return typeof value === 'object' && value !== null && typeof (value as { ok?: unknown }).ok === 'boolean'
}

export function isDesktop(): boolean {
  return typeof window.budgetApp?.call === 'function'
}

export async function call<M extends Method>(method: M, request: RequestOf<M>): Promise<Result<ResponseOf<M>>> {
  let raw: unknown
  try {
    raw = isDesktop() ? await (window.budgetApp as BudgetAppBridge).call(method, request) : await overHttp(method, request)
  } catch {
    return { ok: false, error: { code: 'INTERNAL', message: text.errors.unreachable } }
  }
  if (!isResult(raw)) return { ok: false, error: { code: 'INTERNAL', message: text.errors.badResponse } }
  if (!raw.ok) return raw
  const parsed = (SECTION_CHECKED[method] ?? CONTRACT[method].response).safeParse(raw.value)
  if (!parsed.success) {
    const first = parsed.error.issues[0]
    return { ok: false, error: { code: 'INVALID_DOCUMENT', message: `${text.errors.badResponse}${first ? `（${first.path.join('.')}：${first.message}）` : ''}` } }
  }
  return { ok: true, value: parsed.data as ResponseOf<M> }
}

/** Main → renderer events (desktop only; web mode has none and polls instead). */
export function onEvent<E extends EventName>(event: E, listener: (payload: EventPayload<E>) => void): () => void {
  const bridge = window.budgetApp
  if (!bridge || typeof bridge.on !== 'function') return () => undefined
  return bridge.on(event, (payload) => {
    const parsed = EVENTS[event].safeParse(payload)
    if (parsed.success) listener(parsed.data as EventPayload<E>)
  })
}
