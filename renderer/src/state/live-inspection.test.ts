// One count everywhere: the list the toolbar and step badges count is the list the 体检 shows, on the
// three samples and on a new empty document.
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { loadDocument, type BudgetDocument } from '../../../core/document/envelope'
import type { DocumentData } from '../../../core/model/document-data'
import { newDocument } from '../../../electron/main/ipc/handlers/document'
import { loadNarrativeTemplate } from '../../../electron/main/templates/narrative-template'
import { catalogFor } from '../../../tests/builders/catalog'
import { analyzeDraft, countBySeverity } from './analyze-draft'
import { inspectDraft } from './live-inspection'
import type { Template } from './template'

const SAMPLES = ['000-xiaoyi-approval-2025.json', '001-xiaoyi-devzone-2024.json', '004-datong-approval-2026.json']

function sample(name: string): BudgetDocument {
  const r = loadDocument(readFileSync(join(__dirname, '..', '..', '..', 'samples', name), 'utf8'))
  if (!r.ok) throw new Error(`${name} does not load`)
  return r.document
}

function live(data: DocumentData, year: number) {
  const template: Template = { year, catalog: catalogFor(year), glossary: loadNarrativeTemplate(year).glossary }
  const draft = analyzeDraft(data, year, template.catalog)
  return { draft, ...inspectDraft(draft, data, template, undefined, '2026-01-15') }
}

describe('one list of findings for every count', () => {
  const docs: [string, BudgetDocument][] = [...SAMPLES.map((s): [string, BudgetDocument] => [s, sample(s)]), ['empty', newDocument(2026, 2026, '0.0.0', '2026-01-01T00:00:00Z')]]
  for (const [name, doc] of docs) {
    it(`${name}: toolbar, step badges and 体检 count the same findings`, () => {
      const { live: l, findings, draft } = live(doc.data, doc.templateYear)
      expect(l).not.toBeNull()
      if (!l) return
      const counts = countBySeverity(findings)
      // 体检: the verdict's numbers and the findings under the five dimensions.
      expect(l.gate.blocking.length).toBe(counts.error)
      expect(l.gate.warnings.length).toBe(counts.warning)
      const underRules = l.inspection.dimensions.flatMap((d) => d.rules.flatMap((r) => r.findings))
      expect(countBySeverity(underRules)).toEqual(counts)
      // Step badges: every finding of a step is one of the list; the review step's badge is the whole list.
      const byStep = findings.filter((f) => f.location.step && f.location.step !== 'review')
      expect(byStep.every((f) => findings.includes(f))).toBe(true)
      // Input problems are not lost on the way into the 体检.
      expect(findings.filter((f) => f.ruleId === 'INPUT').length).toBe(draft.findings.filter((f) => f.ruleId === 'INPUT').length)
    })
  }

  it('an empty document has errors in the 体检 and the same number on the toolbar', () => {
    const doc = newDocument(2026, 2026, '0.0.0', '2026-01-01T00:00:00Z')
    const { findings, live: l } = live(doc.data, 2026)
    expect(countBySeverity(findings).error).toBeGreaterThan(0)
    expect(l?.inspection.blocking.length).toBe(countBySeverity(findings).error)
  })
})
