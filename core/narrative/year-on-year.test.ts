import { describe, expect, it } from 'vitest'
import { derive } from '../calc/derive'
import { namesFor } from '../../tests/builders/catalog'
import { institutionOnlyDepartment, narrativeBase } from '../../tests/builders/narrative-documents'
import { comparedFigures, yearChange } from './year-on-year'

describe('yearChange (spec §9.5)', () => {
  it('chooses the wording by sign; a change of 0 wins over a prior of 0', () => {
    expect(yearChange(204561, 180247)).toEqual({ kind: 'increase', difference: 24314, rate: 1349 })
    expect(yearChange(322982, 332170)).toEqual({ kind: 'decrease', difference: 9188, rate: 277 })
    expect(yearChange(5000, 0)).toEqual({ kind: 'increase', difference: 5000, rate: undefined })
    expect(yearChange(0, 0)).toEqual({ kind: 'same' })
    expect(yearChange(100, undefined)).toEqual({ kind: 'missing' })
  })
})

describe('comparedFigures', () => {
  it('reads the figures from the tables the document prints', () => {
    const figs = comparedFigures(derive(narrativeBase(), namesFor(2026)))
    const byId = Object.fromEntries(figs.map((f) => [f.id, f]))
    expect(byId.incomeTotal).toMatchObject({ current: 100000, prior: 90000, needsReason: true })
    expect(byId.vehicleOperation).toMatchObject({ current: 200, prior: 200 })
    expect(byId.threePublicTotal).toMatchObject({ current: 200, prior: 200 })
    expect(byId.officeOperation).toMatchObject({ current: 10000, prior: 10000 })
  })
  it('has no 机关运行经费 figure without a 行政/参公 unit', () => {
    expect(comparedFigures(derive(institutionOnlyDepartment(), namesFor(2026))).map((f) => f.id)).not.toContain('officeOperation')
  })
})
