// samples/expected-narrative-differences.json: every paragraph where a sample's generated 情况说明
// knowingly differs from its seed, with the rules that explain it:
// - a §6 rule id (N06, N11, N12 …) or a table rule (R02 … R34) when the seed's figure is wrong or
//   rests on a published rounding tail, the generated text carrying the figure of the tables;
// - STYLE for a documented wording decision, DEFECT for a published wording defect (spec §6.3),
//   both with the spec section (`spec`) that sets or records it;
// - INPUT when the sample lacks an input the sentence derives from.
import { readFileSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { REPO_ROOT } from '../samples/sample-files'
import { differenceKey, type NarrativeDifference } from './compare-narrative'

export interface ExpectedNarrativeDifference extends NarrativeDifference {
  rules: string[]
  spec?: string
  note: string
}

export const NARRATIVE_DIFFERENCES_PATH = join(REPO_ROOT, 'samples', 'expected-narrative-differences.json')

export const RULE_PATTERN = /^(?:N(?:0[1-9]|1[0-4])|R\d{2}[a-z]?|S\d|STYLE|DEFECT|INPUT)$/

export function readExpectedNarrativeDifferences(): ExpectedNarrativeDifference[] {
  return JSON.parse(readFileSync(NARRATIVE_DIFFERENCES_PATH, 'utf8')) as ExpectedNarrativeDifference[]
}

const SECTION_ORDER = ['一', '二', '三', '四', '五', '六', '七', '八', '九', '十', '十一', '十二', '名词解释']

/** Keeps the annotations of entries still observed; new ones get `TODO` for a person to fill in. */
export function mergeDifferences(observed: NarrativeDifference[], listed: ExpectedNarrativeDifference[]): ExpectedNarrativeDifference[] {
  const byKey = new Map(listed.map((e) => [differenceKey(e), e]))
  const merged = observed.map((d) => {
    const old = byKey.get(differenceKey(d))
    return { ...d, rules: old?.rules ?? ['TODO'], ...(old?.spec ? { spec: old.spec } : {}), note: old?.note ?? '' }
  })
  return merged.sort((a, b) => a.seed.localeCompare(b.seed) || SECTION_ORDER.indexOf(a.section) - SECTION_ORDER.indexOf(b.section))
}

export function writeExpectedNarrativeDifferences(entries: ExpectedNarrativeDifference[]): void {
  writeFileSync(NARRATIVE_DIFFERENCES_PATH, `${JSON.stringify(entries, null, 2)}\n`)
}
