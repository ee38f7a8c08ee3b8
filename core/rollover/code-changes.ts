// Codes renamed or retired between catalog editions. templates/<year>/code-changes.json lists the
// changes from the previous year's edition into <year>'s; rollover and import both use it.
//
// File format (UTF-8 JSON):
//   {
//     "description": "free text: which editions, which source",
//     "changes": [
//       { "kind": "functional", "from": "2010350", "to": "2010399", "note": "并入…" },
//       { "kind": "economicDepartment", "from": "30299", "note": "停用" }
//     ]
//   }
// kind: functional | economicDepartment | economicGovernment | income. `to` present: the old code is
// replaced by `to` (a renamed or moved code); `to` absent: the code is retired and every use is
// flagged for the officer. An empty `changes` list means "no known changes" (the shipped catalogs of
// 2024–2027 are the same file, so every year ships an empty list today).
import { z } from 'zod'
import type { Catalog, CatalogEntry, CatalogKind } from '../catalogs/types'

const CodeText = z.string().regex(/^\d{3,7}$/, { error: '科目编码应为3至7位数字' })

export const CodeChange = z.object({
  kind: z.enum(['functional', 'economicDepartment', 'economicGovernment', 'income'], { error: '科目类别应为 functional、economicDepartment、economicGovernment 或 income' }),
  from: CodeText,
  to: CodeText.optional(),
  note: z.string().max(500).optional(),
})
export type CodeChange = z.infer<typeof CodeChange>

export const CodeChangeTable = z.object({
  description: z.string().max(2000).optional(),
  changes: z.array(CodeChange).default(() => []),
})
export type CodeChangeTable = z.infer<typeof CodeChangeTable>

export const NO_CODE_CHANGES: CodeChangeTable = { changes: [] }

export type CodeStatus =
  | { status: 'known'; entry: CatalogEntry }
  | { status: 'mapped'; to: string; entry: CatalogEntry | undefined; note?: string }
  | { status: 'retired'; note?: string }
  | { status: 'missing' }

function mapOf(catalog: Catalog, kind: CatalogKind): Map<string, CatalogEntry> {
  return catalog[kind]
}

/** How a code stands in the target catalog: present, mapped to a new code, retired, or just missing. */
export function codeStatus(kind: CatalogKind, code: string, target: Catalog, table: CodeChangeTable = NO_CODE_CHANGES): CodeStatus {
  const entry = mapOf(target, kind).get(code)
  if (entry) return { status: 'known', entry }
  const change = table.changes.find((c) => c.kind === kind && c.from === code)
  if (!change) return { status: 'missing' }
  const note = change.note ? { note: change.note } : {}
  if (change.to === undefined) return { status: 'retired', ...note }
  return { status: 'mapped', to: change.to, entry: mapOf(target, kind).get(change.to), ...note }
}

export const CODE_KIND_LABELS: Record<CatalogKind, string> = {
  functional: '功能科目',
  economicDepartment: '部门经济科目',
  economicGovernment: '政府经济科目',
  income: '收入科目',
}
