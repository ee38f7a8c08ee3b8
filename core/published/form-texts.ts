// The text fields of a project form as a PDF lays them out: each label sits in a narrow left cell,
// wrapped over several lines (`项目设立必` / `要性`) and centred vertically on its text, which runs
// over several lines of the right cell. With lines in top-to-bottom order, a label's middle line is
// the middle of its text: a field that starts at line B with label lines s…e ends at s + e − B.
import type { PrintedForm } from './read-projects'
import { cells, normalizeName, type SourceLine } from './text-lines'

type TextKey = keyof PrintedForm['texts']

const FIELDS: { key: TextKey; labels: string[] }[] = [
  { key: 'overview', labels: ['项目概况'] },
  { key: 'basis', labels: ['立项依据'] },
  { key: 'necessity', labels: ['项目设立必要性', '项目设立的必要性'] },
  { key: 'measures', labels: ['保证项目实施的制度、措施', '保障项目实施的制度、措施'] },
  { key: 'plan', labels: ['项目实施计划'] },
]

interface Row {
  fragment: string
  text: string
}

/** The five text fields from the lines between `其他资金` and `实施期目标`; undefined unless every label is found whole. */
export function wrappedFormTexts(region: readonly SourceLine[]): Partial<Record<TextKey, string>> | undefined {
  const rows: Row[] = region.map((l) => {
    const parts = cells(l.text).filter((c) => c !== '')
    return { fragment: normalizeName(parts[0] ?? ''), text: parts.join('') }
  })
  const spans: { key: TextKey; first: number; last: number }[] = []
  let field = 0
  let taken = ''
  let first = -1
  rows.forEach((r, i) => {
    const f = FIELDS[field]
    if (!f || r.fragment === '') return
    const next = taken + r.fragment
    const label = f.labels.find((x) => x.startsWith(next))
    if (!label) return
    if (first < 0) first = i
    taken = next
    r.text = r.text.slice(cells(region[i]?.text ?? '').find((c) => c.trim() !== '')?.trim().length ?? 0)
    if (taken === label) {
      spans.push({ key: f.key, first, last: i })
      field++
      taken = ''
      first = -1
    }
  })
  if (spans.length !== FIELDS.length) return undefined
  const out: Partial<Record<TextKey, string>> = {}
  let start = 0
  for (const s of spans) {
    const end = Math.min(rows.length - 1, Math.max(s.last, s.first + s.last - start))
    out[s.key] = rows
      .slice(start, end + 1)
      .map((r) => r.text.trim())
      .join('')
    start = end + 1
  }
  return out
}
