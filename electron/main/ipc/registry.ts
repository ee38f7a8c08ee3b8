// The one entry point for every IPC and HTTP call: sender check → method lookup → zod parse →
// handler → Result (architecture rule 7). It never throws: whatever a renderer sends, the answer is
// a Result with a Chinese message.
import { timingSafeEqual } from 'node:crypto'
import type { z } from 'zod'
import { CONTRACT, type Method, type ResponseOf } from '../../../core/api/contract'
import { err, type Result } from '../../../core/api/result'
import { formatPath } from '../../../core/document/envelope'

export type RequestOf<M extends Method> = z.output<(typeof CONTRACT)[M]['request']>
export type Handler<M extends Method> = (request: RequestOf<M>) => Promise<Result<ResponseOf<M>>>
export type Handlers = { [M in Method]: Handler<M> }

/** Who is calling: Electron's sending frame, or the web host's request token. */
export type SenderInfo = { kind: 'electron'; frameUrl: string; isMainFrame: boolean } | { kind: 'web'; token: string | undefined }

export interface Trust {
  /** Electron: the origin the app's own pages are served from (`app://bundle`). */
  appOrigin?: string
  /** Web host: this launch's token. */
  token?: string
}

export interface RegistryOptions {
  trust: Trust
  /** Tests: check every response against the contract too (INTERNAL when it does not match). */
  validateResponses?: boolean
  /** Where unexpected exceptions are logged (main's console by default). */
  log?: (message: string, error: unknown) => void
}

export interface Registry {
  call(method: unknown, payload: unknown, sender: SenderInfo): Promise<Result<unknown>>
}

const MAX_DETAILS = 20

export function isKnownMethod(method: unknown): method is Method {
  return typeof method === 'string' && Object.prototype.hasOwnProperty.call(CONTRACT, method)
}

function sameSecret(a: string, b: string): boolean {
  const x = Buffer.from(a)
  const y = Buffer.from(b)
  return x.length === y.length && timingSafeEqual(x, y)
}

export function originOf(url: string): string | undefined {
  try {
    const u = new URL(url)
    // Custom schemes report origin "null"; protocol + host identifies them.
    return u.origin !== 'null' ? u.origin : `${u.protocol}//${u.host}`
  } catch {
    return undefined
  }
}

export function isTrustedSender(sender: SenderInfo, trust: Trust): boolean {
  if (typeof sender !== 'object' || sender === null) return false
  if (sender.kind === 'electron') {
    if (!trust.appOrigin || sender.isMainFrame !== true || typeof sender.frameUrl !== 'string') return false
    return originOf(sender.frameUrl) === trust.appOrigin
  }
  if (sender.kind === 'web') {
    return typeof trust.token === 'string' && trust.token !== '' && typeof sender.token === 'string' && sameSecret(sender.token, trust.token)
  }
  return false
}

/** `请求参数有误：document.data.units[0].name：请填写单位名称` and one detail per issue. */
export function describeIssues(issues: readonly z.core.$ZodIssue[]): { message: string; details: string[] } {
  const details = issues.slice(0, MAX_DETAILS).map((i) => {
    const path = formatPath(i.path)
    return path ? `${path}：${i.message}` : i.message
  })
  if (issues.length > MAX_DETAILS) details.push(`…另有 ${issues.length - MAX_DETAILS} 处问题`)
  const more = issues.length > 1 ? `（共 ${issues.length} 处问题）` : ''
  return { message: `请求参数有误：${details[0] ?? ''}${more}`, details }
}

function describeMethod(method: unknown): string {
  return typeof method === 'string' ? method.slice(0, 80) : typeof method
}

export function createRegistry(handlers: Handlers, options: RegistryOptions): Registry {
  const log = options.log ?? ((message, error) => console.error(message, error))
  return {
    async call(method, payload, sender) {
      try {
        if (!isTrustedSender(sender, options.trust)) return err('FORBIDDEN', '请求来源不可信，已拒绝')
        if (!isKnownMethod(method)) return err('UNKNOWN_METHOD', `未知的操作：${describeMethod(method)}`)
        const spec = CONTRACT[method]
        const parsed = spec.request.safeParse(payload === undefined ? {} : payload)
        if (!parsed.success) {
          const { message, details } = describeIssues(parsed.error.issues)
          return err('INVALID_REQUEST', message, details)
        }
        const handler = handlers[method] as (request: unknown) => Promise<Result<unknown>>
        const result = await handler(parsed.data)
        if (options.validateResponses && result.ok) {
          const checked = spec.response.safeParse(result.value)
          if (!checked.success) {
            log(`response of ${method} does not match the contract`, checked.error)
            return err('INTERNAL', '程序内部错误：返回的数据不符合约定', describeIssues(checked.error.issues).details)
          }
        }
        return result
      } catch (e) {
        log(`handler ${describeMethod(method)} threw`, e)
        return err('INTERNAL', '程序内部错误，操作未完成。请重试；问题持续时请联系技术支持', [String(e instanceof Error ? e.message : e).slice(0, 500)])
      }
    },
  }
}
