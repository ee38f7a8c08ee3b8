// The inputs of 第一部分 and 第三部分 that the tables cannot give: 概况, prior-year figures with the
// officer's reasons (one per compared figure, so Y01/Y02 are satisfied), 政府采购, 国有资产 and the
// 政府性基金 income that matches the fund spending (I01).
import type { Derivation } from '../../core/calc/derive'
import { fenToYuanString, wanCentsToFen, yuanToFen } from '../../core/money/money'
import type { IncomeEntry } from '../../core/model/budget'
import type { Assets, Comparisons, ProcurementItem } from '../../core/model/disclosure-inputs'
import type { Unit } from '../../core/model/organization'
import { comparedFigures } from '../../core/narrative/year-on-year'
import { FUND_INCOME_CODE } from './codes'
import type { Random } from './random'

/** 表7 income: the rounded current 政府性基金 spending, so income equals spending to the 0.01 万元. */
export function fundIncome(derivation: Derivation): IncomeEntry[] {
  let wan = 0
  for (const l of derivation.lines) if (l.line.source === 'fund' && l.line.period === 'current') wan += l.wan
  return wan === 0 ? [] : [{ id: 'fi-land', incomeCode: FUND_INCOME_CODE, amount: fenToYuanString(wanCentsToFen(wan)) }]
}

const REASONS = {
  up: '城市精细化管理任务增加，新增道路保洁和市政设施养护面积',
  down: '厉行节约，压减一般性支出，部分一次性项目上年已完成',
}

/** Prior figures 3–12% away from this year's, each with a reason in the officer's words. */
export function comparisons(derivation: Derivation, random: Random): Comparisons {
  const c: Comparisons = structuredClone(derivation.data.comparisons)
  let threePublicCurrent: number | undefined
  for (const f of comparedFigures(derivation)) {
    const up = random.chance(0.6)
    const prior = Math.max(0, Math.round(f.current * (up ? 1 - random.int(3, 12) / 100 : 1 + random.int(3, 12) / 100)))
    const entry = { prior: fenToYuanString(wanCentsToFen(prior)), reason: up ? REASONS.up : REASONS.down }
    if (f.id === 'threePublicTotal') threePublicCurrent = wanCentsToFen(f.current)
    else if (f.id === 'abroad' || f.id === 'reception' || f.id === 'vehiclePurchase' || f.id === 'vehicleOperation') c.threePublic[f.id] = entry
    else c[f.id] = entry
  }
  // The 三公 total's prior is the sum of the items' priors: its reason follows that direction (Y04).
  if (threePublicCurrent !== undefined) {
    const prior = Object.values(c.threePublic).reduce((s, e) => s + (e?.prior ? yuanToFen(e.prior) : 0), 0)
    c.threePublicTotalReason = threePublicCurrent >= prior ? REASONS.up : REASONS.down
  }
  return c
}

export function procurement(units: readonly Unit[], random: Random): ProcurementItem[] {
  const kinds = [
    ['goods', '办公设备'],
    ['services', '道路清扫保洁服务'],
    ['works', '市政设施维修工程'],
  ] as const
  return units
    .filter((_, i) => i % 3 === 0)
    .map((u, i) => {
      const [category, name] = kinds[i % kinds.length] as (typeof kinds)[number]
      return { id: `pr${String(i + 1).padStart(3, '0')}`, unitId: u.id, category, name, amount: fenToYuanString(random.int(50_000, 3_000_000) * 100) }
    })
}

export function assets(budgetYear: number, unitCount: number): Assets {
  return {
    asOf: `${budgetYear - 1}-12-31`,
    vehicleQuota: unitCount,
    vehicles: { leadership: 0, confidential: 2, emergency: 10, enforcement: 60, 'special-technical': 20, 'institution-business': 30, other: 0 },
    officeArea: '48250.36',
    equipmentOver500k: 12,
    equipmentOver1m: 4,
  }
}

export const OVERVIEW = {
  duties: '（一）贯彻执行城市管理方面的法律法规和政策。（二）负责城市市容环境卫生管理。（三）负责市政设施的维护管理。（四）负责城市管理综合行政执法。（五）完成市委、市政府交办的其他任务。',
  organization: '本部门内设办公室、财务科、市容科、环卫科、市政科、执法督察科等职能科室，下属分局、执法大队、环境卫生服务中心、市政设施养护所和培训中心。',
}
