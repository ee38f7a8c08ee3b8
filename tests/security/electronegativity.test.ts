// CI's security scan (scripts/security-scan.ts): electronegativity over electron/, the renderer's
// CSP and a fresh bundle, with no MEDIUM or HIGH finding left unaccepted. An insecure window in a
// canary file proves the scanner still runs and its findings are read: electronegativity exits 0 even
// when it finds problems, so a broken scan would otherwise pass silently.
import { describe, expect, it } from 'vitest'
import { readFindings } from '../../scripts/security/findings'
import { describeFinding, securityScan, type ScanResult } from '../../scripts/security/scan'
import { REPO_ROOT } from '../samples/sample-files'

const CANARY = `const { BrowserWindow } = require('electron')
const w = new BrowserWindow({ webPreferences: { nodeIntegration: true, contextIsolation: false, sandbox: false, webSecurity: false } })
w.loadURL('http://example.com/')
`

let result: ScanResult

describe('electronegativity', () => {
  it('finds no unaccepted MEDIUM or HIGH issue in the shipped code', async () => {
    result = await securityScan({ root: REPO_ROOT, canary: { 'insecure-window.js': CANARY } })
    expect(result.failing.map(describeFinding)).toEqual([])
  }, 300_000)

  it('the bundle, where the window options are inlined, has no MEDIUM or HIGH finding at all', () => {
    expect(result.findings.filter((f) => f.file.startsWith('bundle/') && (f.severity === 'HIGH' || f.severity === 'MEDIUM')).map(describeFinding)).toEqual([])
  })

  it('still reports an insecure window (the canary), so the report is really read', () => {
    const canary = result.findings.filter((f) => f.file === 'canary/insecure-window.js')
    expect(canary.some((f) => f.severity === 'HIGH' && f.issue === 'CONTEXT_ISOLATION_JS_CHECK')).toBe(true)
    expect(canary.some((f) => f.issue === 'HTTP_RESOURCES_JS_CHECK')).toBe(true)
  })

  it('fails closed on a torn or foreign result instead of reading junk as a harmless finding', () => {
    const good = { issue: 'SANDBOX_JS_CHECK', severity: 'MEDIUM', confidence: 'TENTATIVE', file: 'source/a.ts', location: '1:2', sample: 'new BrowserWindow({})', description: 'Review' }
    expect(readFindings(JSON.stringify([good]))).toEqual([good])
    expect(readFindings('[]')).toEqual([])
    expect(() => readFindings(JSON.stringify([good]).slice(0, 40))).toThrow('不是完整的 JSON')
    expect(() => readFindings(JSON.stringify({ issues: [good] }))).toThrow('不是检查结果列表')
    expect(() => readFindings(JSON.stringify([{ ...good, severity: 'SEVERE' }]))).toThrow('第 1 条结果不是完整的检查结果')
    expect(() => readFindings(JSON.stringify([good, { ...good, file: undefined }]))).toThrow('第 2 条结果')
    expect(() => readFindings('<html>proxy error</html>')).toThrow('不是完整的 JSON')
  })
})
