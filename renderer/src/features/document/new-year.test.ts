import { describe, expect, it } from 'vitest'
import { arrowAtEnd, preparedBudgetYear } from './new-year'

const years = [2024, 2025, 2026, 2027]

describe('the year of a new document', () => {
  it('is this year until September and next year from October', () => {
    expect(preparedBudgetYear(new Date(2026, 8, 30), years)).toBe(2026)
    expect(preparedBudgetYear(new Date(2026, 9, 1), years)).toBe(2027)
    expect(preparedBudgetYear(new Date(2026, 0, 15), years)).toBe(2026)
  })

  it('falls back to the nearest shipped template year', () => {
    expect(preparedBudgetYear(new Date(2027, 11, 1), years)).toBe(2027)
    expect(preparedBudgetYear(new Date(2022, 1, 1), years)).toBe(2024)
  })

  it('stops the arrow keys at the ends of the list', () => {
    expect(arrowAtEnd('ArrowDown', 2027, years)).toBe(true)
    expect(arrowAtEnd('ArrowUp', 2024, years)).toBe(true)
    expect(arrowAtEnd('ArrowDown', 2026, years)).toBe(false)
    expect(arrowAtEnd('ArrowUp', 2027, years)).toBe(false)
  })
})
