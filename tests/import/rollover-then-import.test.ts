// The yearly workflow: last year's document becomes this year's draft (rollOver), then this year's
// lines come in from the budget system's spreadsheet; continuing projects keep their forms.
import { describe, expect, it } from 'vitest'
import { previewImport, type SheetData } from '../../core/import'
import { FUND_SOURCE_LABELS } from '../../core/model/enums'
import { rollOver } from '../../core/rollover'
import { analyze } from '../../core/rules/analyze'
import { catalogFor } from '../builders/catalog'
import { loadSample } from '../samples/sample-files'

describe('rollover, then a mapped spreadsheet of this year’s lines', () => {
  it('matches the continuing projects by unit and name and keeps their forms', () => {
    const prior = loadSample('004')
    const rolled = rollOver(prior, analyze(prior.data, catalogFor(2026)), 2027, { prior: catalogFor(2026), target: catalogFor(2027) })
    if (!rolled.ok) throw new Error(rolled.message)
    const draft = rolled.document
    const unitName = new Map(prior.data.units.map((u) => [u.id, u.name]))
    const projectName = new Map(prior.data.projects.map((p) => [p.id, p.name]))
    // The budget system's export: names, not ids; columns in its own order.
    const sheet: SheetData = {
      name: '2027年预算',
      rows: [
        ['预算单位', '项目名称', '支出功能分类', '部门经济分类', '资金来源', '金额（元）'],
        ...prior.data.lines.map((l) => [unitName.get(l.unitId) ?? '', l.projectId ? (projectName.get(l.projectId) ?? '') : '', l.functionCode, l.economicCode, FUND_SOURCE_LABELS[l.source], l.amount]),
      ],
    }
    const mapping = { sheet: sheet.name, headerRow: 1, columns: { unit: 0, project: 1, functionCode: 2, economicCode: 3, source: 4, amount: 5 }, amountUnit: 'yuan' as const }
    const preview = previewImport([sheet], mapping, draft, catalogFor(2027))
    expect(preview.problems.filter((p) => p.severity === 'error')).toEqual([])
    expect(preview.newProjects).toEqual([])
    expect(preview.continuingProjects).toHaveLength(prior.data.projects.length)
    expect(new Set(preview.continuingProjects.map((p) => p.reason))).toEqual(new Set(['base']))
    const data = preview.resultingDocument?.data
    expect(data?.projects.map((p) => p.id)).toEqual(prior.data.projects.map((p) => p.id))
    expect(data?.performance.projectForms.map((f) => f.projectId)).toEqual(prior.data.performance.projectForms.map((f) => f.projectId))
    expect(data?.comparisons.incomeTotal.prior).toBe('32298200.00') // 004's 2026 收入总计 3229.82万元
  })
})
