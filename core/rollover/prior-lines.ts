// Last year's budget lines as 上年文档结转 keeps them: one amount per unit, project, 功能 and 经济
// code and fund source (a line split over 当年/结转 or over several rows last year is one figure).
// The magnitude rule (M02) compares this year's line of the same key with it.
import type { Catalog } from '../catalogs/types'
import { fenToYuanString, parseYuan } from '../money/money'
import type { BudgetLine, PriorYearLine } from '../model/budget'
import { codeStatus, NO_CODE_CHANGES, type CodeChangeTable } from './code-changes'

type LineKey = Pick<BudgetLine, 'unitId' | 'projectId' | 'functionCode' | 'economicCode' | 'source'>

export function priorLineKey(l: LineKey): string {
  return [l.unitId, l.projectId ?? '', l.functionCode, l.economicCode, l.source].join('|')
}

/** A code of last year's catalog under this year's: mapped codes follow the 科目变动 table. */
function currentCode(kind: 'functional' | 'economicDepartment', code: string, target: Catalog, changes: CodeChangeTable): string {
  const s = codeStatus(kind, code, target, changes)
  return s.status === 'mapped' ? s.to : code
}

/**
 * Last year's lines summed per key, codes carried over to this year's catalog. Lines of projects
 * that do not run on are left out (`keepProject`).
 */
export function priorYearLinesOf(lines: readonly BudgetLine[], keepProject: (projectId: string) => boolean, target: Catalog, changes: CodeChangeTable = NO_CODE_CHANGES): PriorYearLine[] {
  const sums = new Map<string, { line: Omit<PriorYearLine, 'amount'>; fen: number }>()
  for (const l of lines) {
    if (l.projectId !== undefined && !keepProject(l.projectId)) continue
    const amount = parseYuan(l.amount)
    if (!amount.ok) continue
    const line = {
      unitId: l.unitId,
      ...(l.projectId !== undefined ? { projectId: l.projectId } : {}),
      functionCode: currentCode('functional', l.functionCode, target, changes),
      economicCode: currentCode('economicDepartment', l.economicCode, target, changes),
      source: l.source,
    }
    const key = priorLineKey(line)
    const entry = sums.get(key)
    if (entry) entry.fen += amount.fen
    else sums.set(key, { line, fen: amount.fen })
  }
  return [...sums.values()].filter((e) => e.fen > 0).map((e) => ({ ...e.line, amount: fenToYuanString(e.fen) }))
}
