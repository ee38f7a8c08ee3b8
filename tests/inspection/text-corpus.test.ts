// A rule that blocks export must be right on real published text. Every sentence of the narrative
// (第三部分) and 概况 (第一部分) of the three seeds, and the real-world phrasing variants, raises no
// error-level K finding, apart from the seeds' real faults listed in samples/expected-differences.json
// (`kind: "text"`). The real faults themselves keep blocking.
import { describe, expect, it } from 'vitest'
import type { SectionId } from '../../core/narrative/narrative-model'
import type { Finding } from '../../core/rules/finding'
import { checkNarrativeText, tableFigures, type NarrativeText, type TextContext } from '../../core/rules/inspection'
import { readExpectedTextFaults } from '../samples/expected-differences'
import { parseSeedNarrative } from '../seeds/parse-seed-narrative'
import { parseSeedOverview } from '../seeds/parse-seed-overview'
import { parseSeedTables } from '../seeds/parse-seed-tables'
import { readSeedText, SEED_FILES, SEED_IDS, type SeedId } from '../seeds/seed-files'
import { ORDINARY_PHRASING, REAL_FAULTS } from './phrasing-variants'

const errors = (found: readonly Finding[]) => found.filter((f) => f.severity === 'error' && /^K\d\d$/.test(f.ruleId))
const show = (found: readonly Finding[]) => found.map((f) => `${f.ruleId} ${f.message}`).join('\n')

/** Sentence-level checks only: a lone sentence is not a whole section (K02) nor a whole document (K03, K15). */
const sentenceErrors = (text: NarrativeText, ctx: TextContext) => errors(checkNarrativeText(text, ctx)).filter((f) => f.ruleId !== 'K02')

function sentencesOf(paragraph: string): string[] {
  return paragraph.split(/(?<=[。；;！？])/u).map((s) => s.trim()).filter((s) => s !== '')
}

function seedCorpus(id: SeedId) {
  const seed = SEED_FILES[id]
  const text = readSeedText(id)
  const tables = parseSeedTables(text, seed.budgetYear)
  const narrative = parseSeedNarrative(text)
  const overview = parseSeedOverview(text)
  const ctx = { year: seed.budgetYear, departmentName: seed.departmentName, figures: tableFigures(tables) }
  return { seed, tables, narrative, overview, ctx }
}

describe.each(SEED_IDS)('published text of seed %s', (id) => {
  const { tables, narrative, overview, ctx } = seedCorpus(id)
  const listed = readExpectedTextFaults().filter((e) => e.seed === id)

  it('reads a 概况 and every section of 第三部分', () => {
    expect(overview.length).toBeGreaterThan(1)
    expect(Object.keys(narrative.sections)).toHaveLength(12)
  })

  it('no sentence of 第三部分 or 概况 raises a blocking K finding on its own', () => {
    const found: Finding[] = []
    for (const [section, paragraphs] of Object.entries(narrative.sections)) {
      for (const p of paragraphs) for (const s of sentencesOf(p)) found.push(...sentenceErrors({ [section as SectionId]: [s] }, ctx))
    }
    // 概况 is officer prose, like 十二's free text.
    for (const p of overview) for (const s of sentencesOf(p)) found.push(...sentenceErrors({ 十二: [s] }, ctx))
    expect(show(found)).toBe('')
  })

  it('the whole text blocks only on the faults listed for this seed', () => {
    const text: NarrativeText = { ...narrative.sections, 十二: [...(narrative.sections['十二'] ?? []), ...overview] }
    const found = errors(checkNarrativeText(text, { ...ctx, tables, glossary: narrative.glossary }))
    const unexpected = found.filter((f) => !listed.some((e) => e.ruleId === f.ruleId && f.message.includes(e.message)))
    expect(show(unexpected)).toBe('')
    const unmet = listed.filter((e) => !found.some((f) => f.ruleId === e.ruleId && f.message.includes(e.message)))
    expect(unmet.map((e) => `${e.ruleId} ${e.message}`)).toEqual([])
  })
})

describe('real-world phrasing variants', () => {
  // Table figures that a careless unit check could confuse with the 元 amounts of the variants.
  const ctx: TextContext = { year: 2026, departmentName: '示例局', figures: new Set([158, 150000, 120000, 2850, 30000, 500000]) }

  it.each(ORDINARY_PHRASING.map((v) => [v.section, v.text] as const))('%s、%s raises no blocking finding', (section, text) => {
    expect(show(sentenceErrors({ [section]: [text] }, ctx))).toBe('')
  })

  it('amounts in 元 that are not table figures are a reminder, not a block', () => {
    const found = checkNarrativeText({ 六: ['公用经费按每人每年5000元定额安排。'] }, ctx).filter((f) => f.ruleId === 'K12')
    expect(found.map((f) => f.severity)).toEqual(['warning'])
  })

  it.each(REAL_FAULTS.map((v) => [v.section, v.text, v.rule, v.pattern] as const))('%s、%s still blocks (%s)', (section, text, rule, pattern) => {
    const found = sentenceErrors({ [section]: [text] }, ctx).filter((f) => f.ruleId === rule)
    expect(show(found)).toMatch(pattern)
  })
})
