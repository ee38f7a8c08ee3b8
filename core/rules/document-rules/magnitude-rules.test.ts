import { describe, expect, it } from 'vitest'
import { derive } from '../../calc/derive'
import type { DocumentData } from '../../model/document-data'
import { syntheticCarryoverDepartment } from '../../../tests/builders/document-builder'
import { catalogFor, namesFor } from '../../../tests/builders/catalog'
import { runDocumentRules } from './index'
import { offByMagnitude } from './magnitude-rules'

const catalog = catalogFor(2026)
const m01 = (d: DocumentData) => runDocumentRules({ derivation: derive(d, namesFor(2026)), catalog }).filter((f) => f.ruleId === 'M01')

describe('M01: prior-year figures in the wrong unit', () => {
  it('flags a prior 100× or more off the current figure, either way, and names the field', () => {
    const d = syntheticCarryoverDepartment()
    // The synthetic department spends about 1,120万元 in total.
    d.comparisons.expenditureTotal = { prior: '1120.00' }
    const low = m01(d)
    expect(low).toHaveLength(1)
    expect(low[0]?.location).toEqual({ step: 'overview', path: ['comparisons', 'expenditureTotal', 'prior'] })
    expect(low[0]?.message).toContain('1,120.00元')
    expect(low[0]?.severity).toBe('warning')
    d.comparisons.expenditureTotal = { prior: '11200000000.00' }
    expect(m01(d)).toHaveLength(1)
    d.comparisons.expenditureTotal = { prior: '11000000.00' }
    expect(m01(d)).toEqual([])
  })

  it('compares in 分, so a prior that rounds to 0.00万元 is still caught', () => {
    expect(offByMagnitude(6_500_000, 230)).toBe(true)
    expect(offByMagnitude(6_500_000, 65_000)).toBe(true)
    expect(offByMagnitude(6_500_000, 65_001)).toBe(false)
    expect(offByMagnitude(0, 230)).toBe(false)
  })
})
