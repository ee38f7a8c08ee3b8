// 004 大同市行政审批服务管理局[部门] 2026: units, projects and atomic budget lines, transcribed from
// the published seed (shared/seeds/004_13dce018f2234864.txt). Amounts in 0.01万元 unless they come
// from a project form in 元. Every allocation the seed does not print is explained where it is made.
import type { DocumentDataInput } from '../../../core/model/document-data'

type Line = NonNullable<DocumentDataInput['lines']>[number]
type ProjectInput = NonNullable<DocumentDataInput['projects']>[number]

export const UNITS = [
  { id: 'u-bureau', name: '大同市行政审批服务管理局', type: 'administrative', isHeadUnit: true },
  { id: 'u-service', name: '大同市政务服务中心', type: 'civil-servant-managed' },
  { id: 'u-trading', name: '大同市公共资源交易中心（大同市政府采购中心）', type: 'civil-servant-managed' },
  { id: 'u-business', name: '大同市营商环境发展促进中心', type: 'public-welfare-1' },
] as const satisfies DocumentDataInput['units']

type UnitId = (typeof UNITS)[number]['id']
type OrganUnit = 'u-bureau' | 'u-service' | 'u-trading'

/** 0.01万元 → 元 string. */
const yuan = (wanCents: number): string => `${wanCents * 100}.00`

/**
 * Staff on the payroll of the three 机关 units, the only per-unit figure the seed gives for them:
 * 本级 63 (J一枚印章… and J残疾人就业保障金 forms), 政务服务中心 11 (J政务工作运行经费 form),
 * 公共资源交易中心 17 (J残疾人就业保证金 form). T6 prints the 机关 pairs summed over the three units,
 * so the split below is an assumption that only has to add up.
 */
const STAFF: Record<OrganUnit, number> = { 'u-bureau': 63, 'u-service': 11, 'u-trading': 17 }

/** Largest-remainder split of an amount in 0.01万元 by weights. */
function split(total: number, weights: Record<OrganUnit, number>): Record<OrganUnit, number> {
  const units = Object.keys(weights) as OrganUnit[]
  const sum = units.reduce((a, u) => a + weights[u], 0)
  const exact = units.map((u) => (total * weights[u]) / sum)
  const out = units.map((_, i) => Math.floor(exact[i] as number))
  let missing = total - out.reduce((a, b) => a + b, 0)
  const order = units.map((_, i) => i).sort((a, b) => (exact[b] as number) - (out[b] as number) - ((exact[a] as number) - (out[a] as number)))
  for (const i of order) {
    if (missing === 0) break
    out[i] = (out[i] as number) + 1
    missing--
  }
  return Object.fromEntries(units.map((u, i) => [u, out[i]])) as Record<OrganUnit, number>
}

interface BasicSpec {
  unitId: UnitId
  functionCode: string
  economicCode: string
  amount: number
  note?: string
}

/**
 * 基本支出 of the three 机关 units. T6 机关 pairs, with three deliberate 0.01 departures where the
 * seed contradicts itself (spec §6.3 R23, S1): 基本工资 455.59 (printed 455.60) and 津贴补贴 284.73
 * (284.74) so that 工资福利支出 adds up to its printed 1289.79; 住房公积金 129.82 (129.81) so that
 * 表5 2210201 基本 133.85 holds. 表5 places them: 行政运行 2010301 takes wages, bonuses, 其他社会保障
 * and all 公用经费; 提租补贴 2210202 11.43 is 津贴补贴 (11.13 here, 0.30 at 营商环境发展促进中心).
 */
