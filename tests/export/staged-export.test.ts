// No partial export: when one format fails (a full disk while writing the PDF), the export folder
// keeps exactly what it had — no new xlsx beside a missing pdf, no staging folder left behind.
import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { analyze } from '../../core/rules/analyze'
import { WRITERS } from '../../electron/main/export'
import { exportWithAudit } from '../../electron/main/export/export-with-audit'
import { loadCatalog } from '../../electron/main/templates/catalog-loader'
import { envelope } from '../builders/document-builder'
import { readyDocument } from '../inspection/inspection-fixtures'
import { FIXED_TIME } from './pdf/export-sample'

const document = envelope(readyDocument())
const analysis = analyze(document.data, loadCatalog(2026))

describe('staged export', () => {
  it('leaves the folder untouched when a later format fails', async () => {
    const outDir = mkdtempSync(join(tmpdir(), 'staged-'))
    writeFileSync(join(outDir, '示例局.json'), 'OLD')
    const full = Object.assign(new Error('no space left on device'), { code: 'ENOSPC' })
    const writers = { ...WRITERS, pdf: async () => Promise.reject(full) }
    const req = { document, analysis, outDir, baseName: '示例局', generatedAt: FIXED_TIME, documentDir: outDir, audit: false }
    await expect(exportWithAudit(req, ['json', 'xlsx', 'pdf'], writers)).rejects.toBe(full)
    expect(readdirSync(outDir)).toEqual(['示例局.json'])
    expect(readFileSync(join(outDir, '示例局.json'), 'utf8')).toBe('OLD')
  })

  it('moves every format into place when all succeed', async () => {
    const outDir = mkdtempSync(join(tmpdir(), 'staged-'))
    const req = { document, analysis, outDir, baseName: '示例局', generatedAt: FIXED_TIME, documentDir: outDir, audit: false }
    const outcome = await exportWithAudit(req, ['json', 'xlsx'], WRITERS)
    expect(outcome.files.every((f) => f.startsWith(`${outDir}/`) && !f.includes('.导出中-'))).toBe(true)
    expect(readdirSync(outDir).sort()).toEqual(outcome.files.map((f) => f.slice(outDir.length + 1)).sort())
    expect(outcome.written.map((w) => w.format)).toEqual(['json', 'xlsx'])
  })
})
