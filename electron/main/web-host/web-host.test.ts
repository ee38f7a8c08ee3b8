import { mkdtemp, mkdir, rm, writeFile } from 'node:fs/promises'
import { request } from 'node:http'
import { networkInterfaces, tmpdir } from 'node:os'
import { connect } from 'node:net'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { startWebHost, type WebHost } from '.'

let dir: string
let host: WebHost

interface Reply {
  status: number
  headers: Record<string, string | string[] | undefined>
  body: string
}

function send(path: string, opts: { method?: string; headers?: Record<string, string>; body?: string | Buffer } = {}): Promise<Reply> {
  return new Promise((resolve, reject) => {
    const req = request({ host: '127.0.0.1', port: host.port, path, method: opts.method ?? 'GET', headers: { host: `127.0.0.1:${host.port}`, ...opts.headers } }, (res) => {
      const chunks: Buffer[] = []
      res.on('data', (c: Buffer) => chunks.push(c))
      res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body: Buffer.concat(chunks).toString('utf8') }))
    })
    req.on('error', reject)
    if (opts.body !== undefined) req.write(opts.body)
    req.end()
  })
}

const api = (method: string, payload: unknown, headers: Record<string, string> = {}) =>
  send(`/api/${method}`, { method: 'POST', headers: { 'content-type': 'application/json', 'x-budget-token': host.token, ...headers }, body: JSON.stringify(payload) })

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'web-host-'))
  await mkdir(join(dir, 'static', 'assets'), { recursive: true })
  await writeFile(join(dir, 'static', 'index.html'), '<!doctype html><title>预算</title>')
  await writeFile(join(dir, 'static', 'assets', 'app.js'), 'console.log(1)')
  await writeFile(join(dir, 'secret.txt'), 'secret')
  host = await startWebHost({ port: 0, host: '127.0.0.1', workspace: join(dir, 'ws'), appDataDir: join(dir, 'appdata'), staticDir: join(dir, 'static'), maxBodyBytes: 1024 * 1024, overrides: { validateResponses: true } })
})
afterAll(async () => {
  await host.close()
  await rm(dir, { recursive: true, force: true, maxRetries: 5 })
})

