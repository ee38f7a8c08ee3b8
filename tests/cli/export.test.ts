import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { TablesExportSchema } from '../../core/api/export-schema'
import { serializeDocument } from '../../core/document/envelope'
import { runExport } from '../../scripts/cli/run-export'
import { jsonSchemas } from '../../scripts/json-schemas'
import { envelope, syntheticCarryoverDepartment } from '../builders/document-builder'
import { REPO_ROOT, SAMPLE_FILES } from '../samples/sample-files'

function capture() {
  const lines: string[] = []
  return { lines, out: { log: (s: string) => lines.push(s), error: (s: string) => lines.push(s) } }
}

describe('npm run export', () => {
  const dir = mkdtempSync(join(tmpdir(), 'export-'))

  it('writes all 13 tables and the findings as JSON', async () => {
    const file = join(dir, 'demo.json')
    writeFileSync(file, serializeDocument(envelope(syntheticCarryoverDepartment()), '0.1.0', '2026-01-01T00:00:00Z'))
    const { out, lines } = capture()
    expect(await runExport([file, '--out', dir, '--format', 'json'], out)).toBe(0)
    const exported = TablesExportSchema.parse(JSON.parse(readFileSync(join(dir, 'demo.tables.json'), 'utf8')))
    expect(exported.tables.map((t) => t.id)).toHaveLength(13)
    expect(lines.some((l) => l.includes('已导出 JSON'))).toBe(true)
  })

  it('says which template a budget year without its own uses', async () => {
    const data = syntheticCarryoverDepartment()
    const file = join(dir, 'year-2023.json')
    writeFileSync(file, serializeDocument(envelope({ ...data, department: { ...data.department, budgetYear: 2023 } }, 2024), '0.1.0', '2026-01-01T00:00:00Z'))
    const { out, lines } = capture()
    await runExport([file, '--out', dir, '--format', 'json'], out)
    expect(lines).toContain('注意：2023年没有专用模板，使用2024年模板（科目表、表样、名词解释均按2024年），请核对科目名称和编码是否与2023年一致')
    const { out: out2, lines: own } = capture()
    await runExport([SAMPLE_FILES['004'], '--out', dir, '--format', 'json'], out2)
    expect(own.join('\n')).not.toMatch(/没有专用模板/)
  })

  it('gives 表1 收入总计 3229.82 for sample 004', async () => {
    const { out } = capture()
    expect(await runExport([SAMPLE_FILES['004'], '--out', dir], out)).toBe(0)
    const exported = TablesExportSchema.parse(JSON.parse(readFileSync(join(dir, '004-datong-approval-2026.tables.json'), 'utf8')))
    const t1 = exported.tables.find((t) => t.id === 'T1')
    const grand = t1?.rows.find((r) => r.key === 'grand-total')
    expect(grand?.cells[1]).toEqual({ kind: 'money', value: 322982 })
  })

  it('exits non-zero with a Chinese message naming the field path', async () => {
    const doc = JSON.parse(serializeDocument(envelope(syntheticCarryoverDepartment()), '0.1.0', 'x'))
    doc.data.lines[1].amount = '1.001'
    const file = join(dir, 'bad.json')
    writeFileSync(file, JSON.stringify(doc))
    const { out, lines } = capture()
    expect(await runExport([file, '--out', dir], out)).toBe(1)
    expect(lines.join('\n')).toContain('data.lines[1].amount')
    expect(lines.join('\n')).toContain('精确到分以下')
  })

  it('refuses a missing file and bad arguments', async () => {
    const { out, lines } = capture()
    expect(await runExport([join(dir, 'nope.json')], out)).toBe(1)
    expect(lines.join()).toContain('找不到文件')
    expect(await runExport([], out)).toBe(2)
    expect(await runExport(['x.json', '--format', 'odt'], out)).toBe(2)
  })

  it('publishes JSON Schemas that match the zod schemas', () => {
    for (const [name, text] of Object.entries(jsonSchemas())) expect(readFileSync(join(REPO_ROOT, 'schemas', name), 'utf8')).toBe(text)
  })
})
