// The Word export through its three doors: `npm run export -- <doc> --format docx` (audited), the
// app's export:run handler (the 导出 Word button), and writeDocx with officer text that is hostile
// to XML (control characters, lone surrogates, markup) — the package stays readable.
import { execFileSync } from 'node:child_process'
import { mkdtempSync, readFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { strFromU8, unzipSync } from 'fflate'
import { afterEach, describe, expect, it } from 'vitest'
import { DocumentData } from '../../core/model/document-data'
import { analyze } from '../../core/rules/analyze'
import { writeDocx } from '../../electron/main/export/write-docx'
import { testServices, value, type TestServices } from '../../electron/main/ipc/services.test-helpers'
import { loadCatalog } from '../../electron/main/templates/catalog-loader'
import { runExport } from '../../scripts/cli/run-export'
import { envelope } from '../builders/document-builder'
import { readyDocument } from '../inspection/inspection-fixtures'
import { loadSample, SAMPLE_FILES } from '../samples/sample-files'
import { PYTHON } from './xlsx-fixtures'

let s: TestServices | undefined
afterEach(async () => {
  await s?.cleanup()
  s = undefined
})

describe('npm run export --format docx', () => {
  it('writes <name>.docx for sample 004 and audits it', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'docx-cli-'))
    const lines: string[] = []
    const out = { log: (l: string) => lines.push(l), error: (l: string) => lines.push(l) }
    expect(await runExport([SAMPLE_FILES['004'], '--out', dir, '--format', 'docx'], out, () => new Date('2026-03-01T08:00:00Z'))).toBe(0)
    const file = join(dir, '004-datong-approval-2026.docx')
    expect(lines).toContain(`已导出 DOCX：${file}`)
    expect(lines.find((l) => l.startsWith('导出文件已复核：'))).toMatch(/^导出文件已复核：\d{3,} 个数字一致$/)
    const core = strFromU8(unzipSync(new Uint8Array(readFileSync(file)))['docProps/core.xml'] as Uint8Array)
    expect(core).toContain('<dc:title>大同市行政审批服务管理局[部门]2026年度部门预算公开</dc:title>')
  })

  it('names docx among the formats when a format is unknown', async () => {
    const lines: string[] = []
    const out = { log: (l: string) => lines.push(l), error: (l: string) => lines.push(l) }
    expect(await runExport([SAMPLE_FILES['004'], '--format', 'doc'], out)).toBe(2)
    expect(lines.join('\n')).toContain('docx')
  })
})

describe('export:run with docx (the 导出 Word button)', () => {
  it('writes the Word copy and answers with its audit', async () => {
    s = await testServices('web')
    const r = value(await s.call('export:run', { document: envelope(readyDocument()), formats: ['docx'] }))
    expect(r.files).toHaveLength(1)
    expect(r.files[0]).toMatch(/\.docx$/)
    expect(r.audit).toMatchObject({ passed: true, mismatches: [] })
    expect(r.audit?.checked).toBeGreaterThan(20)
  })
})

describe('writeDocx', () => {
  it('keeps hostile officer text out of the XML structure, reports progress, and python-docx opens the file', async () => {
    const base = loadSample('004')
    const d = structuredClone(base.data)
    const hostile = ['控制\u0000\u0001\u0007\u000b字符', '</w:t><w:p>标记&amp;<>"\'', '孤\ud800立', '表情😀𠮷']
    d.department.displayName = `${hostile[1]}大同市`
    d.overview.duties = hostile.join('\n')
    d.units.forEach((u, i) => (u.name = `${u.name}${hostile[i % hostile.length]}`))
    d.projects.forEach((p, i) => (p.name = `${hostile[i % hostile.length]}${p.name}`))
    // The model refuses control characters on input (naming the field); the writer must still keep
    // them out of the XML if such text ever reaches it, so the data goes in without the model's check.
    expect(DocumentData.safeParse(d).success).toBe(false)
    const document = { ...base, data: d }
    const analysis = analyze(document.data, loadCatalog(document.templateYear))
    const dir = mkdtempSync(join(tmpdir(), 'docx-hostile-'))
    const steps: number[] = []
    const [file] = (await writeDocx({ document, analysis, outDir: dir, baseName: '示例', generatedAt: new Date('2026-03-01T08:00:00Z'), documentDir: dir, onProgress: (done) => steps.push(done) })) as [string]
    expect(steps).toEqual([...steps].sort((a, b) => a - b))
    expect(steps.at(-1)).toBe(100)
    const xml = strFromU8(unzipSync(new Uint8Array(readFileSync(file)))['word/document.xml'] as Uint8Array)
    expect(xml).not.toMatch(/[\u0000-\u0008\u000b\u000c\u000e-\u001f]/)
    expect(xml).toContain('&lt;/w:t&gt;&lt;w:p&gt;标记&amp;amp;&lt;&gt;')
    const text = execFileSync(PYTHON, ['-c', 'import docx,sys; d=docx.Document(sys.argv[1]); print("\\n".join(p.text for p in d.paragraphs))', file], { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 })
    expect(text).toContain('控制字符')
    expect(text).toContain('表情😀𠮷')
    expect(text).toContain('</w:t><w:p>标记&amp;<>"\'大同市')
  })
})
