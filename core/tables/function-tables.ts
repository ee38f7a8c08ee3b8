// T2 预算收入总表, T3 预算支出总表, T5 一般公共预算支出预算表, T8 政府性基金预算支出表 (spec §2.2–2.8).
import { buildCodeTree } from '../calc/function-tree'
import type { RoundedLine } from '../calc/rounded-lines'
import { FUND_SOURCES } from '../model/enums'
import { makeTable, moneyCells, row, totalRow, allZero, type TableContext } from './context'
import { textCell, type TableId, type TableModel, type TableRow, type WanCents } from './table-model'

function codeRows(ctx: TableContext, tree: ReturnType<typeof buildCodeTree>): TableRow[] {
  return tree.rows.map((r) =>
    row(`c:${r.code}`, r.level === 3 ? 'item' : 'group', r.level, [textCell(r.code), textCell(ctx.names.functional(r.code) ?? ''), ...moneyCells(r.values)]),
  )
}

function collect(lines: readonly RoundedLine[], columns: number, accept: (l: RoundedLine) => boolean, place: (l: RoundedLine, acc: WanCents[]) => void): Map<string, WanCents[]> {
  const leaves = new Map<string, WanCents[]>()
  for (const l of lines) {
    if (!accept(l)) continue
    let acc = leaves.get(l.line.functionCode)
    if (!acc) leaves.set(l.line.functionCode, (acc = new Array<WanCents>(columns).fill(0)))
    place(l, acc)
  }
  return leaves
}

/** T2: 本年收入 by source (合计 + 5 sources) and 上年结转, per function code. */
export function buildT2(ctx: TableContext): TableModel {
  const leaves = collect(ctx.lines, 7, () => true, (l, acc) => {
    if (l.line.period === 'carryover') acc[6] = (acc[6] as number) + l.wan
    else {
      acc[0] = (acc[0] as number) + l.wan
      const k = 1 + FUND_SOURCES.indexOf(l.line.source)
      acc[k] = (acc[k] as number) + l.wan
    }
  })
  const tree = buildCodeTree(leaves, 7)
  const empty = allZero(tree.total)
  return makeTable(ctx, 'T2', [totalRow(tree.total), ...(empty ? [] : codeRows(ctx, tree))], empty)
}

function basicProjectTable(ctx: TableContext, id: TableId, accept: (l: RoundedLine) => boolean, keepEmpty: (l: RoundedLine) => boolean = () => false): TableModel {
  const leaves = collect(ctx.lines, 3, (l) => accept(l) || keepEmpty(l), (l, acc) => {
    if (!accept(l)) return
    acc[0] = (acc[0] as number) + l.wan
    const k = l.line.kind === 'basic' ? 1 : 2
    acc[k] = (acc[k] as number) + l.wan
  })
  const keep = new Set<string>()
  for (const l of ctx.lines) if (keepEmpty(l)) keep.add(l.line.functionCode)
  const tree = buildCodeTree(leaves, 3, keep)
  const empty = allZero(tree.total)
  return makeTable(ctx, id, [totalRow(tree.total), ...(empty ? [] : codeRows(ctx, tree))], empty)
}

/** T3: all money, both periods, split 基本/项目. */
export function buildT3(ctx: TableContext): TableModel {
  return basicProjectTable(ctx, 'T3', () => true)
}

/** T5: 一般公共预算, current year only; 政府性基金-only codes stand blank in their place (spec §9.9). */
export function buildT5(ctx: TableContext): TableModel {
  return basicProjectTable(
    ctx,
    'T5',
    (l) => l.line.source === 'general' && l.line.period === 'current',
    (l) => l.line.source === 'fund' && l.line.period === 'current',
  )
}

/** T8: 政府性基金, current year only. */
export function buildT8(ctx: TableContext): TableModel {
  return basicProjectTable(ctx, 'T8', (l) => l.line.source === 'fund' && l.line.period === 'current')
}
