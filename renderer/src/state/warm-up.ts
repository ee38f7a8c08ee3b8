// What the analysis worker runs once after a document opens, while the officer reads the first
// step: the two edits typing makes most (a line whose amount stops parsing leaves the analysed copy,
// then comes back as an edited copy), then the document itself again. The first real edit then runs
// compiled code instead of paying for compiling it. The caches end as they were: the last draft
// analysed is the document, and every cache is keyed by identity and checked against values.
import type { DocumentData } from '../../../core/model/document-data'

export function warmUpDrafts(draft: DocumentData): DocumentData[] {
  const lines = draft.lines
  const last = lines[lines.length - 1]
  if (!last) return []
  const without = { ...draft, lines: lines.slice(0, -1) }
  const copied = { ...draft, lines: [...lines.slice(0, -1), { ...last }] }
  return [without, copied, draft]
}
