// The browser end-to-end harness: the real main-side handlers behind the local web host (temp
// workspace and app-data folder), the built renderer, Debian's Chromium driven by playwright-core,
// and a screenshot of every step in test-artifacts/screenshots/.
import { cpSync, existsSync, mkdirSync, mkdtempSync, rmSync, statSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { dirname, join, resolve } from 'node:path'
import { fileURLToPath } from 'node:url'
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core'
import type { MainServiceOverrides } from '../../electron/main/services'
import { startWebHost, type WebHost } from '../../electron/main/web-host'
import { buildRenderer, rendererNeedsBuild } from '../../scripts/build/renderer'

export const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..')
export const CHROMIUM = '/usr/bin/chromium'
export const SCREENSHOTS = join(ROOT, 'test-artifacts', 'screenshots')
const STATIC_DIR = join(ROOT, 'dist', 'renderer')
const LAUNCH_ARGS = ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--no-first-run', '--lang=zh-CN']

/** A missing browser fails the suite with the command that installs it; it never skips. */
export function requireChromium(): void {
  if (!existsSync(CHROMIUM)) {
    throw new Error(`端到端测试需要 Debian 的 Chromium（${CHROMIUM} 不存在）。请先安装：apt-get update && apt-get install -y chromium fonts-noto-cjk`)
  }
}

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms))

/**
 * Builds dist/renderer when missing or older than its sources (one test file builds, the others
 * wait) and returns a private copy to serve, so a later rebuild never pulls files from under a
 * running test.
 */
export async function ensureRendererBuilt(): Promise<string> {
  const lock = join(ROOT, 'dist', '.renderer-build.lock')
  mkdirSync(join(ROOT, 'dist'), { recursive: true })
  const copy = () => {
    const dir = mkdtempSync(join(tmpdir(), 'budget-e2e-renderer-'))
    cpSync(STATIC_DIR, dir, { recursive: true })
    return dir
  }
  for (let waited = 0; ; waited += 500) {
    try {
      mkdirSync(lock)
    } catch {
      // Another test file is building; a lock older than five minutes is stale.
      if (existsSync(lock) && Date.now() - statSync(lock).mtimeMs > 300_000) rmSync(lock, { recursive: true, force: true, maxRetries: 5 })
      if (waited > 300_000) throw new Error('等待界面构建超时')
      await sleep(500)
      continue
    }
    try {
      if (rendererNeedsBuild(ROOT)) await buildRenderer(ROOT)
      return copy()
    } finally {
      rmSync(lock, { recursive: true, force: true, maxRetries: 5 })
    }
  }
}

/** Calls a handler over HTTP as the page does (for waiting on the journal, not for driving the UI). */
export async function api(host: WebHost, method: string, payload: unknown = {}): Promise<{ ok: boolean; value?: Record<string, unknown>; error?: { code: string; message: string } }> {
  const r = await fetch(`${host.origin}/api/${method}`, { method: 'POST', headers: { 'Content-Type': 'application/json', 'X-Budget-Token': host.token }, body: JSON.stringify(payload) })
  return (await r.json()) as { ok: boolean; value?: Record<string, unknown> }
}

export interface AppSession {
  host: WebHost
  browser: Browser
  context: BrowserContext
  page: Page
  workspace: string
  appDataDir: string
  /** Saves test-artifacts/screenshots/<name>.png. */
  shot(name: string): Promise<void>
  /** A second page on the same host (after a simulated crash). */
  reopen(): Promise<Page>
  close(): Promise<void>
}

export interface LaunchOptions {
  /** Reuse folders (a restart after a crash keeps the recovery journal). */
  workspace?: string
  appDataDir?: string
  prefix: string
  /** Main-side test seams (a file system that fails on demand). */
  overrides?: MainServiceOverrides
}

export async function launchApp(options: LaunchOptions): Promise<AppSession> {
  requireChromium()
  const staticDir = await ensureRendererBuilt()
  const workspace = options.workspace ?? mkdtempSync(join(tmpdir(), 'budget-e2e-ws-'))
  const appDataDir = options.appDataDir ?? mkdtempSync(join(tmpdir(), 'budget-e2e-app-'))
  const host = await startWebHost({ port: 0, workspace, appDataDir, staticDir, ...(options.overrides ? { overrides: options.overrides } : {}) })
  const browser = await chromium.launch({ executablePath: CHROMIUM, headless: true, args: LAUNCH_ARGS })
  const newPage = async (context: BrowserContext) => {
    const page = await context.newPage()
    // A wait is for the app to show something, not for it to be fast: the full suite runs the large
    // department's PDF beside the browser tests on two cores, so 30 s is too short for an open or a save.
    page.setDefaultTimeout(60_000)
    page.on('pageerror', (e) => console.error(`[${options.prefix}] page error: ${e.message}`))
    await page.goto(host.url)
    return page
  }
  let context = await browser.newContext({ viewport: { width: 1440, height: 900 }, locale: 'zh-CN', deviceScaleFactor: 1 })
  let page = await newPage(context)
  mkdirSync(SCREENSHOTS, { recursive: true })
  const session: AppSession = {
    host,
    browser,
    get context() {
      return context
    },
    get page() {
      return page
    },
    workspace,
    appDataDir,
    async shot(name) {
      await page.waitForTimeout(150)
      await page.screenshot({ path: join(SCREENSHOTS, `${options.prefix}-${name}.png`) })
    },
    async reopen() {
      context = await browser.newContext({ viewport: { width: 1440, height: 900 }, locale: 'zh-CN', deviceScaleFactor: 1 })
      page = await newPage(context)
      return page
    },
    async close() {
      await browser.close()
      await host.close()
    },
  }
  return session
}
