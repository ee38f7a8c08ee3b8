// T6 一般公共预算安排基本支出分经济科目表 (spec §2.6, §9.2): 一般公共预算 current-year basic lines by
// (部门经济科目, 政府经济科目) pair, grouped by 部门经济分类 类, 人员经费 / 公用经费 by the class.
import { economicClassOf, isPersonnelClass } from '../calc/names'
import type { RoundedLine } from '../calc/rounded-lines'
import { governmentCodeOf } from '../calc/government-code'
import { makeTable, moneyCells, row, totalRow, zeros, type TableContext } from './context'
import { textCell, type TableModel, type TableRow, type WanCents } from './table-model'

interface PairAcc {
  departmentCode: string
  governmentCode: string
  value: WanCents
}

export function isT6Line(l: RoundedLine): boolean {
  return l.line.kind === 'basic' && l.line.source === 'general' && l.line.period === 'current'
}

export function buildT6(ctx: TableContext): TableModel {
  const classes = new Map<string, Map<string, PairAcc>>()
  for (const l of ctx.lines) {
    if (!isT6Line(l)) continue
    const dept = l.line.economicCode
    const gov = governmentCodeOf(l, ctx) ?? ''
    const cls = economicClassOf(dept)
    let pairs = classes.get(cls)
    if (!pairs) classes.set(cls, (pairs = new Map()))
    const key = `${dept}|${gov}`
    const acc = pairs.get(key)
    if (acc) acc.value += l.wan
    else pairs.set(key, { departmentCode: dept, governmentCode: gov, value: l.wan })
  }
  const total = zeros(3)
  const body: TableRow[] = []
  for (const cls of [...classes.keys()].sort()) {
    const pairs = [...(classes.get(cls) as Map<string, PairAcc>).values()].filter((p) => p.value !== 0)
    pairs.sort((a, b) => a.departmentCode.localeCompare(b.departmentCode) || a.governmentCode.localeCompare(b.governmentCode))
    const personnel = isPersonnelClass(cls)
    const split = (v: WanCents): WanCents[] => (personnel ? [v, v, 0] : [v, 0, v])
    const groupTotal = pairs.reduce((a, p) => a + p.value, 0)
    if (groupTotal === 0) continue
    const groupName = ctx.names.economicDepartment(cls) ?? cls
    body.push(row(`g:${groupName}`, 'group', 1, [textCell(groupName), textCell(''), ...moneyCells(split(groupTotal))]))
    for (const p of pairs) {
      const dName = ctx.names.economicDepartment(p.departmentCode) ?? p.departmentCode
      const gName = p.governmentCode ? (ctx.names.economicGovernment(p.governmentCode) ?? p.governmentCode) : ''
      body.push(row(`i:${dName}|${gName}`, 'item', 2, [textCell(dName), textCell(gName), ...moneyCells(split(p.value))]))
    }
    const s = split(groupTotal)
    for (let k = 0; k < 3; k++) total[k] = (total[k] as number) + (s[k] as number)
  }
  const empty = total[0] === 0
  return makeTable(ctx, 'T6', [totalRow(total), ...body], empty)
}
