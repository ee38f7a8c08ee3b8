// The three samples' 情况说明 against the published seeds: every paragraph matches (whitespace and
// punctuation width normalised) except the entries of samples/expected-narrative-differences.json,
// each explained by a rule id (spec §6) or a documented wording decision.
import { describe, expect, it } from 'vitest'
import { economicItemNames } from '../../core/narrative/sections-general'
import { derive } from '../../core/calc/derive'
import { loadNarrativeTemplate } from '../../electron/main/templates/narrative-template'
import { namesFor } from '../builders/catalog'
import { loadSample } from '../samples/sample-files'
import { parseSeedNarrative } from '../seeds/parse-seed-narrative'
import { readSeedText, SEED_IDS } from '../seeds/seed-files'
import { compareNarrative, differenceKey } from './compare-narrative'
import { readExpectedNarrativeDifferences, RULE_PATTERN } from './expected-narrative-differences'
import { sampleNarrative } from './generate-for-sample'

const listed = readExpectedNarrativeDifferences()

/** Amounts, percentages, counts and years of a line, as numbers (`2,045.61` = `2045.61`, `1750.6` = `1750.60`). */
const figures = (s: string) => new Set((s.match(/\d[\d,]*(?:\.\d+)?/g) ?? []).map((x) => Number(x.replace(/,/g, ''))))

describe.each(SEED_IDS)('sample %s: 情况说明 against the seed', (seed) => {
  const published = parseSeedNarrative(readSeedText(seed))
  const result = compareNarrative(seed, published, sampleNarrative(seed))
  const expected = listed.filter((e) => e.seed === seed)

  it('differs from the published paragraphs only where listed', () => {
    const actual = result.differences.map(differenceKey)
    const keys = expected.map(differenceKey)
    expect({ unexpected: actual.filter((k) => !keys.includes(k)), stale: keys.filter((k) => !actual.includes(k)) }).toEqual({ unexpected: [], stale: [] })
  })

  it('explains every listed difference by a rule, and a wording decision by its spec section', () => {
    for (const e of expected) {
      expect(e.rules.length, e.published).toBeGreaterThan(0)
      for (const r of e.rules) expect(r, e.published).toMatch(RULE_PATTERN)
      if (e.rules.some((r) => r === 'STYLE' || r === 'DEFECT')) expect(e.spec, e.published).toMatch(/§|official-rules/)
      expect(e.note, e.published).not.toBe('')
    }
  })

  it('changes no figure where the difference is wording only', () => {
    for (const e of expected) {
      if (!e.rules.every((r) => r === 'STYLE') || e.published === '' || e.generated === '') continue
      const gen = figures(e.generated)
      expect([...figures(e.published)].filter((x) => !gen.has(x)), e.published).toEqual([])
    }
  })

  it('lists in 六 the same economic items as the seed (N07), in table order', () => {
    const doc = loadSample(seed)
    const t6 = derive(doc.data, namesFor(doc.templateYear)).tables.T6
    const seedItems = (i: number) => new Set((published.sections['六']?.[i] ?? '').replace(/^.*主要包括[:：]/, '').replace(/等[;；。]$/, '').replace(/\(/g, '（').replace(/\)/g, '）').split('、'))
    expect(new Set(economicItemNames(t6, 'personnel'))).toEqual(seedItems(1))
    expect(new Set(economicItemNames(t6, 'publicUse'))).toEqual(seedItems(2))
  })

})

describe('名词解释 (spec §1.6)', () => {
  it.each([2024, 2025, 2026, 2027])('templates/%i/glossary.txt is the twelve entries in the 004 wording', (year) => {
    const entries = loadNarrativeTemplate(year).glossary
    expect(entries).toHaveLength(12)
    expect(entries.flatMap((e) => e.split('\n'))).toEqual(parseSeedNarrative(readSeedText('004')).glossary)
  })
})

describe('how close the samples come', () => {
  it.each(SEED_IDS)('sample %s: most published paragraphs match exactly', (seed) => {
    const r = compareNarrative(seed, parseSeedNarrative(readSeedText(seed)), sampleNarrative(seed))
    expect(r.matching / r.total).toBeGreaterThan(0.6)
  })
})
