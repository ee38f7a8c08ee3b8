// T7 政府性基金预算收入表 and T9 国有资本经营预算收支预算表 (spec §2.7, §2.9).
import { buildCodeTree, type CodeTreeRow } from '../calc/function-tree'
import { roundFenToWanCents, yuanToFen } from '../money/money'
import type { IncomeEntry } from '../model/budget'
import { makeTable, moneyCells, row, totalRow, zeros, type TableContext } from './context'
import { moneyCell, textCell, type Cell, type TableModel, type WanCents } from './table-model'

/** Income entries are rounded one by one: each is its own typed figure. */
function incomeTree(entries: readonly IncomeEntry[]) {
  const leaves = new Map<string, WanCents[]>()
  for (const e of entries) {
    const acc = leaves.get(e.incomeCode) ?? [0]
    acc[0] = (acc[0] as number) + roundFenToWanCents(yuanToFen(e.amount))
    leaves.set(e.incomeCode, acc)
  }
  return buildCodeTree(leaves, 1)
}

function incomeName(ctx: TableContext, entries: readonly IncomeEntry[], code: string): string {
  return entries.find((e) => e.incomeCode === code && e.name)?.name ?? ctx.names.income(code) ?? ''
}

export function buildT7(ctx: TableContext): TableModel {
  const entries = ctx.data.fundIncome
  const tree = incomeTree(entries)
  const empty = tree.total[0] === 0
  const rows = tree.rows.map((r) => row(`c:${r.code}`, r.level === 3 ? 'item' : 'group', r.level, [textCell(r.code), textCell(incomeName(ctx, entries, r.code)), ...moneyCells(r.values)]))
  return makeTable(ctx, 'T7', [totalRow(tree.total), ...(empty ? [] : rows)], empty)
}

export function buildT9(ctx: TableContext): TableModel {
  const entries = ctx.data.stateCapitalIncome
  const income = incomeTree(entries)
  const leaves = new Map<string, WanCents[]>()
  for (const l of ctx.lines) {
    if (l.line.source !== 'state-capital' || l.line.period !== 'current') continue
    const acc = leaves.get(l.line.functionCode) ?? zeros(3)
    acc[0] = (acc[0] as number) + l.wan
    acc[l.line.kind === 'basic' ? 1 : 2] = (acc[l.line.kind === 'basic' ? 1 : 2] as number) + l.wan
    leaves.set(l.line.functionCode, acc)
  }
  const spending = buildCodeTree(leaves, 3)
  const empty = income.total[0] === 0 && spending.total[0] === 0
  const left = (r: CodeTreeRow | undefined): Cell[] => (r ? [textCell(r.code), textCell(incomeName(ctx, entries, r.code)), moneyCell(r.values[0] as number)] : [null, null, null])
  const right = (r: CodeTreeRow | undefined): Cell[] => (r ? [textCell(r.code), textCell(ctx.names.functional(r.code) ?? ''), ...moneyCells(r.values)] : [null, null, null, null, null])
  const total = totalRow([income.total[0] as number]).cells.concat([textCell(''), textCell(''), ...moneyCells(spending.total)])
  const rows = [row('total', 'total', 0, total)]
  if (!empty) {
    const n = Math.max(income.rows.length, spending.rows.length)
    for (let i = 0; i < n; i++) rows.push(row(`row:${i + 1}`, 'item', 1, [...left(income.rows[i]), ...right(spending.rows[i])]))
  }
  return makeTable(ctx, 'T9', rows, empty)
}
