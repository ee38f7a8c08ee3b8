// Budget lines and projects of the large department: exactly 20 basic lines per unit (3,000 for 150
// units), 4 projects per unit (600) with 1–3 lines each, 政府性基金 projects, 财政专户 and 单位资金
// lines, and 上年结转 money. Amounts are whole 元 or with 角分, varied by the seeded generator.
import { fenToYuanString } from '../../core/money/money'
import type { BudgetLine, Project } from '../../core/model/budget'
import { defaultEconomicScope, type ProjectAttribute } from '../../core/model/enums'
import type { Unit } from '../../core/model/organization'
import { BASIC_ITEMS, FUND_FUNCTION_CODE, PROJECT_ECONOMIC_CODES, PROJECT_FUNCTION_CODES } from './codes'
import type { Random } from './random'

export const PROJECTS_PER_UNIT = 4

/** About ±30% around a typical amount, in 分; a third of the amounts carry 角分. */
function amountFen(random: Random, yuan: number): number {
  const whole = Math.round(yuan * (0.7 + 0.6 * random.next()))
  return whole * 100 + (random.chance(0.33) ? random.int(1, 99) : 0)
}

const lineId = (n: number) => `l${String(n).padStart(5, '0')}`

export function basicLines(units: readonly Unit[], random: Random, firstId = 1): BudgetLine[] {
  let n = firstId
  return units.flatMap((unit) => {
    const scope = defaultEconomicScope(unit.type)
    const size = unit.isHeadUnit ? 4 : 0.5 + random.next() * 1.5
    return BASIC_ITEMS.map((item): BudgetLine => {
      // 公益二类 units pay bonuses and welfare from their own 事业收入; others keep 办公费 in a 财政专户.
      const unitFunded = unit.type === 'public-welfare-2' && (item.economicCode === '30103' || item.economicCode === '30229')
      const specialAccount = unit.type === 'other-institution' && item.economicCode === '30201'
      return {
        id: lineId(n++),
        unitId: unit.id,
        functionCode: item.functionCode[scope],
        kind: 'basic',
        economicCode: item.economicCode,
        source: unitFunded ? 'unit' : specialAccount ? 'special-account' : 'general',
        ...(unitFunded ? { unitFundKind: 'business-income' as const } : {}),
        period: 'current',
        amount: fenToYuanString(amountFen(random, item.yuan * size)),
      }
    })
  })
}

const PROJECT_TOPICS = ['城市道路清扫保洁', '市容秩序整治', '户外广告管理', '市政设施维修养护', '城市照明运行', '垃圾分类宣传', '园林绿化养护', '执法装备购置', '数字城管平台运维', '公厕运行管理', '渣土运输监管', '城市防汛应急']

const ATTRIBUTES: readonly [ProjectAttribute, number][] = [
  ['recurring', 99],
  ['one-off', 1],
  ['phased', 3],
]

export function projects(units: readonly Unit[], random: Random): Project[] {
  return units.flatMap((unit, i) =>
    Array.from({ length: PROJECTS_PER_UNIT }, (_, k): Project => {
      const [attribute, durationYears] = random.pick(ATTRIBUTES)
      const topic = PROJECT_TOPICS[(i * PROJECTS_PER_UNIT + k) % PROJECT_TOPICS.length] as string
      return {
        id: `p${String(i).padStart(3, '0')}-${k + 1}`,
        unitId: unit.id,
        name: `${topic}项目（${unit.id.slice(1)}-${k + 1}）`,
        category: k === 0 ? 'operating' : 'targeted',
        attribute,
        durationYears,
        continuing: attribute !== 'one-off' && random.chance(0.6),
        classified: false,
      }
    }),
  )
}

/** Which projects carry 政府性基金 money: the first targeted project of every tenth unit. */
export const isFundProject = (unitIndex: number, k: number) => unitIndex % 10 === 3 && k === 1

export function projectLines(units: readonly Unit[], projectList: readonly Project[], random: Random, firstId: number): BudgetLine[] {
  let n = firstId
  const unitIndex = new Map(units.map((u, i) => [u.id, i]))
  const unitOf = new Map(units.map((u) => [u.id, u]))
  return projectList.flatMap((p, j) => {
    const i = unitIndex.get(p.unitId) ?? 0
    const k = j % PROJECTS_PER_UNIT
    const scope = defaultEconomicScope((unitOf.get(p.unitId) as Unit).type)
    const fund = isFundProject(i, k)
    const count = random.int(1, 3)
    const lines: BudgetLine[] = []
    for (let c = 0; c < count; c++) {
      const special = !fund && c === 2 && i % 7 === 0
      lines.push({
        id: lineId(n++),
        unitId: p.unitId,
        functionCode: fund ? FUND_FUNCTION_CODE : random.pick(PROJECT_FUNCTION_CODES[scope]),
        kind: 'project',
        projectId: p.id,
        economicCode: random.pick(PROJECT_ECONOMIC_CODES),
        source: fund ? 'fund' : special ? 'special-account' : 'general',
        period: 'current',
        amount: fenToYuanString(amountFen(random, fund ? 2_000_000 : 180_000)),
      })
    }
    // 上年结转: every fifth unit's second project, and half of the 政府性基金 projects.
    if ((i % 5 === 1 && k === 1) || (fund && i % 20 === 3)) {
      lines.push({
        id: lineId(n++),
        unitId: p.unitId,
        functionCode: lines[0]?.functionCode as string,
        kind: 'project',
        projectId: p.id,
        economicCode: lines[0]?.economicCode as string,
        source: fund ? 'fund' : 'general',
        period: 'carryover',
        amount: fenToYuanString(amountFen(random, 90_000)),
      })
    }
    return lines
  })
}
