// The three seeds reproduced (domain-core issue §7): each sample's derived tables equal the
// published ones cell by cell, apart from the entries of samples/expected-differences.json, and
// each of those entries is flagged by a rule run on the published tables.
import { describe, expect, it } from 'vitest'
import { derive } from '../../core/calc/derive'
import { runTableRules } from '../../core/rules/table-rules'
import { namesFor } from '../builders/catalog'
import { parseSeedTables } from '../seeds/parse-seed-tables'
import { readSeedText, SEED_FILES, SEED_IDS } from '../seeds/seed-files'
import { compareTables } from './compare-tables'
import { differenceKey, readExpectedDifferences } from './expected-differences'
import { ruleNaming } from './rule-evidence'
import { loadSample } from './sample-files'
import { seedRuleContext } from './seed-rule-context'

describe.each(SEED_IDS)('sample %s reproduces its seed', (seed) => {
  const doc = loadSample(seed)
  const published = parseSeedTables(readSeedText(seed), SEED_FILES[seed].budgetYear)
  const derived = derive(doc.data, namesFor(doc.templateYear)).tables
  const expected = readExpectedDifferences().filter((e) => e.seed === seed)

  it('differs from the published tables only where listed', () => {
    const actual = compareTables(published, derived).map((d) => differenceKey({ ...d, seed }))
    const listed = expected.map(differenceKey)
    expect({ unexpected: actual.filter((k) => !listed.includes(k)), stale: listed.filter((k) => !actual.includes(k)) }).toEqual({ unexpected: [], stale: [] })
  })

  it('every listed difference is flagged by its rule on the published tables', () => {
    const findings = runTableRules(published, seedRuleContext(seed))
    const unflagged = expected.filter((e) => !ruleNaming(findings, published[e.table], e.publishedRowKey).some((f) => f.ruleId === e.ruleId))
    expect(unflagged.map(differenceKey)).toEqual([])
  })

  it('derived tables satisfy every rule that holds by construction', () => {
    const findings = runTableRules(derived, seedRuleContext(seed))
    expect(findings.filter((f) => f.severity === 'error').map((f) => `${f.ruleId} ${f.message}`)).toEqual([])
  })
})