describe('web host', () => {
  it('gives a loopback URL with a long random token', () => {
    expect(host.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/\?token=[A-Za-z0-9_-]{32}$/)
  })

  it('serves the renderer with the CSP and nosniff', async () => {
    for (const path of ['/', '/?token=x', '/index.html', '/assets/app.js']) {
      const r = await send(path)
      expect(r.status, path).toBe(200)
      expect(r.headers['content-security-policy']).toContain("script-src 'self'")
      expect(r.headers['x-content-type-options']).toBe('nosniff')
    }
    expect((await send('/assets/app.js')).headers['content-type']).toBe('text/javascript; charset=utf-8')
  })

  it('checks the Host header (DNS rebinding)', async () => {
    expect((await send('/', { headers: { host: `localhost:${host.port}` } })).status).toBe(200)
    for (const h of ['evil.example', `evil.example:${host.port}`, '127.0.0.1', `127.0.0.1:${host.port + 1}`, `0.0.0.0:${host.port}`]) {
      const r = await send('/', { headers: { host: h } })
      expect(r.status, h).toBe(403)
      expect(r.headers['content-security-policy']).toBeDefined()
    }
    expect((await api('app:info', {}, { host: 'evil.example' })).status).toBe(403)
  })

  it('requires the token on the API', async () => {
    const missing = await send('/api/app:info', { method: 'POST', headers: { 'content-type': 'application/json' }, body: '{}' })
    expect(missing.status).toBe(403)
    expect(JSON.parse(missing.body)).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } })
    expect((await api('app:info', {}, { 'x-budget-token': 'wrong' })).status).toBe(403)
    const good = await api('app:info', {})
    expect(good.status).toBe(200)
    expect(JSON.parse(good.body)).toMatchObject({ ok: true, value: { mode: 'web' } })
    expect(good.headers['content-security-policy']).toBeDefined()
  })

  it('refuses a request without the token before reading its body', async () => {
    // The client declares 50 MB and sends 10 bytes: the answer must come without waiting for the rest.
    const reply = await new Promise<{ status: number; body: string }>((resolve, reject) => {
      const req = request({ host: '127.0.0.1', port: host.port, path: '/api/recovery:write', method: 'POST', headers: { host: `127.0.0.1:${host.port}`, 'content-type': 'application/json', 'content-length': String(50 * 1024 * 1024) } }, (res) => {
        const chunks: Buffer[] = []
        res.on('data', (c: Buffer) => chunks.push(c))
        res.on('end', () => resolve({ status: res.statusCode ?? 0, body: Buffer.concat(chunks).toString('utf8') }))
      })
      req.on('error', reject)
      req.write('{"document"')
    })
    expect(reply.status).toBe(403)
    expect(JSON.parse(reply.body)).toMatchObject({ ok: false, error: { code: 'FORBIDDEN', message: '请求来源不可信，已拒绝' } })
  })

  it('refuses cross-origin browser requests, wrong verbs, wrong types, bad JSON and large bodies', async () => {
    expect((await api('app:info', {}, { origin: 'http://evil.example' })).status).toBe(403)
    expect((await api('app:info', {}, { origin: `http://127.0.0.1:${host.port}` })).status).toBe(200)
    expect((await send('/api/app:info')).status).toBe(405)
    expect((await send('/api/app:info', { method: 'POST', headers: { 'content-type': 'text/plain', 'x-budget-token': host.token }, body: '{}' })).status).toBe(415)
    const bad = await send('/api/app:info', { method: 'POST', headers: { 'content-type': 'application/json', 'x-budget-token': host.token }, body: '{nope' })
    expect(bad.status).toBe(400)
    expect(JSON.parse(bad.body)).toMatchObject({ ok: false, error: { code: 'INVALID_REQUEST' } })
    const big = await send('/api/recovery:write', { method: 'POST', headers: { 'content-type': 'application/json', 'x-budget-token': host.token }, body: JSON.stringify({ document: 'x'.repeat(2 * 1024 * 1024) }) })
    expect(big.status).toBe(413)
    expect((await send('/', { method: 'POST' })).status).toBe(405)
  })

  it('answers unknown methods and invalid payloads as Results', async () => {
    const unknown = await api('nope:verb', {})
    expect(unknown.status).toBe(404)
    expect(JSON.parse(unknown.body)).toMatchObject({ ok: false, error: { code: 'UNKNOWN_METHOD' } })
    const invalid = await api('document:new', { budgetYear: 'x' })
    expect(invalid.status).toBe(200)
    expect(JSON.parse(invalid.body)).toMatchObject({ ok: false, error: { code: 'INVALID_REQUEST' } })
  })

  it('runs the real handlers: new → save-as → list in the workspace', async () => {
    const created = JSON.parse((await api('document:new', { budgetYear: 2026, departmentName: '示例局' })).body)
    const saved = JSON.parse((await api('document:saveAs', { document: created.value.document, name: '示例' })).body)
    expect(saved).toMatchObject({ ok: true, value: { ref: { name: '示例.ysgk.json' } } })
    const listed = JSON.parse((await api('document:list', {})).body)
    expect(listed.value.files.map((f: { name: string }) => f.name)).toEqual(['示例.ysgk.json'])
  })

  it('never serves files outside the renderer folder', async () => {
    for (const path of ['/../secret.txt', '/%2e%2e/secret.txt', '/assets/..%2f..%2fsecret.txt', '/..%5csecret.txt']) {
      const r = await send(path)
      expect(r.status, path).toBe(404)
      expect(r.body).not.toContain('secret')
    }
  })

  it('listens on 127.0.0.1 only', async () => {
    await expect(startWebHost({ port: 0, host: '0.0.0.0' as '127.0.0.1', workspace: join(dir, 'ws'), appDataDir: join(dir, 'appdata'), staticDir: dir })).rejects.toThrow()
    const external = Object.values(networkInterfaces())
      .flat()
      .find((i) => i && i.family === 'IPv4' && !i.internal)?.address
    if (!external) return
    const refused = await new Promise<boolean>((resolve) => {
      const socket = connect({ host: external, port: host.port })
      socket.once('connect', () => {
        socket.destroy()
        resolve(false)
      })
      socket.once('error', () => resolve(true))
    })
    expect(refused).toBe(true)
  })

  it('shows a Chinese hint when the renderer is not built', async () => {
    const bare = await startWebHost({ port: 0, workspace: join(dir, 'ws2'), appDataDir: join(dir, 'appdata2'), staticDir: join(dir, 'missing') })
    try {
      const r = await new Promise<Reply>((resolve, reject) => {
        request({ host: '127.0.0.1', port: bare.port, path: '/' }, (res) => {
          let body = ''
          res.on('data', (c) => (body += String(c)))
          res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body }))
        })
          .on('error', reject)
          .end()
      })
      expect(r.status).toBe(503)
      expect(r.body).toContain('npm run build')
    } finally {
      await bare.close()
    }
  })
})
