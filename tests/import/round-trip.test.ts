// Each sample and the large department through the import template: export the whole document,
// read the xlsx back, import it into the document stripped of everything the template carries; the
// result is the same document, so it derives the same 13 tables, 情况说明 and findings. Built from
// the template alone (no base document), every part the template carries is the same too.
import { mkdtempSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import type { Catalog } from '../../core/catalogs/types'
import type { BudgetDocument } from '../../core/document/envelope'
import { applyImport, previewImport } from '../../core/import'
import { Assets, Comparisons, OtherNotes, Overview } from '../../core/model/disclosure-inputs'
import type { DocumentData } from '../../core/model/document-data'
import { buildNarrative } from '../../core/narrative/build-narrative'
import { analyze } from '../../core/rules/analyze'
import { exportLinesToTemplate } from '../../electron/main/import/write-template'
import { readWorkbook } from '../../electron/main/import/read-workbook'
import { loadNarrativeTemplate } from '../../electron/main/templates/narrative-template'
import { largeDepartment } from '../../scripts/large-sample'
import { catalogFor } from '../builders/catalog'
import { loadSample } from '../samples/sample-files'

const dir = mkdtempSync(join(tmpdir(), 'import-round-trip-'))

/** The parts of the document the template carries (units and the department stay in the base). */
function stripped(doc: BudgetDocument): BudgetDocument {
  return {
    ...doc,
    data: {
      ...doc.data,
      lines: [],
      projects: [],
      fundIncome: [],
      stateCapitalIncome: [],
      comparisons: Comparisons.parse({}),
      procurement: [],
      assets: Assets.parse({}),
      overview: Overview.parse({}),
      otherNotes: OtherNotes.parse({}),
      performance: { ...doc.data.performance, projectForms: [] },
    },
  }
}

/** What the template does not carry: settings, the 整体支出 form and the other inputs of the wizard. The project forms come from the 绩效目标表 sheet. */
function notInTemplate(d: DocumentData, imported: DocumentData): Partial<DocumentData> {
  const { settings, performance, overallFiling, attachments, unitInputs, controlTotals, priorYearLines, selfCheckTicks, ownCatalog } = d
  return { settings, performance: { ...performance, projectForms: imported.performance.projectForms }, overallFiling, attachments, unitInputs, controlTotals, priorYearLines, selfCheckTicks, ownCatalog }
}

const narrativeOf = (data: DocumentData, catalog: Catalog, year: number) => buildNarrative(analyze(data, catalog).derivation, loadNarrativeTemplate(year))

const cases: [string, () => BudgetDocument][] = [
  ['000', () => loadSample('000')],
  ['001', () => loadSample('001')],
  ['004', () => loadSample('004')],
  ['large department', () => largeDepartment()],
]

describe.each(cases)('%s through the import template', (id, load) => {
  const doc = load()
  const catalog = catalogFor(doc.templateYear)
  const file = join(dir, `${id.replace(/\s/g, '-')}.xlsx`)

  it('re-imports to the same document, tables, narrative and findings', async () => {
    await exportLinesToTemplate(doc, file, catalog)
    const sheets = await readWorkbook(file)
    const base = stripped(doc)
    const preview = previewImport(sheets, 'template', base, catalog)
    expect(preview.problems.filter((p) => p.severity === 'error')).toEqual([])
    expect(preview.duplicates).toEqual([])
    expect(preview.rowsOk).toBe(doc.data.lines.length)
    // The preview names what each sheet brings; the procurement sheet is read (its 示例 row is not).
    const procurement = preview.sheets.find((s) => s.sheet === '政府采购')
    expect(procurement?.text).toContain(`${doc.data.procurement.length}项`)
    const outcome = applyImport(sheets, 'template', base, catalog)
    if (!outcome.ok) throw new Error('import refused')
    const back = outcome.document.data
    expect(back.lines).toEqual(doc.data.lines)
    expect(back.projects).toEqual(doc.data.projects)
    expect(back.procurement).toEqual(doc.data.procurement)
    expect(back.assets).toEqual(doc.data.assets)
    expect(back.overview).toEqual(doc.data.overview)
    expect(back.otherNotes).toEqual(doc.data.otherNotes)
    expect(back.comparisons).toEqual(doc.data.comparisons)
    expect(back.performance.projectForms).toEqual(doc.data.performance.projectForms)
    expect(back).toEqual(doc.data)
    const before = analyze(doc.data, catalog)
    const after = analyze(back, catalog)
    expect(after.derivation.tables).toEqual(before.derivation.tables)
    expect(after.findings).toEqual(before.findings)
    expect(narrativeOf(back, catalog, doc.templateYear)).toEqual(narrativeOf(doc.data, catalog, doc.templateYear))
    // The base document was not touched.
    expect(base.data.lines).toEqual([])
    expect(base.data.procurement).toEqual([])
  })

  it('builds the same document from the template alone (no base document)', async () => {
    const sheets = await readWorkbook(file)
    const outcome = applyImport(sheets, 'template', undefined, catalog, { templateYear: doc.templateYear, appVersion: '0.1.0', savedAt: '2026-01-01T00:00:00Z' })
    if (!outcome.ok) throw new Error(outcome.preview.problems.map((p) => p.message).join('\n'))
    const data = { ...outcome.document.data, ...notInTemplate(doc.data, outcome.document.data) } as DocumentData
    expect(data.performance.projectForms).toEqual(doc.data.performance.projectForms)
    expect(data).toEqual(doc.data)
    expect(analyze(data, catalog).derivation.tables).toEqual(analyze(doc.data, catalog).derivation.tables)
    expect(narrativeOf(data, catalog, doc.templateYear)).toEqual(narrativeOf(doc.data, catalog, doc.templateYear))
  })
})
