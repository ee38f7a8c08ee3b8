// `npm run export -- <doc> --out <dir> --format pdf` writes the full document through writePdf.
import { mkdtempSync, readFileSync, statSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { analyze } from '../../core/rules/analyze'
import { writePdf } from '../../electron/main/export/write-pdf'
import { loadCatalog } from '../../electron/main/templates/catalog-loader'
import { runExport } from '../../scripts/cli/run-export'
import { envelope, syntheticCarryoverDepartment } from '../builders/document-builder'
import { SAMPLE_FILES } from '../samples/sample-files'
import { readPdf } from './pdf/read-pdf'

describe('npm run export --format pdf', () => {
  it('writes <name>.pdf for sample 004', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'pdf-cli-'))
    const lines: string[] = []
    const out = { log: (s: string) => lines.push(s), error: (s: string) => lines.push(s) }
    expect(await runExport([SAMPLE_FILES['004'], '--out', dir, '--format', 'pdf'], out, () => new Date('2026-03-01T08:00:00Z'))).toBe(0)
    const file = join(dir, '004-datong-approval-2026.pdf')
    expect(lines.join('\n')).toContain(`已导出 PDF：${file}`)
    expect(statSync(file).size).toBeLessThan(2_000_000)
    const read = await readPdf(new Uint8Array(readFileSync(file)))
    expect(read.info.Title).toBe('大同市行政审批服务管理局[部门]2026年度部门预算公开')
    expect(read.pageCount).toBeGreaterThan(20)
  })
})

describe('writePdf (the app’s export step)', () => {
  it('reports progress in rising steps up to done', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'pdf-progress-'))
    const document = envelope(syntheticCarryoverDepartment())
    const analysis = analyze(document.data, loadCatalog(document.templateYear))
    const steps: { done: number; total: number; label: string }[] = []
    const files = await writePdf({ document, analysis, outDir: dir, baseName: '示例', generatedAt: new Date('2026-03-01T08:00:00Z'), documentDir: dir, onProgress: (done, total, label) => steps.push({ done, total, label }) })
    expect(files).toEqual([join(dir, '示例.pdf')])
    expect(steps.every((s) => s.total === 100)).toBe(true)
    expect(steps.map((s) => s.done)).toEqual([...steps.map((s) => s.done)].sort((a, b) => a - b))
    expect(steps.some((s) => s.label === '写入页面' && s.done > 40 && s.done < 92)).toBe(true)
    expect(steps.at(-1)).toEqual({ done: 100, total: 100, label: '完成' })
  })
})
