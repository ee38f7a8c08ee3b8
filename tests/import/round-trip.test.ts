// Each sample through the import template: export its lines, read the xlsx back, import it into the
// sample stripped of everything the template carries; the result derives the same 13 tables and
// the same findings.
import { mkdtempSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import type { BudgetDocument } from '../../core/document/envelope'
import { applyImport, previewImport } from '../../core/import'
import { Comparisons } from '../../core/model/disclosure-inputs'
import { analyze } from '../../core/rules/analyze'
import { exportLinesToTemplate } from '../../electron/main/import/write-template'
import { readWorkbook } from '../../electron/main/import/read-workbook'
import { catalogFor } from '../builders/catalog'
import { loadSample } from '../samples/sample-files'

const dir = mkdtempSync(join(tmpdir(), 'import-round-trip-'))

function stripped(doc: BudgetDocument): BudgetDocument {
  return { ...doc, data: { ...doc.data, lines: [], projects: [], fundIncome: [], stateCapitalIncome: [], comparisons: Comparisons.parse({}) } }
}

describe.each(['000', '001', '004'] as const)('sample %s through the import template', (id) => {
  const doc = loadSample(id)
  const catalog = catalogFor(doc.templateYear)
  const file = join(dir, `${id}.xlsx`)

  it('re-imports to the same lines, projects, tables and findings', async () => {
    await exportLinesToTemplate(doc, file, catalog)
    const sheets = await readWorkbook(file)
    const base = stripped(doc)
    const preview = previewImport(sheets, 'template', base, catalog)
    expect(preview.problems.filter((p) => p.severity === 'error')).toEqual([])
    expect(preview.duplicates).toEqual([])
    expect(preview.rowsOk).toBe(doc.data.lines.length)
    const outcome = applyImport(sheets, 'template', base, catalog)
    if (!outcome.ok) throw new Error('import refused')
    const back = outcome.document.data
    expect(back.lines).toEqual(doc.data.lines)
    expect(back.projects).toEqual(doc.data.projects)
    expect(back.units).toEqual(doc.data.units)
    expect(back.comparisons).toEqual(doc.data.comparisons)
    expect(back.fundIncome).toEqual(doc.data.fundIncome)
    const before = analyze(doc.data, catalog)
    const after = analyze(back, catalog)
    expect(after.derivation.tables).toEqual(before.derivation.tables)
    expect(after.findings).toEqual(before.findings)
    // The base document was not touched.
    expect(base.data.lines).toEqual([])
  })

  it('builds a document from the template alone (no base document)', async () => {
    const sheets = await readWorkbook(file)
    const outcome = applyImport(sheets, 'template', undefined, catalog, { templateYear: doc.templateYear, appVersion: '0.1.0', savedAt: '2026-01-01T00:00:00Z' })
    if (!outcome.ok) throw new Error(outcome.preview.problems.map((p) => p.message).join('\n'))
    expect(outcome.document.data.department).toEqual(doc.data.department)
    // Settings (004's rounding footnote under 表1) are not part of the template.
    const data = { ...outcome.document.data, settings: doc.data.settings }
    expect(analyze(data, catalog).derivation.tables).toEqual(analyze(doc.data, catalog).derivation.tables)
  })
})
