// 七 “三公”经费 (spec §4.7, §9.6) and 八 机关运行经费 (§4.8, §9.3, §9.5), from T10, T11 and the units.
import { sharesLargestRemainder } from '../money/percent'
import { hasOfficeOperationFunds, UNIT_TYPE_LABELS, type UnitType } from '../model/enums'
import { moneyAt } from '../tables/access'
import type { WanCents } from '../tables/table-model'
import { officeOperationChange, officeOperationNotComparedText, threePublicItemChange, threePublicTotalChange } from './change-wording'
import type { NarrativeContext } from './context'
import type { ChartItem, NarrativeBlock } from './narrative-model'
import { cleanReason, paragraph, unitNameInList, wan } from './text'
import { officeOperationNotCompared, THREE_PUBLIC_ITEMS, THREE_PUBLIC_LABELS, yearChange, type ThreePublicItemId } from './year-on-year'

export const THREE_PUBLIC_CHART_CAPTION = '三公经费分布图'

/** T10 leaf rows with money (§4.13), shares of the 合计 by largest remainder. */
export function threePublicDistribution(c: NarrativeContext): ChartItem[] {
  const items = THREE_PUBLIC_ITEMS
    .map((id) => ({ name: THREE_PUBLIC_LABELS[id], value: c.figure(id).current }))
    .filter((it) => it.value !== 0)
  const shares = sharesLargestRemainder(items.map((it) => it.value))
  return items.map((it, i) => ({ ...it, share: shares[i] ?? 0 }))
}

function itemClause(label: string, current: WanCents, prior: WanCents | undefined, reason?: string): string {
  const r = cleanReason(reason)
  // The per-item reason is optional (§9.6 has only the total's); printed when entered.
  return `${label}${wan(current)}，${threePublicItemChange(yearChange(current, prior))}${r ? `，主要原因是${r}` : ''}`
}

export function sectionSeven(c: NarrativeContext): NarrativeBlock[] {
  const total = c.figure('threePublicTotal')
  const item = (id: ThreePublicItemId) => {
    const f = c.figure(id)
    return itemClause(f.label, f.current, f.prior, f.reason)
  }
  const purchase = c.figure('vehiclePurchase')
  const operation = c.figure('vehicleOperation')
  const vehiclePrior = purchase.prior === undefined || operation.prior === undefined ? undefined : purchase.prior + operation.prior
  const vehicle = itemClause('公务用车购置及运行费', moneyAt(c.tables.T10, 'vehicle', 'total'), vehiclePrior)
  const text =
    `${c.year}年${c.dept}财政拨款安排的“三公”经费预算${wan(total.current)}${threePublicTotalChange(yearChange(total.current, total.prior), c.priorYear, total.reason)}。` +
    `其中：${item('abroad')}；${item('reception')}；${vehicle}。${item('vehicleOperation')}；${item('vehiclePurchase')}。`
  const blocks: NarrativeBlock[] = [paragraph(text)]
  const chart = threePublicDistribution(c)
  if (chart.length > 0) blocks.push({ kind: 'chart', chart: { id: 'three-public', caption: THREE_PUBLIC_CHART_CAPTION, items: chart } })
  return blocks
}

/** `比2025年预算增加…，增加原因是…`, or `本年不作比较，…` when the officer chose so. */
function officeOperationComparisonText(c: NarrativeContext): string {
  if (officeOperationNotCompared(c.derivation)) return officeOperationNotComparedText(c.derivation.data.comparisons.officeOperation.reason)
  const f = c.figure('officeOperation')
  return officeOperationChange(yearChange(f.current, f.prior), c.priorYear, f.reason, c.wording.rateWord)
}

const QUALIFYING_TYPES: readonly UnitType[] = ['administrative', 'civil-servant-managed']

export function sectionEight(c: NarrativeContext): NarrativeBlock[] {
  const units = c.derivation.data.units
  if (c.org === '单位') return unitLevelEight(c)
  const qualifying = units.filter((u) => hasOfficeOperationFunds(u.type))
  if (qualifying.length === 0) return [paragraph('本部门无机关运行经费。')]
  const names = qualifying.map((u) => unitNameInList(u, units.length)).join('、')
  // A type with no unit is left out (000: only `1家行政单位`), §9.3.
  const counts = QUALIFYING_TYPES.map((t) => ({ t, n: qualifying.filter((u) => u.type === t).length }))
    .filter((x) => x.n > 0)
    .map((x) => `${x.n}家${UNIT_TYPE_LABELS[x.t]}`)
    .join('、')
  const amount = moneyAt(c.tables.T11, 'total', 'total')
  const blocks = [
    paragraph(`本部门${c.year}年所属${names}，${counts}，机关运行经费财政拨款预算${wan(amount)}，${officeOperationComparisonText(c)}。`),
  ]
  for (const u of units) {
    if (hasOfficeOperationFunds(u.type)) continue
    blocks.push(paragraph(`本部门${c.year}年所属单位${unitNameInList(u, units.length)}为${UNIT_TYPE_LABELS[u.type]}，无机关运行经费。`))
  }
  return blocks
}

/** 八 in a 单位预算公开: the unit states its own type; the statement is printed even at 0 ((c)6). */
function unitLevelEight(c: NarrativeContext): NarrativeBlock[] {
  const unit = c.derivation.data.units[0]
  if (!unit) return [paragraph('本单位无机关运行经费。')]
  const type = UNIT_TYPE_LABELS[unit.type]
  if (!hasOfficeOperationFunds(unit.type)) return [paragraph(`本单位为${type}，无机关运行经费。`)]
  const amount = moneyAt(c.tables.T11, 'total', 'total')
  return [paragraph(`本单位为${type}，${c.year}年机关运行经费财政拨款预算${wan(amount)}，${officeOperationComparisonText(c)}。`)]
}
