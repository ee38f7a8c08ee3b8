// Dev tool: npx tsx tests/narrative/update-narrative-differences.ts
// Rewrites samples/expected-narrative-differences.json from the current generator and samples,
// keeping the annotations of unchanged entries; new entries get rules ['TODO'] to be filled by hand.
import { parseSeedNarrative } from '../seeds/parse-seed-narrative'
import { readSeedText, SEED_IDS } from '../seeds/seed-files'
import { compareNarrative, type NarrativeDifference } from './compare-narrative'
import { mergeDifferences, readExpectedNarrativeDifferences, writeExpectedNarrativeDifferences, type ExpectedNarrativeDifference } from './expected-narrative-differences'
import { sampleNarrative } from './generate-for-sample'

let listed: ExpectedNarrativeDifference[] = []
try {
  listed = readExpectedNarrativeDifferences()
} catch {
  listed = []
}
const observed: NarrativeDifference[] = SEED_IDS.flatMap((id) => compareNarrative(id, parseSeedNarrative(readSeedText(id)), sampleNarrative(id)).differences)
const merged = mergeDifferences(observed, listed)
writeExpectedNarrativeDifferences(merged)
console.log(`${merged.length} differences, ${merged.filter((e) => e.rules.includes('TODO')).length} to annotate`)
