import { describe, expect, it } from 'vitest'
import {
  economicClassOf,
  isPersonnelEconomicClass,
  levelOfCode,
  normalizeCodeCell,
  normalizeName,
  parentCodes,
} from './codes'

describe('code helpers', () => {
  it('lists the ancestors of a code, outermost first', () => {
    expect(parentCodes('2010301')).toEqual(['201', '20103'])
    expect(parentCodes('20103')).toEqual(['201'])
    expect(parentCodes('201')).toEqual([])
  })

  it('infers the level from the code length per classification', () => {
    expect(levelOfCode('201', 'functional')).toBe('类')
    expect(levelOfCode('20103', 'functional')).toBe('款')
    expect(levelOfCode('2010301', 'income')).toBe('项')
    expect(levelOfCode('2010301', 'economicDepartment')).toBeUndefined()
    expect(levelOfCode('3010', 'economicGovernment')).toBeUndefined()
    expect(levelOfCode('20101x', 'functional')).toBeUndefined()
  })

  it('normalises code cells exported by spreadsheets', () => {
    expect(normalizeCodeCell('2010301.0')).toBe('2010301')
    expect(normalizeCodeCell(' ２０１０３０１ ')).toBe('2010301')
    expect(normalizeCodeCell("'30101")).toBe('30101')
    expect(normalizeCodeCell('2010301.5')).toBe('2010301.5')
  })

  it('normalises names to full-width parentheses (spec §9.7)', () => {
    expect(normalizeName('  维修(护)费\u3000')).toBe('维修（护）费')
  })

  it('splits 人员经费 from 公用经费 by economic class (spec R24)', () => {
    expect(economicClassOf('30101')).toBe('301')
    expect(isPersonnelEconomicClass('301')).toBe(true)
    expect(isPersonnelEconomicClass('303')).toBe(true)
    expect(isPersonnelEconomicClass('30302')).toBe(true)
    expect(isPersonnelEconomicClass('302')).toBe(false)
    expect(isPersonnelEconomicClass('310')).toBe(false)
    expect(isPersonnelEconomicClass('309')).toBe(false)
  })
})
