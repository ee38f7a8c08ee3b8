// Input problems (text that does not parse against the document's schemas) shown as findings beside
// the core's checks, worded with the row the officer sees in the grid.
import type { DocumentData } from '../../../core/model/document-data'
import type { Finding } from '../../../core/rules/finding'
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

export function inputFinding(issue: InputIssue, draft: DocumentData): Finding {
  const row = rowLabel(issue.path, draft)
  const field = fieldLabel(issue.path)
  const where = [row, field].filter((s) => s !== '').join(' · ')
  // An empty cell just needs filling in; the schema's format message would quote an empty string.
  const message = valueAt(draft, issue.path) === '' && field ? text.draft.required(field) : issue.message
  return {
    ruleId: INPUT_RULE_ID,
    severity: 'error',
    message: where ? `${where}：${message}` : message,
    location: { step: stepOfPath(issue.path, draft), path: issue.path },
  }
}
