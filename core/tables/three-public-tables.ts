// T10 “三公”经费 and T11 机关运行经费 (spec §2.10, §2.11): current-year 财政拨款 only.
import { economicClassOf, isPersonnelClass, threePublicItemOf, type ThreePublicItem } from '../calc/names'
import type { RoundedLine } from '../calc/rounded-lines'
import { FISCAL_SOURCES, hasOfficeOperationFunds, isFiscal } from '../model/enums'
import { makeTable, moneyCells, row, zeros, allZero, type TableContext } from './context'
import { textCell, type TableModel, type WanCents } from './table-model'

const currentFiscal = (l: RoundedLine) => l.line.period === 'current' && isFiscal(l.line.source)

/** The four 三公 leaf items by fund column [合计, 一般, 基金, 国资]. */
export function threePublicAmounts(lines: readonly RoundedLine[]): Record<ThreePublicItem, WanCents[]> {
  const out: Record<ThreePublicItem, WanCents[]> = { abroad: zeros(4), reception: zeros(4), vehicleOperation: zeros(4), vehiclePurchase: zeros(4) }
  for (const l of lines) {
    if (!currentFiscal(l)) continue
    const item = threePublicItemOf(l.line.economicCode)
    if (!item) continue
    const acc = out[item]
    acc[0] = (acc[0] as number) + l.wan
    const k = 1 + FISCAL_SOURCES.indexOf(l.line.source)
    acc[k] = (acc[k] as number) + l.wan
  }
  return out
}

const add = (a: readonly WanCents[], b: readonly WanCents[]) => a.map((v, i) => v + (b[i] as number))

export function buildT10(ctx: TableContext): TableModel {
  const a = threePublicAmounts(ctx.lines)
  const vehicle = add(a.vehiclePurchase, a.vehicleOperation)
  const total = add(add(a.abroad, a.reception), vehicle)
  const rows = [
    row('abroad', 'item', 1, [textCell('因公出国（境）费'), ...moneyCells(a.abroad)]),
    row('reception', 'item', 1, [textCell('公务接待费'), ...moneyCells(a.reception)]),
    row('vehicle', 'group', 1, [textCell('公务用车购置及运行费'), ...moneyCells(vehicle)]),
    row('vehicle-purchase', 'item', 2, [textCell('①公务用车购置费'), ...moneyCells(a.vehiclePurchase)]),
    row('vehicle-operation', 'item', 2, [textCell('②公务用车运行维护费'), ...moneyCells(a.vehicleOperation)]),
    row('total', 'total', 0, [textCell('合计'), ...moneyCells(total)]),
  ]
  return makeTable(ctx, 'T10', rows, allZero(total))
}

/** 机关运行经费 of a line: 财政拨款 basic 公用经费 of a 行政/参公 unit, current year (名词解释 四). */
export function isOfficeOperationLine(l: RoundedLine): boolean {
  return currentFiscal(l) && l.line.kind === 'basic' && hasOfficeOperationFunds(l.unit.type) && !isPersonnelClass(economicClassOf(l.line.economicCode))
}

export function buildT11(ctx: TableContext): TableModel {
  const perUnit = new Map<string, WanCents[]>()
  const total = zeros(4)
  for (const l of ctx.lines) {
    if (!isOfficeOperationLine(l)) continue
    const acc = perUnit.get(l.unit.id) ?? zeros(4)
    const k = 1 + FISCAL_SOURCES.indexOf(l.line.source)
    acc[0] = (acc[0] as number) + l.wan
    acc[k] = (acc[k] as number) + l.wan
    total[0] = (total[0] as number) + l.wan
    total[k] = (total[k] as number) + l.wan
    perUnit.set(l.unit.id, acc)
  }
  const rows = [row('total', 'total', 0, [textCell('部门合计'), ...moneyCells(total)])]
  for (const u of ctx.data.units) {
    if (!hasOfficeOperationFunds(u.type)) continue
    rows.push(row(`u:${u.id}`, 'item', 1, [textCell(u.name), ...moneyCells(perUnit.get(u.id) ?? zeros(4))]))
  }
  return makeTable(ctx, 'T11', rows, allZero(total))
}
