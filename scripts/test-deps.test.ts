// The pretest step on a machine that lacks the tools: a fake apt-get on a PATH of its own "installs" by
// creating the tools it was asked for, so the whole install branch runs here without touching the system.
import { chmodSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync, existsSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
// @ts-expect-error plain ESM script without type declarations
import { ensureTestTools, TOOLS } from './test-deps.mjs'

interface FakeMachine {
  bin: string
  marks: string
  env: Record<string, string>
  aptCalls: () => string[]
  lines: string[]
  log: (s: string) => void
}

function script(path: string, body: string): void {
  writeFileSync(path, `#!/bin/sh\nPATH=/usr/bin:/bin\n${body}\n`)
  chmodSync(path, 0o755)
}

function fakeMachine(opts: { aptFails?: boolean; withApt?: boolean; root?: boolean } = {}): FakeMachine {
  const dir = mkdtempSync(join(tmpdir(), 'fake-machine-'))
  const bin = join(dir, 'bin')
  const lo = join(dir, 'lo')
  const marks = join(dir, 'marks')
  for (const d of [bin, lo, marks]) mkdirSync(d)
  const calls = join(dir, 'apt-calls')
  script(join(dir, 'python3'), `m=$(echo "$2" | sed 's/import //'); [ -f "${marks}/py-$m" ]`)
  script(join(bin, 'fc-list'), `[ -f "${marks}/noto" ] && echo "Noto Sans CJK SC:style=Regular"; [ -f "${marks}/hanazono" ] && [ "$2" = family ] && echo "HanaMinB"; exit 0`)
  if (opts.withApt !== false) {
    script(
      join(bin, 'apt-get'),
      `echo "$*" >> "${calls}"
${opts.aptFails ? 'exit 100' : ''}
[ "$1" = update ] && exit 0
for p in "$@"; do case "$p" in
  chromium) touch "${bin}/chromium"; chmod +x "${bin}/chromium";;
  libreoffice-calc) touch "${bin}/libreoffice" "${lo}/libsclo.so"; chmod +x "${bin}/libreoffice";;
  libreoffice-writer) touch "${bin}/libreoffice" "${lo}/libswlo.so"; chmod +x "${bin}/libreoffice";;
  poppler-utils) touch "${bin}/pdftotext" "${bin}/pdftoppm"; chmod +x "${bin}/pdftotext" "${bin}/pdftoppm";;
  python3-openpyxl) touch "${marks}/py-openpyxl";;
  python3-docx) touch "${marks}/py-docx";;
  python3-msoffcrypto-tool) touch "${marks}/py-msoffcrypto";;
  fonts-noto-cjk) touch "${marks}/noto";;
  fonts-hanazono) touch "${marks}/hanazono";;
esac; done`,
    )
  }
  const lines: string[] = []
  return {
    bin,
    marks,
    env: {
      PATH: bin,
      TEST_DEPS_PYTHON: join(dir, 'python3'),
      TEST_DEPS_LIBREOFFICE_DIR: lo,
      TEST_DEPS_ROOT: opts.root === false ? '0' : '1',
    },
    aptCalls: () => (existsSync(calls) ? readFileSync(calls, 'utf8').trim().split('\n') : []),
    lines,
    log: (s: string) => lines.push(s),
  }
}

describe('pretest: the tools the tests need', () => {
  it('installs every missing tool with apt-get as root, with a one-line notice, then passes', () => {
    const m = fakeMachine()
    expect(ensureTestTools(m.env, m.log)).toBe(0)
    expect(m.lines).toHaveLength(1)
    expect(m.lines[0]).toMatch(/^测试需要 .*正在用 apt-get 安装/)
    const pkgs = (TOOLS as { pkg: string }[]).map((t) => t.pkg)
    expect(m.aptCalls()).toEqual(['update -qq', `install -y -qq --no-install-recommends ${pkgs.join(' ')}`])
    // A second run finds everything and says nothing.
    const again: string[] = []
    expect(ensureTestTools(m.env, (s: string) => again.push(s))).toBe(0)
    expect(again).toEqual([])
    expect(m.aptCalls()).toHaveLength(2)
  })

  it('installs only what is missing', () => {
    const m = fakeMachine()
    ensureTestTools(m.env, m.log)
    // Take Chromium away again: only its package is asked for.
    writeFileSync(join(m.bin, 'chromium'), '')
    chmodSync(join(m.bin, 'chromium'), 0o644)
    expect(ensureTestTools(m.env, m.log)).toBe(0)
    expect(m.aptCalls().at(-1)).toBe('install -y -qq --no-install-recommends chromium')
  })

  it('asks for the Extension B font (fonts-hanazono) when only it is missing', () => {
    const m = fakeMachine()
    ensureTestTools(m.env, m.log)
    rmSync(join(m.marks, 'hanazono'))
    expect(ensureTestTools(m.env, m.log)).toBe(0)
    expect(m.aptCalls().at(-1)).toBe('install -y -qq --no-install-recommends fonts-hanazono')
    expect(m.lines.at(-1)).toContain('花园明朝 HanaMinB 字体')
  })

  it('stops with the exact command when it cannot install (not root)', () => {
    const m = fakeMachine({ root: false })
    expect(ensureTestTools(m.env, m.log)).toBe(1)
    expect(m.aptCalls()).toEqual([])
    expect(m.lines.join('\n')).toContain('sudo apt-get update && sudo apt-get install -y --no-install-recommends chromium libreoffice-calc')
  })

  it('stops with the exact command when there is no apt-get', () => {
    const m = fakeMachine({ withApt: false })
    expect(ensureTestTools(m.env, m.log)).toBe(1)
    expect(m.lines[0]).toMatch(/无法自动安装/)
  })

  it('reports a failed apt-get with the command to run by hand', () => {
    const m = fakeMachine({ aptFails: true })
    expect(ensureTestTools(m.env, m.log)).toBe(1)
    expect(m.lines.join('\n')).toMatch(/安装失败（详细输出见 .*apt\.log）[\s\S]*apt-get update && apt-get install -y --no-install-recommends chromium/)
  })
})
