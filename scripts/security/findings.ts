// Electronegativity's CSV report → findings, and the findings this project accepts, each with the
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

/** RFC 4180 rows: quoted fields may hold commas, line breaks and doubled quotes. Throws on a torn file (a quote left open). */
export function parseCsv(text: string): string[][] {
  const rows: string[][] = []
  let row: string[] = []
  let field = ''
  let quoted = false
  for (let i = 0; i < text.length; i++) {
    const ch = text[i] as string
    if (quoted) {
      if (ch === '"' && text[i + 1] === '"') {
        field += '"'
        i++
      } else if (ch === '"') quoted = false
      else field += ch
    } else if (ch === '"') quoted = true
    else if (ch === ',') {
      row.push(field)
      field = ''
    } else if (ch === '\n' || ch === '\r') {
      if (ch === '\r' && text[i + 1] === '\n') i++
      row.push(field)
      if (row.some((f) => f.trim() !== '')) rows.push(row)
      row = []
      field = ''
    } else field += ch
  }
  if (quoted) throw new Error('electronegativity 报告不完整（引号未闭合），扫描不能算通过')
  row.push(field)
  if (row.some((f) => f.trim() !== '')) rows.push(row)
  return rows
}

const SEVERITIES = new Set(['INFORMATIONAL', 'LOW', 'MEDIUM', 'HIGH'])
const ISSUE_ID = /^[A-Z0-9_]+$/

export function parseReport(csv: string): ScanFinding[] {
  const [header, ...rows] = parseCsv(csv)
  if (!header || header[0]?.trim() !== 'issue') throw new Error('electronegativity 报告没有表头行，扫描不能算通过')
  // Fail closed: a row that is not a whole finding means the report is torn or not what we think it is.
  rows.forEach((r, i) => {
    const issue = r[0]?.trim() ?? ''
    const severity = r[1]?.trim() ?? ''
    if (r.length !== header.length || !ISSUE_ID.test(issue) || !SEVERITIES.has(severity)) {
      throw new Error(`electronegativity 报告第 ${i + 2} 行不是完整的检查结果（${r.length} 列，表头 ${header.length} 列），扫描不能算通过`)
    }
  })
  return rows.map((r) => {
    const [issue, severity, confidence, file, location, sample, description] = r.map((f) => f.trim())
    return { issue: issue ?? '', severity: severity ?? '', confidence: confidence ?? '', file: file ?? '', location: location ?? '', sample: sample ?? '', description: description ?? '' }
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