function organBasic(): BasicSpec[] {
  const out: BasicSpec[] = []
  const spread = (functionCode: string, economicCode: string, total: number) => {
    for (const [unitId, amount] of Object.entries(split(total, STAFF)) as [OrganUnit, number][]) {
      if (amount > 0) out.push({ unitId, functionCode, economicCode, amount })
    }
  }
  spread('2010301', '30101', 45559)
  spread('2010301', '30102', 27276)
  spread('2210202', '30102', 1113)
  spread('2010301', '30103', 16784)
  spread('2080505', '30108', 13697)
  spread('2101101', '30110', 5992)
  spread('2101103', '30111', 1712)
  spread('2010301', '30112', 197)
  spread('2210201', '30113', 12982)
  // 表5 2080501 行政单位离退休 基本 44.53 vs 表6 退休费 43.69 (spec §6.3 S6): T6 has no other 对个人和
  // 家庭的补助 item, so the 0.84 is booked as 津贴补贴 of the 本级.
  out.push({ unitId: 'u-bureau', functionCode: '2080501', economicCode: '30302', amount: 4369 })
  out.push({ unitId: 'u-bureau', functionCode: '2080501', economicCode: '30102', amount: 84, note: '表5 2080501 基本 44.53 与表6 退休费 43.69 之差' })
  out.push({ unitId: 'u-bureau', functionCode: '2100799', economicCode: '30309', amount: 36 })
  // 公用经费 per unit = T11 (98.64 / 18.73 / 27.44); the item split is assumed: 公务用车 at the 本级 (its
  // one 机要通信用车), 其他交通费用 and 工会经费 by staff, the rest by judgement, 办公费 the remainder.
  const publicUse: Record<OrganUnit, [string, number][]> = {
    'u-bureau': [['30201', 2006], ['30202', 150], ['30207', 120], ['30211', 300], ['30213', 300], ['30216', 150], ['30226', 170], ['30227', 200], ['30228', 503], ['30231', 350], ['30239', 5115], ['30299', 500]],
    'u-service': [['30201', 709], ['30207', 33], ['30211', 50], ['30228', 88], ['30239', 893], ['30299', 100]],
    'u-trading': [['30201', 707], ['30202', 65], ['30204', 25], ['30207', 50], ['30211', 100], ['30228', 135], ['30239', 1381], ['30299', 281]],
  }
  for (const [unitId, items] of Object.entries(publicUse) as [OrganUnit, [string, number][]][]) {
    for (const [economicCode, amount] of items) out.push({ unitId, functionCode: '2010301', economicCode, amount })
  }
  return out
}

/**
 * 基本支出 of 大同市营商环境发展促进中心 (公益一类): the 事业 pairs of T6 (…|工资福利支出, …|商品和服务支出).
 * 表5 事业运行 2010150 26.06 = 基本工资 12.21 + 津贴补贴 1.61 + 绩效工资 11.39 + 其他社会保障缴费 0.28 +
 * 办公费 0.51 + 工会经费 0.06; the other 0.30 of 津贴补贴 is 提租补贴.
 */
function institutionBasic(): BasicSpec[] {
  const u = 'u-business' as const
  return [
    { unitId: u, functionCode: '2010150', economicCode: '30101', amount: 1221 },
    { unitId: u, functionCode: '2010150', economicCode: '30102', amount: 161 },
    { unitId: u, functionCode: '2210202', economicCode: '30102', amount: 30 },
    { unitId: u, functionCode: '2010150', economicCode: '30107', amount: 1139 },
    { unitId: u, functionCode: '2080505', economicCode: '30108', amount: 385 },
    { unitId: u, functionCode: '2101102', economicCode: '30110', amount: 168 },
    { unitId: u, functionCode: '2101103', economicCode: '30111', amount: 48 },
    { unitId: u, functionCode: '2010150', economicCode: '30112', amount: 28 },
    { unitId: u, functionCode: '2210201', economicCode: '30113', amount: 403 },
    { unitId: u, functionCode: '2010150', economicCode: '30201', amount: 51 },
    { unitId: u, functionCode: '2010150', economicCode: '30228', amount: 6 },
  ]
}

interface ProjectSpec {
  id: string
  unitId: UnitId
  name: string
  /** 年度资金总额 in 元 from the project's form, or T12 × 10000 where no form is attached. */
  yuan: string
  /** The form's 年度资金总额 where the line amount departs from it. */
  formYuan?: string
  /** [功能科目, 经济科目, 元] when the project is split; else one line under `functionCode`. */
  parts?: [string, string, string][]
  functionCode?: string
  economicCode?: string
}

/**
 * The 33 projects in T12 order, each with the 年度资金总额 of its form in 元. Functional codes follow
 * from T3 项目支出: 本级 and 政务服务中心 give 政务公开审批 2010306 (590.73 + 596.84 = 1187.57);
 * 交易中心 gives 2010399 except Z专家评审费 = 一般行政管理事务 2010302 25.00; 营商环境发展促进中心 gives
 * 2010399 too (317.45 + 162.87 = 480.32) and the whole 208/210/221 项目支出 (57.71), which only its
 * 全员供养经费 can carry. Economic codes are printed nowhere; they are chosen from the content.
 */
