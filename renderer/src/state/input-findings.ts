// Input problems (text that does not parse against the document's schemas) shown as findings beside
// the core's checks, worded with the row the officer sees in the grid.
import type { DocumentData } from '../../../core/model/document-data'
import type { Finding } from '../../../core/rules/finding'
import type { MoneyUnit } from '../components/paste/money-text'
import { text } from '../text/zh-CN'
import { stepOfPath } from './steps'
import type { InputIssue, Path } from './validate-draft'

export const INPUT_RULE_ID = 'INPUT'

function rowLabel(path: Path, draft: DocumentData): string {
  const [head, index] = path
  if (typeof head !== 'string') return ''
  const section = (text.sections as Record<string, string>)[head] ?? ''
  if (typeof index !== 'number') return section
  if (head === 'lines') {
    const kind = draft.lines[index]?.kind
    const n = draft.lines.slice(0, index + 1).filter((l) => l.kind === kind).length
    return `${kind === 'project' ? text.sections.projectLines : text.sections.basicLines}${text.common.rowN(n)}`
  }
  return `${section}${text.common.rowN(index + 1)}`
}

function fieldLabel(path: Path): string {
  const names = text.fields as Record<string, string>
  const leaf = [...path].reverse().find((p) => typeof p === 'string' && p in names)
  return typeof leaf === 'string' ? (names[leaf] ?? '') : ''
}

function valueAt(data: unknown, path: Path): unknown {
  let node = data
  for (const p of path) node = typeof node === 'object' && node !== null ? (node as Record<string | number, unknown>)[p] : undefined
  return node
}

/** Fields that name another row (a unit, a project): what was typed is a name that is not in the list. */
const REFERENCES = new Set(['unitId', 'projectId'])

/** The schema's wording, said about this field: its own unit, its own rule. */
function fieldMessage(issue: InputIssue, value: unknown, field: string, unit: MoneyUnit): string {
  const leaf = [...issue.path].reverse().find((p) => typeof p === 'string')
  // An empty cell just needs filling in; the schema's format message would quote an empty string.
  if (value === '' && field) return text.draft.required(field)
  if (typeof leaf === 'string' && REFERENCES.has(leaf) && typeof value === 'string') return text.draft.unknownReference(field, value)
  // Amounts are kept in 元; an amount that does not parse is kept as typed, in the unit it was typed in.
  if (/^金额“.*”不是有效的数字/.test(issue.message) && typeof value === 'string') return text.draft.badAmount(field || text.fields.amount, value, unit === 'wan' ? text.common.wan : text.common.yuan)
  return issue.message
}

export function inputFinding(issue: InputIssue, draft: DocumentData, unit: MoneyUnit = 'yuan'): Finding {
  const row = rowLabel(issue.path, draft)
  const field = fieldLabel(issue.path)
  const where = [row, field].filter((s) => s !== '').join(' · ')
  const message = fieldMessage(issue, valueAt(draft, issue.path), field, unit)
  return {
    ruleId: INPUT_RULE_ID,
    severity: 'error',
    message: where ? `${where}：${message}` : message,
    location: { step: stepOfPath(issue.path, draft), path: issue.path },
  }
}
