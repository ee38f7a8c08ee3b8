// Inspection checks on the document's inputs (official-rules (c)2, (c)5, (c)7, (c)8, (c)9, (c)15):
// what the officer typed and what the derivation shows, with the input to fix as the location.
import type { Derivation } from '../../calc/derive'
import { formatPercent } from '../../money/format'
import { roundFenToWanCents, yuanToFen } from '../../money/money'
import { VEHICLE_KINDS } from '../../model/enums'
import { comparedFigures, THREE_PUBLIC_ITEMS } from '../../narrative/year-on-year'
import { cleanReason } from '../../narrative/text'
import { disclosedProjects } from '../../performance/form-order'
import { moneyAt } from '../../tables/access'
import { TABLE_IDS } from '../../tables/table-model'
import { formatWan, type Finding, type StepId } from '../finding'

const input = (ruleId: string, severity: Finding['severity'], message: string, step: StepId, path: (string | number)[]): Finding => ({ ruleId, severity, message, location: { step, path } })

/** 概况 and 名词解释 are not empty; all 13 tables are there (official-rules (c)2). */
export function overviewFindings(d: Derivation, glossary: readonly string[]): Finding[] {
  const data = d.data
  const out: Finding[] = []
  const org = data.settings.disclosureLevel === 'unit' ? '单位' : '部门'
  if (data.overview.duties.trim() === '') out.push(input('K02', 'error', `第一部分“本${org}职责”没有内容，请填写`, 'overview', ['overview', 'duties']))
  // With two or more units the unit list is printed under 机构设置 anyway.
  if (data.units.length === 1 && data.overview.organization.trim() === '') out.push(input('K02', 'error', '第一部分“机构设置情况”没有内容，请填写内设机构、人员编制等情况', 'overview', ['overview', 'organization']))
  if (glossary.length === 0) out.push(input('K02', 'error', '第四部分“名词解释”没有内容（本年模板缺少名词解释）', 'review', ['narrative', 'glossary']))
  for (const id of TABLE_IDS) if (!d.tables[id]) out.push({ ruleId: 'K02', severity: 'error', message: `缺少预算公开表${Number(id.slice(1))}`, location: { step: 'review', table: id } })
  return out
}

/**
 * 三公: the total's reason is asked by Y02; when more than one item changed (or items changed while
 * the total did not), each changed item needs its own reason (official-rules (c)5).
 */
export function threePublicReasonFindings(d: Derivation): Finding[] {
  const figures = comparedFigures(d)
  const items = figures.filter((f) => (THREE_PUBLIC_ITEMS as readonly string[]).includes(f.id) && f.prior !== undefined && f.prior !== f.current)
  const total = figures.find((f) => f.id === 'threePublicTotal')
  const totalChanged = total?.prior !== undefined && total.prior !== total.current
  if (items.length === 0 || (items.length === 1 && totalChanged)) return []
  return items
    .filter((f) => cleanReason(f.reason) === undefined)
    .map((f) => {
      const prior = f.prior as number
      const word = f.current > prior ? '增加' : '减少'
      return input('K05', 'warning', `${f.label}本年 ${formatWan(f.current)} 万元比上年 ${formatWan(prior)} 万元${word} ${formatWan(Math.abs(f.current - prior))} 万元，“三公”经费有多个分项变动，请逐项说明原因`, 'three-public', ['comparisons', 'threePublic', f.id, 'reason'])
    })
}

/** 政府采购 plausibility (official-rules (c)7): 资本性支出 with no procurement budget, or more than the whole budget. */
export function procurementFindings(d: Derivation): Finding[] {
  const data = d.data
  const procurement = data.procurement.reduce((a, p) => a + roundFenToWanCents(yuanToFen(p.amount)), 0)
  let capital = 0
  for (const l of d.lines) if (l.line.economicCode.startsWith('310')) capital += l.wan
  const out: Finding[] = []
  if (procurement === 0 && capital > 0) {
    out.push(input('K07', 'warning', `资本性支出（设备购置等）${formatWan(capital)} 万元，但政府采购预算为0，请核对是否应编列政府采购预算`, 'procurement-assets', ['procurement']))
  }
  const total = moneyAt(d.tables.T3, 'total', 'total')
  if (procurement > total) out.push(input('K07', 'warning', `政府采购预算 ${formatWan(procurement)} 万元超过支出预算总额 ${formatWan(total)} 万元`, 'procurement-assets', ['procurement']))
  return out
}

/** 国有资产 vs 三公 (official-rules (c)8): a vehicle purchase is explained and fits the quota. */
export function vehicleFindings(d: Derivation): Finding[] {
  const data = d.data
  const purchase = moneyAt(d.tables.T10, 'vehicle-purchase', 'total')
  if (purchase <= 0) return []
  const out: Finding[] = []
  const texts = [data.comparisons.threePublicTotalReason, data.comparisons.threePublic.vehiclePurchase.reason, data.otherNotes.other]
  if (!texts.some((t) => t !== undefined && /车/u.test(t))) {
    out.push(input('K08', 'warning', `安排公务用车购置费 ${formatWan(purchase)} 万元，请在“三公”经费说明中写明拟购置的车辆（数量、用途）`, 'three-public', ['comparisons', 'threePublic', 'vehiclePurchase', 'reason']))
  }
  const actual = VEHICLE_KINDS.reduce((s, k) => s + data.assets.vehicles[k], 0)
  if (data.assets.vehicleQuota !== undefined && data.assets.vehicleQuota > 0 && actual >= data.assets.vehicleQuota) {
    out.push(input('K08', 'warning', `公务用车编制 ${data.assets.vehicleQuota} 辆、实有 ${actual} 辆已满编，仍安排购置费 ${formatWan(purchase)} 万元，请核对（更新车辆须说明报废情况）`, 'procurement-assets', ['assets', 'vehicleQuota']))
  }
  return out
}