const PROJECTS: ProjectSpec[] = [
  { id: 'p-bureau-review', unitId: 'u-bureau', name: 'Z评审经费', yuan: '354000', functionCode: '2010306', economicCode: '30226' },
  { id: 'p-bureau-window', unitId: 'u-bureau', name: 'Z综合窗口服务经费', yuan: '2164500', functionCode: '2010306', economicCode: '30227' },
  { id: 'p-bureau-environment', unitId: 'u-bureau', name: 'Z持续优化营商环境经费', yuan: '1628800', functionCode: '2010306', economicCode: '30227' },
  { id: 'p-bureau-disability', unitId: 'u-bureau', name: 'J残疾人就业保障金', yuan: '112800', functionCode: '2010306', economicCode: '30299' },
  { id: 'p-bureau-one-seal', unitId: 'u-bureau', name: 'J一枚印章管审批改革工作经费', yuan: '1147200', functionCode: '2010306', economicCode: '30299' },
  { id: 'p-bureau-capacity', unitId: 'u-bureau', name: 'Z政务服务能力提升经费', yuan: '500000', functionCode: '2010306', economicCode: '30227' },
  { id: 'p-service-disability', unitId: 'u-service', name: 'J残疾人就业保障金', yuan: '21000', functionCode: '2010306', economicCode: '30299' },
  { id: 'p-service-operation-z', unitId: 'u-service', name: 'Z政务工作运行经费', yuan: '640000', functionCode: '2010306', economicCode: '30299' },
  { id: 'p-service-operation-j', unitId: 'u-service', name: 'J政务工作运行经费', yuan: '174000', functionCode: '2010306', economicCode: '30299' },
  { id: 'p-service-building', unitId: 'u-service', name: 'Z大楼管理运行经费', yuan: '1855000', functionCode: '2010306', economicCode: '30299' },
  // The one changed amount. 政务服务中心's unit row prints 596.84 (its exact total 596.8407), but its
  // projects, each rounded, add up to 596.85 (spec §6.3 R34). Of its three non-round forms
  // (886,262, 843,875, 64,470元) this one has the smallest remainder, so a largest-remainder
  // rounding of the unit would round it down: 886,249元, the largest whole amount that prints 88.62,
  // keeps the unit row, T3/T5 项目支出 1750.60 and 表1 3229.82 as printed, with no 尾差 (T01).
  { id: 'p-service-property', unitId: 'u-service', name: 'Z政务大厅物业管理服务费', yuan: '886249', formYuan: '886262', functionCode: '2010306', economicCode: '30209' },
  { id: 'p-service-network-line', unitId: 'u-service', name: 'Z网络专线接入服务', yuan: '1008800', functionCode: '2010306', economicCode: '30207' },
  { id: 'p-service-network-security', unitId: 'u-service', name: 'Z网络信息安全运维', yuan: '475000', functionCode: '2010306', economicCode: '30213' },
  { id: 'p-service-systems', unitId: 'u-service', name: 'Z网络系统、软硬件平台运维费', yuan: '843875', functionCode: '2010306', economicCode: '30213' },
  { id: 'p-service-trainees', unitId: 'u-service', name: 'QT财政其他供养人员', yuan: '64470', functionCode: '2010306', economicCode: '30199' },
  { id: 'p-trading-experts', unitId: 'u-trading', name: 'Z专家评审费', yuan: '250000', functionCode: '2010302', economicCode: '30226' },
  { id: 'p-trading-security-ops', unitId: 'u-trading', name: 'Z网络安全运维服务', yuan: '493500', functionCode: '2010399', economicCode: '30213' },
  { id: 'p-trading-platform-maintenance', unitId: 'u-trading', name: 'Z公共资源交易平台维护费', yuan: '400000', functionCode: '2010399', economicCode: '30213' },
  { id: 'p-trading-procurement-j', unitId: 'u-trading', name: 'J政府采购事务经费', yuan: '231600', functionCode: '2010399', economicCode: '30299' },
  { id: 'p-trading-extranet', unitId: 'u-trading', name: 'Z公共资源交易一体化平台电子政务外网配置', yuan: '199000', functionCode: '2010399', economicCode: '30207' },
  { id: 'p-trading-disability', unitId: 'u-trading', name: 'J残疾人就业保障金', yuan: '23400', functionCode: '2010399', economicCode: '30299' },
  { id: 'p-trading-property-rights', unitId: 'u-trading', name: 'Z产权交易运转经费', yuan: '207000', functionCode: '2010399', economicCode: '30299' },
  { id: 'p-trading-lawyer', unitId: 'u-trading', name: 'Z律师顾问费', yuan: '50000', functionCode: '2010399', economicCode: '30227' },
  { id: 'p-trading-procurement-z', unitId: 'u-trading', name: 'Z政府采购事物经费', yuan: '130000', functionCode: '2010399', economicCode: '30299' },
  { id: 'p-trading-platform-support', unitId: 'u-trading', name: 'Z公共资源交易平台保障经费', yuan: '700000', functionCode: '2010399', economicCode: '30227' },
  { id: 'p-trading-witness', unitId: 'u-trading', name: 'Z公共资源见证服务费', yuan: '650000', functionCode: '2010399', economicCode: '30227' },
  { id: 'p-trading-security-test', unitId: 'u-trading', name: 'Z网络安全等保测评', yuan: '90000', functionCode: '2010399', economicCode: '30227' },
  { id: 'p-business-work', unitId: 'u-business', name: 'Z营商环境业务经费', yuan: '117600', functionCode: '2010399', economicCode: '30299' },
  {
    id: 'p-business-staff',
    unitId: 'u-business',
    name: 'XM大同市营商环境发展促进中心全员供养经费',
    yuan: '1899600',
    // 表3 项目支出 of 208/210/221 (57.71) and 132.25 of wages under 2010399, split like the unit's
    // 基本支出 wages (基本工资 : 津贴补贴 : 绩效工资 = 12.21 : 1.91 : 11.39).
    parts: [
      ['2010399', '30101', '633000'],
      ['2010399', '30102', '99000'],
      ['2010399', '30107', '590500'],
      ['2080502', '30302', '52100'],
      ['2080505', '30108', '187900'],
      ['2080506', '30109', '94000'],
      ['2101102', '30110', '83700'],
      ['2210201', '30113', '159400'],
    ],
  },
  { id: 'p-business-recurring', unitId: 'u-business', name: 'J营商环境经常性项目', yuan: '15000', functionCode: '2010399', economicCode: '30299' },
  { id: 'p-business-special', unitId: 'u-business', name: 'Z专项业务费', yuan: '48600', functionCode: '2010399', economicCode: '30299' },
  { id: 'p-business-disability', unitId: 'u-business', name: 'J残疾人保障金', yuan: '25000', functionCode: '2010399', economicCode: '30299' },
  { id: 'p-business-assistance', unitId: 'u-business', name: 'Z帮代办工作经费', yuan: '100000', functionCode: '2010399', economicCode: '30299' },
]

