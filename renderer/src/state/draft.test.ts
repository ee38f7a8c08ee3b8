import { describe, expect, it } from 'vitest'
import { coerceDraft, newId, replaceSubset } from './draft'

describe('replaceSubset', () => {
  const isOdd = (n: number) => n % 2 === 1
  it('keeps other members in place', () => {
    expect(replaceSubset([1, 2, 3, 4, 5], isOdd, [7, 9, 11])).toEqual([7, 2, 9, 4, 11])
  })
  it('removes and appends', () => {
    expect(replaceSubset([1, 2, 3, 4], isOdd, [9])).toEqual([9, 2, 4])
    expect(replaceSubset([1, 2, 4], isOdd, [1, 3, 5])).toEqual([1, 3, 5, 2, 4])
    expect(replaceSubset([2, 4], isOdd, [1])).toEqual([2, 4, 1])
  })
})

describe('coerceDraft', () => {
  it('keeps unparsed cells of a journaled draft and fills missing sections', () => {
    const raw = { format: 'budget-disclosure', schemaVersion: 1, appVersion: '0', templateYear: 2026, savedAt: '', data: { department: { displayName: '' }, units: [], lines: [{ id: 'l1', amount: '12a' }] } }
    const d = coerceDraft(raw)
    expect(d?.data.lines[0]?.amount).toBe('12a')
    expect(d?.data.projects).toEqual([])
    expect(d?.data.comparisons.threePublic.abroad).toEqual({})
  })
  it('refuses what is not a document', () => {
    expect(coerceDraft('x')).toBeNull()
    expect(coerceDraft({ data: {} })).toBeNull()
  })
})

describe('newId', () => {
  it('makes distinct ids that match the schema pattern', () => {
    const ids = new Set(Array.from({ length: 500 }, () => newId('l')))
    expect(ids.size).toBe(500)
    for (const id of ids) expect(id).toMatch(/^[A-Za-z0-9][A-Za-z0-9_.-]{0,63}$/)
  })
})