export interface ShareCounts {
  managedCount: number
  managedAmount: number
  publishedCount: number
  publishedAmount: number
  /** `公开项目绩效目标M个` as the narrative says, when it says so. */
  statedCount?: number
}

/** 绩效目标 disclosure by count and by amount against the threshold (official-rules A5, F15, (c)9). */
export function performanceShareFindings(c: ShareCounts, threshold: number, location: Finding['location'] = { step: 'performance', path: ['performance', 'projectForms'] }): Finding[] {
  const out: Finding[] = []
  // Two decimals, rounded down: a share just short of the threshold never prints as reaching it.
  const pct = (part: number, whole: number) => formatPercent(whole === 0 ? 10000 : Math.floor((part * 10000) / whole))
  // Below the threshold when short by even one project or one 0.01万元 (floor, never round up to 100%).
  const short = (part: number, whole: number) => part * 100 < whole * threshold
  if (c.statedCount !== undefined && c.statedCount !== c.publishedCount) {
    out.push({ ruleId: 'K09', severity: 'error', message: `情况说明称公开项目绩效目标${c.statedCount}个，实际附项目支出绩效目标表${c.publishedCount}张`, location })
  }
  if (c.managedCount > 0 && short(c.publishedCount, c.managedCount)) {
    out.push({ ruleId: 'K09', severity: 'warning', message: `公开绩效目标的项目${c.publishedCount}个，占项目总数${c.managedCount}个的${pct(c.publishedCount, c.managedCount)}，低于要求的${threshold}%`, location })
  }
  if (c.managedAmount > 0 && short(c.publishedAmount, c.managedAmount)) {
    out.push({
      ruleId: 'K09',
      severity: 'warning',
      message: `公开绩效目标的项目金额 ${formatWan(c.publishedAmount)} 万元，占项目支出 ${formatWan(c.managedAmount)} 万元的${pct(c.publishedAmount, c.managedAmount)}，低于要求的${threshold}%`,
      location,
      figures: { expected: c.managedAmount, actual: c.publishedAmount },
    })
  }
  return out
}

/** 涉密 projects publish no form and stay outside the share (spec §5.2), as in F09. */
export function documentShareCounts(d: Derivation): ShareCounts {
  const { managed, published, classified } = disclosedProjects(d)
  return { managedCount: managed.count - classified.count, managedAmount: managed.amount - classified.amount, publishedCount: published.count, publishedAmount: published.amount }
}

/** Where the officer types the reason of a compared figure. */
function reasonInput(id: string): { step: StepId; path: (string | number)[] } {
  if ((THREE_PUBLIC_ITEMS as readonly string[]).includes(id)) return { step: 'three-public', path: ['comparisons', 'threePublic', id, 'reason'] }
  if (id === 'threePublicTotal') return { step: 'three-public', path: ['comparisons', 'threePublicTotalReason'] }
  if (id === 'officeOperation') return { step: 'three-public', path: ['comparisons', 'officeOperation', 'reason'] }
  return { step: 'overview', path: ['comparisons', id, 'reason'] }
}

/** Generic wording that explains nothing when it is the whole reason (official-rules (c)15). */
const GENERIC_REASONS = ['工作需要', '正常调整', '按规定调整', '预算调整', '据实编制', '厉行节约', '严格落实八项规定', '落实过紧日子要求', '无']

/** The same reason typed for different figures, or a generic one (official-rules (c)15). */
export function reasonFindings(d: Derivation): Finding[] {
  const out: Finding[] = []
  const byText = new Map<string, { id: string; label: string }[]>()
  for (const f of comparedFigures(d)) {
    const r = cleanReason(f.reason)
    if (r === undefined) continue
    const key = r.replace(/[，,、。；\s]/gu, '')
    byText.set(key, [...(byText.get(key) ?? []), { id: f.id, label: f.label }])
    if (GENERIC_REASONS.includes(key) && f.prior !== undefined && f.prior !== f.current) {
      const where = reasonInput(f.id)
      out.push(input('K15', 'warning', `${f.label}的变动原因“${r}”过于笼统，请写明具体原因（如新增或减少的项目、人员变化）`, where.step, where.path))
    }
  }
  for (const [text, figs] of byText) {
    // 一's income and spending totals are equal: one reason for both is expected (all seeds do so).
    const others = figs.filter((f) => f.id !== 'expenditureTotal')
    if (others.length < 2) continue
    const where = reasonInput((others[1] ?? others[0])?.id ?? 'incomeTotal')
    out.push(input('K15', 'warning', `${figs.map((f) => f.label).join('、')}的变动原因完全相同（“${text}”），请分别说明各项的具体原因`, where.step, where.path))
  }
  return out
}
