// Electronegativity's issues → findings, and the findings this project accepts, each with the
// reason it is not a problem here. Everything else of severity MEDIUM or HIGH fails the scan.
export interface ScanFinding {
  issue: string
  severity: 'INFORMATIONAL' | 'LOW' | 'MEDIUM' | 'HIGH' | string
  confidence: string
  /** Relative to the scanned folder: `source/electron/…`, `bundle/main/index.js`, `canary/…`. */
  file: string
  location: string
  sample: string
  description: string
}

const SEVERITIES = new Set(['INFORMATIONAL', 'LOW', 'MEDIUM', 'HIGH'])
const ISSUE_ID = /^[A-Z0-9_]+$/
const FIELDS = ['issue', 'severity', 'confidence', 'file', 'location', 'sample', 'description'] as const

/** The scanner's issues as written by scan.ts. Fails closed: anything that is not a list of whole findings throws. */
export function readFindings(json: string): ScanFinding[] {
  let value: unknown
  try {
    value = JSON.parse(json)
  } catch {
    throw new Error('electronegativity 的结果不是完整的 JSON，扫描不能算通过')
  }
  if (!Array.isArray(value)) throw new Error('electronegativity 的结果不是检查结果列表，扫描不能算通过')
  return value.map((v: unknown, i) => {
    const f = v as Record<string, unknown>
    if (!f || typeof f !== 'object' || FIELDS.some((k) => typeof f[k] !== 'string') || !ISSUE_ID.test(f.issue as string) || !SEVERITIES.has(f.severity as string)) {
      throw new Error(`electronegativity 的第 ${i + 1} 条结果不是完整的检查结果，扫描不能算通过`)
    }
    return Object.fromEntries(FIELDS.map((k) => [k, (f[k] as string).trim()])) as unknown as ScanFinding
  })
}

interface Acceptance {
  issue: string
  file: string
  sample?: RegExp
  reason: string
}

const WINDOW = /new BrowserWindow\(windowOptions\(/

/**
 * Accepted findings. The scanner reads one file at a time: it cannot see that index.ts builds the
 * window's options with security.ts's webPreferences() (sandbox, contextIsolation, no Node), which
 * security.test.ts asserts. The bundle inlines them, and the scan of the bundle reports none of these.
 */
export const ACCEPTED: readonly Acceptance[] = [
  { issue: 'CONTEXT_ISOLATION_JS_CHECK', file: 'source/electron/main/index.ts', sample: WINDOW, reason: 'contextIsolation: true 来自 security.ts 的 webPreferences()（security.test.ts 断言）；打包后的扫描无此项' },
  { issue: 'SANDBOX_JS_CHECK', file: 'source/electron/main/index.ts', sample: WINDOW, reason: 'sandbox: true 来自 security.ts 的 webPreferences()（security.test.ts 断言）；打包后的扫描无此项' },
  { issue: 'AUXCLICK_JS_CHECK', file: 'source/electron/main/index.ts', sample: WINDOW, reason: '中键点击打开新窗口由 setWindowOpenHandler(denyWindowOpen) 一律拒绝，导航由 will-navigate 守卫限制在 app://bundle' },
  { issue: 'CSP_GLOBAL_CHECK', file: 'source/renderer/index.html', reason: "style-src 'unsafe-inline'：antd 注入 <style>，架构规则 15 明确允许；脚本仍只允许 'self'" },
]

export function acceptanceOf(f: ScanFinding): Acceptance | undefined {
  return ACCEPTED.find((a) => a.issue === f.issue && a.file === f.file.replace(/\\/g, '/') && (!a.sample || a.sample.test(f.sample)))
}

export const GATING_SEVERITIES = new Set(['HIGH', 'MEDIUM'])
