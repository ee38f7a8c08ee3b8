// Dev tool: recompute one seed's differences between its sample and the published tables and
// rewrite that seed's entries of samples/expected-differences.json. Existing entries keep their
// ruleId and seedText; new ones get the first rule that names the row on the published tables,
// and an empty seedText to fill in by hand. Usage: npx tsx scripts/samples/update-expected-differences.ts 004
import { existsSync } from 'node:fs'
import { derive } from '../../core/calc/derive'
import { runTableRules } from '../../core/rules/table-rules'
import { namesFor } from '../../tests/builders/catalog'
import { compareTables } from '../../tests/samples/compare-tables'
import { differenceKey, EXPECTED_DIFFERENCES_PATH, readExpectedDifferences, writeExpectedDifferences, type ExpectedDifference } from '../../tests/samples/expected-differences'
import { ruleNaming } from '../../tests/samples/rule-evidence'
import { loadSample } from '../../tests/samples/sample-files'
import { seedRuleContext } from '../../tests/samples/seed-rule-context'
import { parseSeedTables } from '../../tests/seeds/parse-seed-tables'
import { readSeedText, SEED_FILES, SEED_IDS, type SeedId } from '../../tests/seeds/seed-files'

const seed = process.argv[2] as SeedId
if (!SEED_IDS.includes(seed)) {
  console.error(`usage: update-expected-differences <${SEED_IDS.join('|')}>`)
  process.exit(2)
}
const doc = loadSample(seed)
const published = parseSeedTables(readSeedText(seed), SEED_FILES[seed].budgetYear)
const derived = derive(doc.data, namesFor(doc.templateYear)).tables
const findings = runTableRules(published, seedRuleContext(seed))
const existing = existsSync(EXPECTED_DIFFERENCES_PATH) ? readExpectedDifferences() : []
const previous = new Map(existing.filter((e) => e.seed === seed).map((e) => [differenceKey(e), e]))
const entries: ExpectedDifference[] = compareTables(published, derived).map((d) => {
  const old = previous.get(differenceKey({ ...d, seed }))
  if (old) return old
  const rule = ruleNaming(findings, published[d.table], d.publishedRowKey)[0]
  return { seed, ...d, ruleId: rule?.ruleId ?? '', seedText: '' }
})
writeExpectedDifferences([...existing.filter((e) => e.seed !== seed), ...entries])
console.log(`${seed}: ${entries.length} differences (${entries.filter((e) => !e.ruleId).length} without a rule)`)
for (const e of entries) console.log(`  ${e.table} ${e.rowKey} ${e.column}: published ${e.published ?? '∅'} derived ${e.derived ?? '∅'} [${e.ruleId || '—'}]`)
