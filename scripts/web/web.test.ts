import { spawn } from 'node:child_process'
import { mkdtempSync, readFileSync, statSync } from 'node:fs'
import { mkdtemp, mkdir, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import { pathToFileURL } from 'node:url'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { electronBinaryPath } from '../start/electron-binary'
import { parseWebArgs } from './args'
import { browserCommand, writeRedirectFile } from './open-browser'

const root = resolve(import.meta.dirname, '..', '..')
let dir: string

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'npm-web-'))
  await mkdir(join(dir, 'static'))
  await writeFile(join(dir, 'static', 'index.html'), '<!doctype html><title>预算公开编制助手</title>')
})
afterAll(async () => {
  await rm(dir, { recursive: true, force: true })
})

/** Runs `npm <args>` until its stdout has a URL line; returns all stdout lines so far. Kills its process group. */
function runUntilUrl(args: string[], timeoutMs = 45_000): Promise<{ lines: string[]; pageStatus: number; apiStatus: number }> {
  return new Promise((resolvePromise, reject) => {
    const home = join(dir, `home-${Math.random().toString(36).slice(2)}`)
    const child = spawn('npm', args, { cwd: root, detached: true, env: { ...process.env, HOME: home, XDG_CONFIG_HOME: join(home, '.config'), APPDATA: join(home, 'AppData') } })
    let out = ''
    let err = ''
    const stop = () => {
      try {
        if (child.pid) process.kill(-child.pid, 'SIGTERM')
      } catch {
        // already gone
      }
    }
    const timer = setTimeout(() => {
      stop()
      reject(new Error(`no URL within ${timeoutMs} ms; stdout: ${out}\nstderr: ${err}`))
    }, timeoutMs)
    child.stderr.on('data', (c: Buffer) => (err += c.toString()))
    child.stdout.on('data', async (c: Buffer) => {
      out += c.toString()
      const lines = out.split('\n')
      const url = lines.find((l) => l.startsWith('http://'))
      if (!url || !out.includes(`${url}\n`)) return
      child.stdout.removeAllListeners('data')
      clearTimeout(timer)
      try {
        const page = await fetch(url)
        const token = new URL(url).searchParams.get('token') ?? ''
        const info = await fetch(new URL('/api/app:info', url), { method: 'POST', headers: { 'content-type': 'application/json', 'x-budget-token': token }, body: '{}' })
        resolvePromise({ lines: lines.filter((l) => l !== ''), pageStatus: page.status, apiStatus: info.status })
      } catch (e) {
        reject(e as Error)
      } finally {
        stop()
      }
    })
    child.on('error', reject)
  })
}

describe('npm run web', () => {
  it('prints the full URL with its token as the first line of output (npm --silent)', async () => {
    const r = await runUntilUrl(['run', '--silent', 'web', '--', '--port', '0', '--no-open', '--static-dir', join(dir, 'static')])
    expect(r.lines[0]).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/\?token=[A-Za-z0-9_-]{32}$/)
    expect(r.pageStatus).toBe(200)
    expect(r.apiStatus).toBe(200)
  })

  it('without --silent, the URL is the first line after npm’s own “> …” banner', async () => {
    const r = await runUntilUrl(['run', 'web', '--', '--port', '0', '--no-open', '--static-dir', join(dir, 'static')])
    const ours = r.lines.filter((l) => !l.startsWith('> '))
    expect(ours[0]).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/\?token=/)
  })
})

describe('web arguments', () => {
  it('defaults to a free port, the browser and ~/预算公开文档', () => {
    expect(parseWebArgs([], '/home/o', '/cwd')).toEqual({ ok: true, args: { port: 0, open: true, workspace: join('/home/o', '预算公开文档') } })
  })

  it('reads --port, --no-open, --workspace and --static-dir', () => {
    expect(parseWebArgs(['--port', '8123', '--no-open', '--workspace', 'ws', '--static-dir', 'dist/x'], '/home/o', '/cwd')).toEqual({
      ok: true,
      args: { port: 8123, open: false, workspace: resolve('/cwd', 'ws'), staticDir: resolve('/cwd', 'dist/x') },
    })
  })

  it('refuses bad ports and unknown flags in Chinese', () => {
    for (const argv of [['--port', 'x'], ['--port', '70000'], ['--port', '-1'], ['--bogus'], ['extra']]) {
      const r = parseWebArgs(argv, '/h', '/c')
      expect(r.ok, argv.join(' ')).toBe(false)
      if (!r.ok) expect(r.message).toMatch(/参数有误|端口/)
    }
  })

  it('opens the browser through a 0600 redirect page, so the token is on no command line', () => {
    const url = 'http://127.0.0.1:1/?token=secret-token&x="<'
    const parent = mkdtempSync(join(tmpdir(), 'redirect-'))
    const file = writeRedirectFile(url, parent)
    expect(statSync(file).mode & 0o777).toBe(0o600)
    expect(statSync(join(file, '..')).mode & 0o777).toBe(0o700)
    const page = readFileSync(file, 'utf8')
    expect(page).toContain('content="0;url=http://127.0.0.1:1/?token=secret-token&amp;x=&quot;&lt;"')
    const { args } = browserCommand('linux', pathToFileURL(file).href)
    expect(args.join(' ')).not.toContain('secret-token')
  })

  it('opens the browser without a shell on each platform', () => {
    const url = 'http://127.0.0.1:1/?token=a&b'
    expect(browserCommand('linux', url)).toEqual({ command: 'xdg-open', args: [url] })
    expect(browserCommand('darwin', url)).toEqual({ command: 'open', args: [url] })
    expect(browserCommand('win32', url)).toEqual({ command: 'rundll32', args: ['url.dll,FileProtocolHandler', url] })
  })
})

describe('npm start: Electron binary detection', () => {
  it('is null when require("electron") throws (binary never downloaded)', () => {
    expect(
      electronBinaryPath(() => {
        throw new Error('Electron failed to install correctly')
      }),
    ).toBeNull()
  })

  it('is null for a missing or non-executable path, the path when executable', async () => {
    expect(electronBinaryPath(() => join(dir, 'missing'))).toBeNull()
    const plain = join(dir, 'not-executable')
    await writeFile(plain, '', { mode: 0o644 })
    expect(electronBinaryPath(() => plain)).toBeNull()
    const exe = join(dir, 'electron')
    await writeFile(exe, '#!/bin/sh\n', { mode: 0o755 })
    expect(electronBinaryPath(() => exe)).toBe(exe)
  })
})
