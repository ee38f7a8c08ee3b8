// Officer-typed text is data, never code or markup: formulas, control characters, emoji, bidi
// controls, non-characters, lone surrogates and CJK Extension B (𠮷, in no shipped font) in every
// name and text of sample 004 export to xlsx and PDF without throwing. The workbook has no formula
// cells and opens in LibreOffice; the PDF keeps the text around a missing glyph.
import { execFileSync } from 'node:child_process'
import { existsSync, mkdtempSync, readdirSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import ExcelJS from 'exceljs'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { BudgetDocument } from '../../core/document/envelope'
import { DocumentData } from '../../core/model/document-data'
import { analyze } from '../../core/rules/analyze'
import { WRITERS } from '../../electron/main/export'
import { SOFFICE } from '../../scripts/bench/libreoffice'
import { catalogFor } from '../builders/catalog'
import { loadSample } from '../samples/sample-files'

const HOSTILE = [
  '=HYPERLINK("http://evil.example/x","点我")',
  "+1+cmd|'/C calc'!A0",
  '-2+3',
  '@SUM(A1:A9)',
  '控制\u0000\u0001\u0007\b\u000b\u000c\u001b\u007f字符',
  '换行\r\n回车\t制表',
  '表情😀👨‍👩‍👧🇨🇳',
  '𠮷野家𠀀',
  '\u202e倒序\u202c',
  '零\u200b宽\ufeff',
  '非字符\ufffe\uffff',
  '孤\ud800立\udc00',
] as const

/** XML 1.0 forbids these anywhere in a document; one of them makes the workbook unreadable. */
const XML_INVALID = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]|[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/

const pick = (i: number) => HOSTILE[i % HOSTILE.length] as string

function hostileDocument(): BudgetDocument {
  const base = loadSample('004')
  const d = structuredClone(base.data)
  d.department.displayName = `${HOSTILE[0]}大同市行政审批服务管理局😀𠮷`
  d.units.forEach((u, i) => (u.name = `${u.name}${pick(i)}`))
  d.projects.forEach((p, i) => (p.name = `${pick(i + 3)}${p.name}`))
  d.lines.forEach((l, i) => (l.note = pick(i)))
  d.procurement.forEach((p, i) => (p.name = pick(i + 5)))
  d.overview.duties = HOSTILE.join('；')
  d.overview.organization = HOSTILE.slice().reverse().join('\n')
  d.otherNotes.other = HOSTILE.join('')
  d.comparisons.incomeTotal.reason = `${HOSTILE[0]}${HOSTILE[4]}`
  d.comparisons.officeOperation.reason = `${HOSTILE[7]}${HOSTILE[11]}`
  d.performance.projectForms.forEach((f, i) => {
    f.overview = pick(i)
    f.annualGoal = `${pick(i + 1)}年度目标`
    f.annualIndicators.forEach((ind, k) => (ind.name = `${pick(i + k)}${ind.name}`))
  })
  if (d.performance.overall) d.performance.overall.strategicGoal = HOSTILE.join(' ')
  // The model refuses control and direction characters on input (naming the field): this document
  // goes around that check, so the writers are tested on text that should never reach them.
  if (DocumentData.safeParse(d).success) throw new Error('the hostile document should fail the model')
  return { ...base, data: d }
}

let dir: string
/** The 13 tables' workbook and the 绩效目标表 workbook. */
let workbooks: string[]
let pdfError: unknown
beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'hostile-text-'))
  const document = hostileDocument()
  const analysis = analyze(document.data, catalogFor(document.templateYear))
  const req = { document, analysis, outDir: dir, baseName: 'hostile', generatedAt: new Date('2026-03-01T00:00:00Z'), documentDir: dir }
  workbooks = await WRITERS.xlsx(req)
  // The app's PDF writer refuses text no font of its chain prints (Extension B with no extension font installed, controls).
  pdfError = await WRITERS.pdf(req).then(
    () => undefined,
    (e: unknown) => e,
  )
}, 180_000)
afterAll(() => rmSync(dir, { recursive: true, force: true, maxRetries: 5 }))

describe('hostile text in names and texts', () => {
  it('xlsx: two workbooks, no formula cells, no character XML forbids, formulas kept as plain text', async () => {
    expect(workbooks.map((f) => f.replace(/^.*[\\/]/, ''))).toEqual(['hostile.公开表.xlsx', 'hostile.绩效目标表.xlsx'])
    for (const file of workbooks) {
      const wb = new ExcelJS.Workbook()
      await wb.xlsx.readFile(file)
      const strings: string[] = []
      const formulas: string[] = []
      wb.eachSheet((ws) => {
        strings.push(ws.name)
        ws.eachRow((row) =>
          row.eachCell((cell) => {
            const v = cell.value
            if (v && typeof v === 'object' && ('formula' in v || 'sharedFormula' in v)) formulas.push(`${ws.name}!${cell.address}`)
            if (typeof v === 'string') strings.push(v)
          }),
        )
      })
      expect(formulas, file).toEqual([])
      expect(strings.filter((s) => XML_INVALID.test(s)), file).toEqual([])
      expect(strings.some((s) => s.includes('HYPERLINK') || s.includes('𠮷')), file).toBe(true)
    }
  })

  it('xlsx: LibreOffice opens both workbooks and prints the department', () => {
    expect(SOFFICE, 'LibreOffice（soffice）未安装：apt-get install -y libreoffice-calc').toBeDefined()
    const profile = mkdtempSync(join(tmpdir(), 'hostile-lo-'))
    try {
      execFileSync(SOFFICE as string, [`-env:UserInstallation=file://${profile}`, '--headless', '--convert-to', 'pdf', '--outdir', join(dir, 'lo'), ...workbooks], { stdio: 'ignore', timeout: 170_000 })
    } finally {
      rmSync(profile, { recursive: true, force: true, maxRetries: 5 })
    }
    for (const name of ['hostile.公开表.pdf', 'hostile.绩效目标表.pdf']) {
      const converted = join(dir, 'lo', name)
      expect(existsSync(converted), name).toBe(true)
      expect(execFileSync('pdftotext', ['-enc', 'UTF-8', converted, '-'], { encoding: 'utf8' }), name).toMatch(/大同市行政审批服务管理局|项目支出绩效目标表/)
    }
  }, 180_000)

  it('pdf: a character the fonts cannot print is refused with the field named, and no PDF is written', () => {
    expect(pdfError).toBeInstanceOf(Error)
    const message = (pdfError as Error).message
    expect(message).toContain('字段 lines[7].note')
    expect(message).toContain('U+20BB7')
    expect(message).toContain('会印成方框')
    expect(readdirSync(dir).filter((f) => f.endsWith('.pdf'))).toEqual([])
  })
})
