// One HTTP request of the web host: Host check → static file or `POST /api/<method>` → JSON Result.
// The protocol is described at the top of index.ts.
import { timingSafeEqual } from 'node:crypto'
import { readFile, stat } from 'node:fs/promises'
import type { IncomingMessage, ServerResponse } from 'node:http'
import { err, type Result } from '../../../core/api/result'
import type { Registry } from '../ipc/registry'
import { SECURITY_HEADERS } from '../security'
import { contentTypeFor, resolveStaticPath } from '../static-files'

export const TOKEN_HEADER = 'x-budget-token'
export const API_PREFIX = '/api/'

export interface HostContext {
  port: number
  token: string
  staticDir: string
  registry: Registry
  maxBodyBytes: number
}

/** `127.0.0.1:<port>` or `localhost:<port>`, nothing else: a rebinding DNS name is refused. */
export function isAllowedHost(hostHeader: string | undefined, port: number): boolean {
  if (!hostHeader) return false
  const h = hostHeader.toLowerCase()
  return h === `127.0.0.1:${port}` || h === `localhost:${port}`
}

/** A browser sends Origin on POST; when present it must be this host. */
export function isAllowedOrigin(origin: string | undefined, port: number): boolean {
  if (origin === undefined) return true
  return origin === `http://127.0.0.1:${port}` || origin === `http://localhost:${port}`
}

function send(res: ServerResponse, status: number, body: string | Buffer, contentType: string, extra: Record<string, string> = {}): void {
  res.writeHead(status, { ...SECURITY_HEADERS, 'Content-Type': contentType, 'Content-Length': String(Buffer.byteLength(body)), 'Cache-Control': 'no-store', ...extra })
  res.end(body)
}

function sendResult(res: ServerResponse, status: number, result: Result<unknown>): void {
  send(res, status, JSON.stringify(result), 'application/json; charset=utf-8')
}

const NOT_BUILT_PAGE = `<!doctype html><html lang="zh-CN"><head><meta charset="utf-8"><title>预算公开编制助手</title></head><body><p>界面尚未构建。请在项目文件夹中运行 <code>npm run build</code> 后刷新本页。</p></body></html>`

async function serveStatic(req: IncomingMessage, res: ServerResponse, ctx: HostContext, pathname: string): Promise<void> {
  const path = resolveStaticPath(ctx.staticDir, pathname)
  const head = req.method === 'HEAD'
  if (!path) return send(res, 404, head ? '' : '找不到', 'text/plain; charset=utf-8')
  try {
    const st = await stat(path)
    if (!st.isFile()) throw Object.assign(new Error('not a file'), { code: 'EISDIR' })
    const body = head ? Buffer.alloc(0) : await readFile(path)
    res.writeHead(200, { ...SECURITY_HEADERS, 'Content-Type': contentTypeFor(path), 'Content-Length': String(st.size), 'Cache-Control': path.endsWith('.html') ? 'no-store' : 'no-cache' })
    res.end(body)
  } catch {
    if (pathname === '/' || pathname === '/index.html') return send(res, 503, head ? '' : NOT_BUILT_PAGE, 'text/html; charset=utf-8')
    send(res, 404, head ? '' : '找不到', 'text/plain; charset=utf-8')
  }
}

/** Constant-time: the answer's timing tells nothing about how much of the token was right. */
export function isValidToken(given: string | string[] | undefined, token: string): boolean {
  if (typeof given !== 'string') return false
  const a = Buffer.from(given)
  const b = Buffer.from(token)
  return a.length === b.length && timingSafeEqual(a, b)
}

/** The request body, or undefined once it exceeds `limit` (the connection is then answered 413). */
function readBody(req: IncomingMessage, limit: number): Promise<Buffer | undefined> {
  return new Promise((resolve, reject) => {
    const declared = Number(req.headers['content-length'] ?? '0')
    if (declared > limit) return resolve(undefined)
    const chunks: Buffer[] = []
    let size = 0
    req.on('data', (chunk: Buffer) => {
      size += chunk.length
      if (size > limit) {
        req.removeAllListeners('data')
        req.resume()
        resolve(undefined)
        return
      }
      chunks.push(chunk)
    })
    req.on('end', () => resolve(Buffer.concat(chunks)))
    req.on('error', reject)
  })
}

async function serveApi(req: IncomingMessage, res: ServerResponse, ctx: HostContext, method: string): Promise<void> {
  if (req.method !== 'POST') return sendResult(res, 405, err('INVALID_REQUEST', '接口只接受 POST 请求'))
  const token = req.headers[TOKEN_HEADER]
  const sender = { kind: 'web' as const, token: typeof token === 'string' ? token : undefined }
  // Origin and token before a byte of the body is read: an unauthenticated request costs no memory.
  // `Connection: close` drops whatever body the client still sends.
  if (!isAllowedOrigin(req.headers.origin, ctx.port) || !isValidToken(token, ctx.token)) {
    res.setHeader('Connection', 'close')
    return sendResult(res, 403, err('FORBIDDEN', '请求来源不可信，已拒绝'))
  }
  const contentType = (req.headers['content-type'] ?? '').split(';')[0]?.trim().toLowerCase()
  if (contentType !== 'application/json') return sendResult(res, 415, err('INVALID_REQUEST', '请求应为 JSON（Content-Type: application/json）'))
  const body = await readBody(req, ctx.maxBodyBytes)
  if (!body) return sendResult(res, 413, err('INVALID_REQUEST', `请求过大（超过 ${Math.round(ctx.maxBodyBytes / 1048576)} MB）`))
  let payload: unknown
  try {
    payload = body.length === 0 ? {} : JSON.parse(body.toString('utf8'))
  } catch {
    return sendResult(res, 400, err('INVALID_REQUEST', '请求内容不是有效的 JSON'))
  }
  const result = await ctx.registry.call(method, payload, sender)
  const status = result.ok ? 200 : result.error.code === 'FORBIDDEN' ? 403 : result.error.code === 'UNKNOWN_METHOD' ? 404 : 200
  sendResult(res, status, result)
}

export async function handleRequest(req: IncomingMessage, res: ServerResponse, ctx: HostContext): Promise<void> {
  try {
    if (!isAllowedHost(req.headers.host, ctx.port)) return send(res, 403, '主机名不正确，已拒绝', 'text/plain; charset=utf-8')
    const url = new URL(req.url ?? '/', `http://127.0.0.1:${ctx.port}`)
    if (url.pathname.startsWith(API_PREFIX)) {
      let method: string
      try {
        method = decodeURIComponent(url.pathname.slice(API_PREFIX.length))
      } catch {
        return sendResult(res, 404, err('UNKNOWN_METHOD', '未知的操作'))
      }
      return await serveApi(req, res, ctx, method)
    }
    if (req.method !== 'GET' && req.method !== 'HEAD') return send(res, 405, '不支持的请求方法', 'text/plain; charset=utf-8', { Allow: 'GET, HEAD' })
    await serveStatic(req, res, ctx, url.pathname)
  } catch {
    if (!res.headersSent) sendResult(res, 500, err('INTERNAL', '程序内部错误'))
    else res.destroy()
  }
}
