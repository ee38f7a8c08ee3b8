// CI's security scan (scripts/security-scan.ts): electronegativity over electron/, the renderer's
// CSP and a fresh bundle, with no MEDIUM or HIGH finding left unaccepted. An insecure window in a
// canary file proves the scanner still runs and its report is read: electronegativity exits 0 even
// when it finds problems, so a broken scan would otherwise pass silently.
import { describe, expect, it } from 'vitest'
import { parseCsv, parseReport } from '../../scripts/security/findings'
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

  it('fails closed on a torn or foreign report instead of reading junk as a harmless finding', () => {
    const header = 'issue,severity,confidence,file,location,sample,description'
    const good = `${header}\nSANDBOX_JS_CHECK,MEDIUM,TENTATIVE,source/a.ts,1:2,"new BrowserWindow({})","Review"\n`
    expect(parseReport(good)).toHaveLength(1)
    expect(() => parseReport(`${header}\nSANDBOX_JS_CHECK,MEDIUM,TENTATIVE,source/a.ts,1:2,"new Browser`)).toThrow('引号未闭合')
    expect(() => parseReport(`${header}\nSANDBOX_JS_CHECK,MEDIUM,TENT`)).toThrow('不是完整的检查结果')
    expect(() => parseReport(`${header}\n<html>proxy error</html>\n`)).toThrow('不是完整的检查结果')
    expect(() => parseReport('garbage')).toThrow('没有表头行')
  })

  it('parses quoted CSV fields with commas, quotes and line breaks', () => {
    expect(parseCsv('a,b\n"x, ""y""","line\nbreak"\n')).toEqual([
      ['a', 'b'],
      ['x, "y"', 'line\nbreak'],
    ])
  })
})
