import { mkdtemp, mkdir, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { appProtocolAnswer } from './app-protocol'
import { contentTypeFor, resolveStaticPath } from './static-files'

let root: string
beforeAll(async () => {
  root = await mkdtemp(join(tmpdir(), 'static-'))
  await mkdir(join(root, 'assets'))
  await writeFile(join(root, 'index.html'), '<!doctype html>')
  await writeFile(join(root, 'assets', 'app.js'), 'console.log(1)')
})
afterAll(async () => {
  await rm(root, { recursive: true, force: true })
})

describe('static files', () => {
  it('maps URL paths into the root', () => {
    expect(resolveStaticPath(root, '/')).toBe(join(root, 'index.html'))
    expect(resolveStaticPath(root, '/assets/app.js')).toBe(join(root, 'assets', 'app.js'))
    expect(resolveStaticPath(root, '/assets/%E4%B8%AD.js')).toBe(join(root, 'assets', '中.js'))
  })

  it('never leaves the root', () => {
    for (const p of ['/../package.json', '/%2e%2e/package.json', '/assets/../../x', '/..%2fx', '/%2e%2e%5cx', '/a%00.js', '/C:/Windows', '/%E4%B8', '/./index.html']) {
      expect(resolveStaticPath(root, p), p).toBeUndefined()
    }
  })

  it('knows the content types the build produces', () => {
    expect(contentTypeFor('a.js')).toBe('text/javascript; charset=utf-8')
    expect(contentTypeFor('a.HTML')).toBe('text/html; charset=utf-8')
    expect(contentTypeFor('a.unknown')).toBe('application/octet-stream')
  })
})

describe('app:// protocol', () => {
  it('serves the renderer with the CSP and nosniff', async () => {
    const a = await appProtocolAnswer('app://bundle/index.html', root)
    expect(a.status).toBe(200)
    expect(a.headers['Content-Security-Policy']).toContain("script-src 'self'")
    expect(a.headers['X-Content-Type-Options']).toBe('nosniff')
    expect(a.headers['Content-Type']).toBe('text/html; charset=utf-8')
    expect(new TextDecoder().decode(a.body)).toBe('<!doctype html>')
  })

  it('answers 404 for other hosts, escapes and missing files, still with the CSP', async () => {
    for (const url of ['app://other/index.html', 'app://bundle/../../etc/passwd', 'app://bundle/%2e%2e/x', 'app://bundle/missing.js', 'not a url']) {
      const a = await appProtocolAnswer(url, root)
      expect(a.status, url).toBeGreaterThanOrEqual(400)
      expect(a.headers['Content-Security-Policy']).toBeDefined()
    }
  })
})
