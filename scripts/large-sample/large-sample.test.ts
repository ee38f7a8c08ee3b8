import { describe, expect, it } from 'vitest'
import { lookupEconomicDepartment, lookupFunctional, lookupIncome } from '../../core/catalogs/catalog'
import { loadDocument, type BudgetDocument } from '../../core/document/envelope'
import { UNIT_TYPES } from '../../core/model/enums'
import { analyze } from '../../core/rules/analyze'
import { loadCatalog } from '../../electron/main/templates/catalog-loader'
import { ALL_CODES } from './codes'
import { LARGE_COUNTS, largeDepartmentText } from '.'

/**
 * Findings the large department is expected to have, none of them an error:
 * - T01 尾差: 4,220 lines rounded inside their groups do not add up to the rounded exact total of
 *   every fund source; the PDF notes the tail, as real budgets of this size do.
 * - R32b: 表11 (机关运行经费) covers only 行政/参公 units, so it differs from 表6's 公用经费 by the
 *   事业单位' share, which the finding lists (an info, by design of the rule).
 */
const DOCUMENTED = new Set(['T01', 'R32b'])

const text = largeDepartmentText()
const loaded = loadDocument(text)
const doc = (loaded.ok ? loaded.document : undefined) as BudgetDocument

describe('large department generator', () => {
  it('is deterministic: the same bytes on every build', () => {
    expect(largeDepartmentText()).toBe(text)
  })

  it('loads and validates as a document file', () => {
    expect(loaded.ok ? 'ok' : loaded.message).toBe('ok')
  })

  it('has the required size: 150 units of every type, 3,000 basic lines, 600 projects with forms', () => {
    const { data } = doc
    expect(data.units).toHaveLength(LARGE_COUNTS.units)
    expect(new Set(data.units.map((u) => u.type))).toEqual(new Set(UNIT_TYPES))
    expect(data.units.filter((u) => u.isHeadUnit)).toHaveLength(1)
    expect(data.lines.filter((l) => l.kind === 'basic')).toHaveLength(LARGE_COUNTS.basicLines)
    expect(data.projects).toHaveLength(LARGE_COUNTS.projects)
    const withLines = new Set(data.lines.map((l) => l.projectId))
    expect(data.projects.every((p) => withLines.has(p.id))).toBe(true)
    expect(new Set(data.performance.projectForms.map((f) => f.projectId))).toEqual(new Set(data.projects.map((p) => p.id)))
    expect(data.performance.overall).toBeDefined()
  })

  it('has 政府性基金 with matching income, carried-over money and every fund source but 国有资本', () => {
    const { data } = doc
    expect(data.lines.some((l) => l.source === 'fund' && l.period === 'current')).toBe(true)
    expect(data.lines.some((l) => l.source === 'fund' && l.period === 'carryover')).toBe(true)
    expect(data.lines.filter((l) => l.period === 'carryover').length).toBeGreaterThan(20)
    expect(data.fundIncome.length).toBeGreaterThan(0)
    expect(new Set(data.lines.map((l) => l.source))).toEqual(new Set(['general', 'fund', 'special-account', 'unit']))
  })

  it('uses only codes of the shipped catalogs', () => {
    const catalog = loadCatalog(doc.templateYear)
    for (const code of ALL_CODES.functional) expect(lookupFunctional(catalog, code), code).toBeDefined()
    for (const code of ALL_CODES.economicDepartment) expect(lookupEconomicDepartment(catalog, code), code).toBeDefined()
    for (const code of ALL_CODES.income) expect(lookupIncome(catalog, code), code).toBeDefined()
    const used = { functional: new Set(doc.data.lines.map((l) => l.functionCode)), economic: new Set(doc.data.lines.map((l) => l.economicCode)) }
    expect([...used.functional].filter((c) => !ALL_CODES.functional.includes(c))).toEqual([])
    expect([...used.economic].filter((c) => !ALL_CODES.economicDepartment.includes(c))).toEqual([])
  })

  it('derives the 13 tables with no error findings, only the documented ones', () => {
    const { findings } = analyze(doc.data, loadCatalog(doc.templateYear))
    expect(findings.filter((f) => f.severity === 'error').map((f) => `${f.ruleId} ${f.message}`)).toEqual([])
    expect(findings.filter((f) => !DOCUMENTED.has(f.ruleId)).map((f) => `${f.ruleId} ${f.message}`)).toEqual([])
  })
})
