// Runs electronegativity over what ships: the main and preload sources (electron/, tests left out),
// the renderer's index.html (its CSP), and a fresh build of the bundle (.cjs renamed to .js, the
// only extensions the scanner reads). It always exits 0 (toolchain notes), so its findings are read.
// AvailableSecurityFixesGlobalCheck is skipped: it downloads Electron's release list, which cannot
// work offline and only made every run wait.
import { spawnSync } from 'node:child_process'
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { createRequire } from 'node:module'
import { tmpdir } from 'node:os'
import { dirname, join } from 'node:path'
import { buildElectron } from '../build/electron'
import { acceptanceOf, GATING_SEVERITIES, readFindings, type ScanFinding } from './findings'

export interface ScanOptions {
  root: string
  /** Tests: extra files scanned under `canary/` (an insecure window proves the scanner still finds things). */
  canary?: Record<string, string>
  log?: (line: string) => void
}

export interface ScanResult {
  electronVersion: string
  findings: ScanFinding[]
  /** MEDIUM or HIGH findings of shipped code that are not in ACCEPTED. */
  failing: ScanFinding[]
  accepted: { finding: ScanFinding; reason: string }[]
}

/**
 * A child process's script: electronegativity's runner over `input` (relative file names,
 * AvailableSecurityFixesGlobalCheck left out: it downloads Electron's release list), its issues
 * written to `out` as JSON in one write.
 */
function runnerScript(runner: string, input: string, electronVersion: string, out: string): string {
  const options = { input, isSarif: false, customScan: [], excludeFromScan: ['availablesecurityfixesglobalcheck'], isRelative: true, isVerbose: false, electronVersionOverride: electronVersion, parserPlugins: [] }
  return `
const run = require(${JSON.stringify(runner)})
run(${JSON.stringify(options)}, false).then((r) => {
  const issues = r.issues.map((i) => ({ issue: i.id, severity: i.severity && i.severity.name, confidence: i.confidence && i.confidence.name, file: i.file, location: i.location ? i.location.line + ':' + i.location.column : '', sample: i.sample == null ? '' : String(i.sample), description: i.description }))
  require('node:fs').writeFileSync(${JSON.stringify(out)}, JSON.stringify(issues))
}, (e) => { console.error(e && e.stack || e); process.exit(1) })
`
}

export async function securityScan(options: ScanOptions): Promise<ScanResult> {
  const { root } = options
  const log = options.log ?? (() => undefined)
  const require = createRequire(join(root, 'package.json'))
  const electronVersion = (require('electron/package.json') as { version: string }).version
  const runner = join(dirname(require.resolve('@doyensec/electronegativity/package.json')), 'dist', 'runner.js')
  const dir = mkdtempSync(join(tmpdir(), 'security-scan-'))
  try {
    cpSync(join(root, 'electron'), join(dir, 'source', 'electron'), { recursive: true, filter: (p) => !/\.test(-helpers)?\.ts$/.test(p) })
    mkdirSync(join(dir, 'source', 'renderer'), { recursive: true })
    cpSync(join(root, 'renderer', 'index.html'), join(dir, 'source', 'renderer', 'index.html'))
    log('正在构建主进程包以便扫描…')
    await buildElectron(root, () => undefined, join(dir, 'build'))
    for (const part of ['main', 'preload']) {
      mkdirSync(join(dir, 'bundle', part), { recursive: true })
      cpSync(join(dir, 'build', part, 'index.cjs'), join(dir, 'bundle', part, 'index.js'))
    }
    rmSync(join(dir, 'build'), { recursive: true, force: true })
    for (const [name, text] of Object.entries(options.canary ?? {})) {
      mkdirSync(dirname(join(dir, 'canary', name)), { recursive: true })
      writeFileSync(join(dir, 'canary', name), text)
    }
    // The scanner's own CSV writer issues the header and the rows as two asynchronous writes that
    // can land in either order under load (a torn or header-only report). Its runner is called as a
    // library in a child process instead, which writes the issues as JSON in one synchronous write.
    const report = join(tmpdir(), `electronegativity-${process.pid}-${Date.now()}.json`)
    log(`正在运行 electronegativity（Electron ${electronVersion}）…`)
    const run = spawnSync(process.execPath, ['-e', runnerScript(runner, dir, electronVersion, report)], { encoding: 'utf8', timeout: 300_000 })
    if (!existsSync(report)) throw new Error(`electronegativity 没有生成报告（退出码 ${run.status}）：${(run.stderr || run.stdout || '').slice(0, 500)}`)
    const findings = readFindings(readFileSync(report, 'utf8'))
    rmSync(report, { force: true })
    const accepted: ScanResult['accepted'] = []
    const failing: ScanFinding[] = []
    for (const f of findings) {
      if (f.file.startsWith('canary/')) continue
      const a = acceptanceOf(f)
      if (a) accepted.push({ finding: f, reason: a.reason })
      else if (GATING_SEVERITIES.has(f.severity)) failing.push(f)
    }
    return { electronVersion, findings, failing, accepted }
  } finally {
    rmSync(dir, { recursive: true, force: true })
  }
}

export function describeFinding(f: ScanFinding): string {
  return `${f.severity.padEnd(6)} ${f.issue}  ${f.file}:${f.location}  ${f.sample.slice(0, 100)}`
}