/** What the project forms are matched on (spec §6.1 N12: unit and amount, never the name). */
export const PROJECT_IDS = PROJECTS.map((p) => ({ id: p.id, unitId: p.unitId, name: p.name, formYuan: p.formYuan ?? p.yuan }))

export function projects(): ProjectInput[] {
  // 十: all 33 projects are 其他运转类; the forms say 经常性项目（长期开展）, 项目期 99年.
  return PROJECTS.map((p) => ({ id: p.id, unitId: p.unitId, name: p.name, category: 'operating', attribute: 'recurring', durationYears: 99 }))
}

export function lines(): Line[] {
  const out: Line[] = []
  const next = () => `l${String(out.length + 1).padStart(3, '0')}`
  for (const b of [...organBasic(), ...institutionBasic()]) {
    const line: Line = { id: next(), unitId: b.unitId, functionCode: b.functionCode, kind: 'basic', economicCode: b.economicCode, source: 'general', period: 'current', amount: yuan(b.amount) }
    if (b.note) line.note = b.note
    out.push(line)
  }
  for (const p of PROJECTS) {
    const parts = p.parts ?? [[p.functionCode ?? '', p.economicCode ?? '', p.yuan]]
    const sum = parts.reduce((a, [, , y]) => a + Number(y), 0)
    if (sum !== Number(p.yuan)) throw new Error(`${p.name}: parts add up to ${sum}, not ${p.yuan}`)
    for (const [functionCode, economicCode, amount] of parts) {
      out.push({ id: next(), unitId: p.unitId, functionCode, kind: 'project', projectId: p.id, economicCode, source: 'general', period: 'current', amount: `${amount}.00` })
    }
  }
  return out
}
