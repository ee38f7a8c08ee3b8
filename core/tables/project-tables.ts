// T12 项目支出预算表（本年预算） and T13 （上年结转） (spec §2.12, §2.13, §9.1): department → unit →
// project in the officer's order; 涉密 projects print as one 涉密项目 row per unit without names.
import type { RoundedLine } from '../calc/rounded-lines'
import type { Project } from '../model/budget'
import { FISCAL_SOURCES, FUND_SOURCES, type FundSource, type Period } from '../model/enums'
import { makeTable, moneyCells, row, zeros, type TableContext } from './context'
import { textCell, type TableModel, type TableRow, type WanCents } from './table-model'

export const CLASSIFIED_PROJECT_LABEL = '涉密项目'

/** Per project: [合计, one column per source] for the period. */
export function projectAmounts(lines: readonly RoundedLine[], period: Period, sources: readonly FundSource[]): Map<string, WanCents[]> {
  const out = new Map<string, WanCents[]>()
  for (const l of lines) {
    if (l.line.kind !== 'project' || l.line.period !== period || !l.line.projectId) continue
    const k = sources.indexOf(l.line.source)
    if (k < 0) continue
    const acc = out.get(l.line.projectId) ?? zeros(sources.length + 1)
    acc[0] = (acc[0] as number) + l.wan
    acc[k + 1] = (acc[k + 1] as number) + l.wan
    out.set(l.line.projectId, acc)
  }
  return out
}

const add = (into: WanCents[], v: readonly WanCents[]) => v.forEach((x, i) => (into[i] = (into[i] as number) + x))

function projectTable(ctx: TableContext, id: 'T12' | 'T13', period: Period, sources: readonly FundSource[]): TableModel {
  const amounts = projectAmounts(ctx.lines, period, sources)
  const width = sources.length + 1
  const deptTotal = zeros(width)
  const body: TableRow[] = []
  // Projects by unit, in the officer's order (one pass: 150 units × 600 projects add up per keystroke).
  const byUnit = new Map<string, Project[]>()
  for (const p of ctx.data.projects) {
    const list = byUnit.get(p.unitId)
    if (list) list.push(p)
    else byUnit.set(p.unitId, [p])
  }
  for (const unit of ctx.data.units) {
    const unitTotal = zeros(width)
    const projectRows: TableRow[] = []
    const classified = zeros(width)
    for (const p of byUnit.get(unit.id) ?? []) {
      const v = amounts.get(p.id)
      if (!v || v[0] === 0) continue
      add(unitTotal, v)
      if (p.classified) add(classified, v)
      else projectRows.push(row(`p:${p.id}`, 'item', 2, [textCell(p.name), ...moneyCells(v)]))
    }
    if (unitTotal[0] === 0) continue
    if (classified[0] !== 0) projectRows.push(row(`s:${unit.id}`, 'item', 2, [textCell(CLASSIFIED_PROJECT_LABEL), ...moneyCells(classified)]))
    add(deptTotal, unitTotal)
    body.push(row(`u:${unit.id}`, 'group', 1, [textCell(unit.name), ...moneyCells(unitTotal)]), ...projectRows)
  }
  const empty = deptTotal[0] === 0
  const rows = empty ? [] : [row('dept', 'total', 0, [textCell(ctx.data.department.displayName), ...moneyCells(deptTotal)]), ...body]
  return makeTable(ctx, id, rows, empty)
}

export function buildT12(ctx: TableContext): TableModel {
  return projectTable(ctx, 'T12', 'current', FUND_SOURCES)
}

/** T13 shows the 财政拨款 part of carried-over project money. */
export function buildT13(ctx: TableContext): TableModel {
  return projectTable(ctx, 'T13', 'carryover', FISCAL_SOURCES)
}
