// samples/expected-differences.json: every cell where a sample's derived tables knowingly differ
// from its published seed (the seed's own contradictions), with the rule that flags it; and every
// blocking fault of a seed's published text (`kind: "text"`), which the text corpus test expects.
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

/** A blocking finding on a seed's published text that is a real fault of the seed. */
export interface ExpectedTextFault {
  seed: string
  kind: 'text'
  ruleId: string
  /** The start of the finding's message, enough to tell it from the others. */
  message: string
  /** What the seed shows, in words. */
  seedText: string
}

type Entry = ExpectedDifference | ExpectedTextFault

const isTextFault = (e: Entry): e is ExpectedTextFault => 'kind' in e && e.kind === 'text'

function readEntries(): Entry[] {
  return JSON.parse(readFileSync(EXPECTED_DIFFERENCES_PATH, 'utf8')) as Entry[]
}

export function readExpectedDifferences(): ExpectedDifference[] {
  return readEntries().filter((e): e is ExpectedDifference => !isTextFault(e))
}

export function readExpectedTextFaults(): ExpectedTextFault[] {
  return readEntries().filter(isTextFault)
}

/** Rewrites the cell differences; the text faults in the file are kept as they are. */
export function writeExpectedDifferences(entries: ExpectedDifference[]): void {
  const sorted = [...entries].sort((a, b) => a.seed.localeCompare(b.seed) || a.table.localeCompare(b.table, 'en', { numeric: true }))
  writeFileSync(EXPECTED_DIFFERENCES_PATH, `${JSON.stringify([...sorted, ...readExpectedTextFaults()], null, 2)}\n`)
}

export function differenceKey(d: CellDifference & { seed: string }): string {
  return [d.seed, d.table, d.rowKey, d.column, d.published ?? '∅', d.derived ?? '∅'].join(' | ')
}
