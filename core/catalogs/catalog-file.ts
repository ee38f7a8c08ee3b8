// 导入科目表 (issue 17): an officer's own export of the year's 政府收支分类科目 (csv or xlsx, already
// turned into rows of strings). One file may hold several classifications: a row's kind follows
// from its code (2xx 支出功能分类, 3xx 部门经济分类, 5xx 政府经济分类, 1xx 收入分类). The names extend
// the document's own catalog; names that differ from the year's catalog are reported, not applied.
import type { OwnCatalog } from '../model/own-catalog'
import { allowedCodeLengths } from './codes'
import { parseImportedCatalog } from './import'
import { mergeOwnCatalog, type CatalogConflict } from './own-catalog'
import type { Catalog, CatalogKind, ImportProblem } from './types'

const KIND_BY_FIRST_DIGIT: Readonly<Record<string, CatalogKind>> = { '2': 'functional', '3': 'economicDepartment', '5': 'economicGovernment', '1': 'income' }

export const CATALOG_KIND_LABELS: Readonly<Record<CatalogKind, string>> = {
  functional: '支出功能分类科目',
  economicDepartment: '部门预算支出经济分类科目',
  economicGovernment: '政府预算支出经济分类科目',
  income: '收入分类科目',
}

export interface CatalogFileEntry {
  kind: CatalogKind
  code: string
  name: string
}

export interface CatalogFileRead {
  entries: CatalogFileEntry[]
  problems: ImportProblem[]
}

/** The rows of a 科目表: a header with 科目编码 and 科目名称 (or codes with their names in one cell). */
export function readCatalogRows(rows: readonly (readonly string[])[]): CatalogFileRead {
  // 'functional' accepts 3/5/7 digits, the widest; each row is then routed by its code.
  const parsed = parseImportedCatalog(rows, 'functional')
  const entries: CatalogFileEntry[] = []
  const problems = [...parsed.problems]
  for (const e of parsed.entries) {
    const kind = KIND_BY_FIRST_DIGIT[e.code[0] ?? '']
    const row = Number(/第(\d+)行/.exec(e.source ?? '')?.[1] ?? 0)
    if (!kind) {
      problems.push({ row, message: `第${row}行：科目编码“${e.code}”不属于支出功能分类（2开头）、经济分类（3或5开头）或收入分类（1开头），已忽略` })
      continue
    }
    if (!allowedCodeLengths(kind).includes(e.code.length)) {
      problems.push({ row, message: `第${row}行：${CATALOG_KIND_LABELS[kind]}“${e.code}”应为${allowedCodeLengths(kind).join('、')}位编码，已忽略` })
      continue
    }
    entries.push({ kind, code: e.code, name: e.name })
  }
  return { entries, problems }
}

export interface CatalogFileMerge {
  own: OwnCatalog | undefined
  added: CatalogFileEntry[]
  conflicts: (CatalogConflict & { kind: CatalogKind })[]
  /** Codes the year's catalog (or the document) already has under the same name. */
  known: number
}

/** Merges a read 科目表 into the document's catalog, against the year's shipped catalog. */
export function mergeCatalogFile(shipped: Catalog, own: OwnCatalog | undefined, entries: readonly CatalogFileEntry[]): CatalogFileMerge {
  const out: CatalogFileMerge = { own, added: [], conflicts: [], known: 0 }
  for (const kind of Object.keys(CATALOG_KIND_LABELS) as CatalogKind[]) {
    const mine = entries.filter((e) => e.kind === kind)
    if (mine.length === 0) continue
    const m = mergeOwnCatalog(shipped, out.own, kind, mine, 'catalog-file')
    out.own = m.own
    out.added.push(...m.added.map((a) => ({ kind, code: a.code, name: a.name })))
    out.conflicts.push(...m.conflicts.map((c) => ({ ...c, kind })))
    out.known += m.known
  }
  return out
}

/** The officer-facing summary of a merge, in Chinese: what was added and what conflicts. */
export function catalogMergeLines(m: CatalogFileMerge): string[] {
  const lines = [`新增 ${m.added.length} 个科目，${m.known} 个已有相同名称，${m.conflicts.length} 个名称不一致（保留原名称）`]
  for (const a of m.added) lines.push(`新增：${CATALOG_KIND_LABELS[a.kind]} ${a.code} ${a.name}`)
  for (const c of m.conflicts) lines.push(`不一致：${CATALOG_KIND_LABELS[c.kind]} ${c.code} 已有名称“${c.existing}”，导入文件为“${c.supplied}”`)
  return lines
}
