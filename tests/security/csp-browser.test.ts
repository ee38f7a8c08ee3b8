// The CSP at work in Chromium, on the real built renderer served by the web host (the same headers
// as Electron's app:// protocol): a remote script, an inline script and handler, string eval, a
// remote image, frame, object, fetch and WebSocket injected into the page are all refused with a CSP violation, and none of them
// reaches the network. The web host itself is no proxy: absolute-form and CONNECT requests for
// another host get nothing from it.
import { mkdtempSync, rmSync } from 'node:fs'
import { connect } from 'node:net'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { chromium, type Browser } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { startWebHost, type WebHost } from '../../electron/main/web-host'
import { CHROMIUM, ensureRendererBuilt, requireChromium, ROOT } from '../e2e/harness'

let dir: string
let host: WebHost
let browser: Browser

beforeAll(async () => {
  requireChromium()
  await ensureRendererBuilt()
  dir = mkdtempSync(join(tmpdir(), 'csp-browser-'))
  host = await startWebHost({ port: 0, workspace: join(dir, 'ws'), appDataDir: join(dir, 'app'), staticDir: join(ROOT, 'dist', 'renderer') })
  browser = await chromium.launch({ executablePath: CHROMIUM, headless: true, args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--no-first-run'] })
}, 300_000)
afterAll(async () => {
  await browser?.close()
  await host?.close()
  rmSync(dir, { recursive: true, force: true, maxRetries: 5 })
})

/** Injected into the page: every way to pull in remote content or run foreign code. */
const ATTACKS = `(() => {
  window.cspViolations = []
  document.addEventListener('securitypolicyviolation', (e) => window.cspViolations.push({ directive: e.effectiveDirective, blocked: e.blockedURI }))
  // Code run through DevTools (page.evaluate) may eval; a string setTimeout runs as the page.
  const add = (html) => { const t = document.createElement('template'); t.innerHTML = html; document.body.append(...t.content.childNodes) }
  const remote = document.createElement('script'); remote.src = 'http://example.com/x.js'; document.body.append(remote)
  const inline = document.createElement('script'); inline.textContent = 'window.inlineRan = true'; document.body.append(inline)
  add('<img src="http://example.com/a.png"><iframe src="http://example.com/frame"></iframe><object data="http://example.com/o.swf"></object>')
  setTimeout('window.evalRan = true', 0)
  const handler = document.createElement('button'); handler.setAttribute('onclick', 'window.handlerRan = true'); document.body.append(handler); handler.click()
  fetch('http://example.com/data').catch(() => { window.fetchFailed = true })
  try { new WebSocket('ws://example.com/socket') } catch (e) { window.socketError = String(e) }
})()`

describe('content security policy in Chromium', () => {
  it('refuses remote and inline code and remote content, and nothing reaches the network', async () => {
    const page = await browser.newPage()
    // Requests that got past the CSP reach the route (interception sits in front of the network);
    // Chromium still announces the blocked ones as requests that fail with the reason `csp`.
    const routed: string[] = []
    const failed = new Map<string, string>()
    await page.route('**/*', (route) => {
      const url = route.request().url()
      if (new URL(url).hostname === '127.0.0.1') return route.continue()
      routed.push(url)
      return route.abort()
    })
    page.on('requestfailed', (r) => failed.set(r.url(), r.failure()?.errorText ?? ''))
    await page.goto(host.url)
    await page.getByTestId('welcome').waitFor()
    await page.evaluate(ATTACKS)
    await page.waitForFunction(() => (window as unknown as { fetchFailed?: boolean }).fetchFailed === true)
    await page.waitForTimeout(300)
    const state = (await page.evaluate('({ violations: window.cspViolations, inlineRan: window.inlineRan, evalRan: window.evalRan, handlerRan: window.handlerRan })')) as {
      violations: { directive: string; blocked: string }[]
      inlineRan?: boolean
      evalRan?: boolean
      handlerRan?: boolean
    }
    const blocked = (directive: string, uri: string) => state.violations.some((v) => v.directive === directive && v.blocked.startsWith(uri))
    expect(blocked('script-src-elem', 'http://example.com/x.js')).toBe(true)
    expect(blocked('script-src-elem', 'inline')).toBe(true)
    expect(blocked('script-src', 'eval')).toBe(true)
    expect(blocked('img-src', 'http://example.com/a.png')).toBe(true)
    expect(blocked('script-src-attr', 'inline')).toBe(true)
    // Chromium reports only the origin of a blocked frame or object.
    expect(blocked('frame-src', 'http://example.com')).toBe(true)
    expect(blocked('object-src', 'http://example.com')).toBe(true)
    expect(blocked('connect-src', 'http://example.com/data')).toBe(true)
    expect(blocked('connect-src', 'ws://example.com/socket')).toBe(true)
    expect(state.inlineRan).toBeUndefined()
    expect(state.evalRan).toBeUndefined()
    expect(state.handlerRan).toBeUndefined()
    expect(routed).toEqual([])
    for (const url of ['http://example.com/x.js', 'http://example.com/a.png']) expect(failed.get(url), url).toMatch(/csp/i)
    await page.close()
  }, 120_000)
})

/** One raw HTTP request to the host, as a proxy client would send it. */
function raw(request: string): Promise<string> {
  return new Promise((resolve, reject) => {
    const socket = connect({ host: '127.0.0.1', port: host.port }, () => socket.write(request))
    let answer = ''
    socket.on('data', (d) => (answer += d.toString('utf8')))
    socket.on('end', () => resolve(answer))
    socket.on('close', () => resolve(answer))
    socket.on('error', reject)
    socket.setTimeout(5000, () => socket.destroy())
  })
}

describe('the web host serves no remote content', () => {
  it('answers an absolute-form request for another host from its own files only, and refuses CONNECT', async () => {
    const absolute = await raw(`GET http://example.com/x.js HTTP/1.1\r\nHost: 127.0.0.1:${host.port}\r\nConnection: close\r\n\r\n`)
    expect(absolute).toMatch(/^HTTP\/1\.1 404/)
    const foreignHost = await raw(`GET http://example.com/ HTTP/1.1\r\nHost: example.com\r\nConnection: close\r\n\r\n`)
    expect(foreignHost).toMatch(/^HTTP\/1\.1 403/)
    const tunnel = await raw(`CONNECT example.com:443 HTTP/1.1\r\nHost: example.com:443\r\n\r\n`)
    expect(tunnel).not.toMatch(/^HTTP\/1\.1 200/)
  })
})
