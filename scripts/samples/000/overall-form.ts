// 000's 整体 form (附件3 `孝义市预算单位整体支出绩效目标申报表`, 2025 county layout, spec §5.1 a), read
// from the seed text. 履职履行 lists 产出 indicators and 履职效益 效益/满意度 ones (the layout prints no
// 二级, so one is chosen: samples/notes-000.md). Template rows (`其他指标` without a value, `.....`)
// are not indicators. Money: 上年度资金 is typed; 本年度申请资金 is derived from the lines.
import type { DocumentDataInput } from '../../../core/model/document-data'
import { fenToYuanString } from '../../../core/money/money'
import { indicatorValue, isFiller, tokens, type IndicatorInput } from '../forms/indicators'
import { fenOf } from '../forms/match'

type OverallInput = NonNullable<NonNullable<DocumentDataInput['performance']>['overall']>

/** The form's lines: from its title to the first project form. */
export function overallBlock(lines: string[]): string[] {
  const start = lines.findIndex((l) => /预算单位整体支出绩效目标申报表$/.test(l))
  const end = lines.findIndex((l, i) => i > start && /项目支出绩效目标表$/.test(l))
  if (start < 0 || end < 0) throw new Error('000: 整体 form not found')
  return lines.slice(start, end)
}

function dutyIndicator(t: string[], duty: 'tasks' | 'effects'): IndicatorInput {
  const [name = '', value = '', note = ''] = t
  const satisfaction = duty === 'effects' && /满意度/.test(name)
  const ind: IndicatorInput & { note?: string } = {
    level1: duty === 'tasks' ? 'output' : satisfaction ? 'satisfaction' : 'benefit',
    level2: duty === 'tasks' ? 'quantity' : satisfaction ? 'beneficiary-satisfaction' : 'social',
    name,
    value: indicatorValue(value),
  }
  if (note !== '') ind.note = note
  return ind
}

export function overallForm(lines: string[]): OverallInput {
  const raw = overallBlock(lines)
  const block = raw.map(tokens)
  const rowWith = (label: string): string[] => block.find((t) => t.includes(label)) ?? []
  const after = (label: string): string => {
    const t = rowWith(label)
    return t[t.indexOf(label) + 1] ?? ''
  }
  const count = (label: string): number | undefined => {
    const v = after(label)
    return /^\d+$/.test(v) ? Number(v) : undefined
  }
  const text = (label: string): string => (block.find((t) => t[0] === label)?.[1] ?? '')
  const at = (pred: (t: string[]) => boolean): number => block.findIndex(pred)
  const tasksAt = at((t) => t.includes('履职履行'))
  const effectsAt = at((t) => t.includes('履职效益'))
  const moneyAt = at((t) => t[0] === '资金管理')
  const indicators: IndicatorInput[] = []
  const read = (from: number, to: number, duty: 'tasks' | 'effects') => {
    for (const t of block.slice(from + 1, to)) {
      if (t.length === 0 || isFiller(t) || (t.length === 1 && t[0] === '其他指标')) continue
      indicators.push(dutyIndicator(t, duty))
    }
  }
  read(tasksAt, effectsAt, 'tasks')
  read(effectsAt, moneyAt, 'effects')
  const tasksRow = block[tasksAt] ?? []
  const money = (label: string): string => {
    const t = block.find((x) => x[0] === label) ?? []
    return fenToYuanString(fenOf(t[1] ?? '', '万元'))
  }
  const footer = (label: string): string => {
    const line = raw.find((l) => l.startsWith(label)) ?? ''
    return line.slice(label.length).replace(/^[:：]/, '').trim()
  }
  return {
    internalDepartments: count('内设机构'),
    directUnits: count('直属单位'),
    staffQuota: count('编制控制数'),
    staffOnPayroll: count('实有在编人数'),
    staffOther: count('编外人员数'),
    staffAdministrativeQuota: count('行政编制数'),
    staffInstitutionQuota: count('事业编制数'),
    staffAdministrative: count('行政人员'),
    staffInstitution: count('事业人员'),
    strategicGoal: text('单位中长期战略目标'),
    completedLastYear: text('上年度已完成工作目标'),
    annualGoal: text('年度绩效目标'),
    // `履职履行 | 预期完成的事项(…) | 任务1: … | 绩效指标 | 指标值 | 指标解释及计算公式`
    dutyTasks: tasksRow[tasksRow.findIndex((x) => x.startsWith('预期完成的事项')) + 1] ?? '',
    dutyEffects: after('部门履行职责带来的效果'),
    indicators,
    priorYearBasic: money('1 基本支出'),
    priorYearProject: money('2 项目支出'),
    budgetCompletionRate: (block.find((x) => x[0] === '合计') ?? [])[3] ?? '',
    organization: after('组织机构'),
    measures: after('相关管理制度'),
    otherNotes: text('其他需要说明的情况'),
    filledBy: footer('填表人'),
    handler: footer('经办人'),
    phone: footer('联系电话'),
    filledAt: footer('填表日期'),
  }
}
