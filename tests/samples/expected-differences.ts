// samples/expected-differences.json: every cell where a sample's derived tables knowingly differ
// from its published seed (the seed's own contradictions), with the rule that flags it.
import { readFileSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import type { CellDifference } from './compare-tables'
import { REPO_ROOT } from './sample-files'

export interface ExpectedDifference extends CellDifference {
  seed: string
  /** Rule whose finding, on the parsed seed tables, names this table and row or its parent. */
  ruleId: string
  /** What the seed shows, in words. */
  seedText: string
}

export const EXPECTED_DIFFERENCES_PATH = join(REPO_ROOT, 'samples', 'expected-differences.json')

export function readExpectedDifferences(): ExpectedDifference[] {
  return JSON.parse(readFileSync(EXPECTED_DIFFERENCES_PATH, 'utf8')) as ExpectedDifference[]
}

export function writeExpectedDifferences(entries: ExpectedDifference[]): void {
  const sorted = [...entries].sort((a, b) => a.seed.localeCompare(b.seed) || a.table.localeCompare(b.table, 'en', { numeric: true }))
  writeFileSync(EXPECTED_DIFFERENCES_PATH, `${JSON.stringify(sorted, null, 2)}\n`)
}

export function differenceKey(d: CellDifference & { seed: string }): string {
  return [d.seed, d.table, d.rowKey, d.column, d.published ?? '∅', d.derived ?? '∅'].join(' | ')
}
