// The standard 项目支出绩效目标表 (spec §5.2; 004's city forms, 000's and 001's county forms), read
// from a seed's tab-separated text. Cells are taken as printed; money is in 元.
import type { DocumentDataInput } from '../../../core/model/document-data'
import type { ProjectAttribute } from '../../../core/model/enums'
import type { Level1 } from '../../../core/model/performance'
import { normalizeName } from '../../../tests/seeds/seed-text'
import { IndicatorReader, isFiller, isLevel2, LEVEL1, splitHalves, tokens } from './indicators'

type PerformanceInput = NonNullable<DocumentDataInput['performance']>
export type ProjectFormInput = NonNullable<PerformanceInput['projectForms']>[number]

/**
 * Indicator cells: the extraction merged one 二级 cell with its 三级 name (004 Z评审经费:
 * `服务对象项目法人满意度` = 服务对象满意度 | 项目法人满意度); split it again (not 000's 三级
 * `服务对象成本`).
 */
function indicatorTokens(line: string): string[] {
  return tokens(line).flatMap((t) => (/^服务对象.+满意度$/.test(t) && !isLevel2(t) ? ['服务对象满意度', t.slice(4)] : [t]))
}

/** Printed 元 (`1,147,200`, `157,929.07`) as the model's 元 string (`1147200.00`, `157929.07`). */
export function yuanOf(text: string): string {
  const [whole = '0', frac = ''] = text.replace(/[,，]/g, '').split('.')
  return `${whole}.${frac.padEnd(2, '0')}`
}
export const numbersIn = (line: string): string[] => line.match(/\d[\d,]*(?:\.\d+)?/g) ?? []

/** 项目属性 and 项目期 as printed (`一次性项目(1年结束)`, `99年`); undefined where blank. */
export interface FormShape {
  attribute?: ProjectAttribute
  durationYears?: number
}

export interface ParsedForm {
  name: string
  unitName: string
  /** 年度资金总额 in 元 (`0.00` where blank, see annualPrinted). */
  annualYuan: string
  annualPrinted: boolean
  shape: FormShape
  form: Omit<ProjectFormInput, 'projectId'>
}

const ATTRIBUTES: [RegExp, ProjectAttribute][] = [
  [/一次性/, 'one-off'],
  [/经常性/, 'recurring'],
  [/延续性/, 'phased'],
]

/** 项目属性 and 项目期 from the lines between them (000 prints 临县第一书记经费's `99年` a line lower). */
export function formShape(block: string[]): FormShape {
  // 000 prints `项目属性: 07960` once.
  const at = block.findIndex((l) => tokens(l)[0]?.startsWith('项目属性'))
  const money = block.findIndex((l) => /资金总额/.test(l))
  const text = at < 0 ? '' : block.slice(at, money < 0 ? at + 1 : money).join(' ')
  const attribute = ATTRIBUTES.find(([re]) => re.test(text))?.[1]
  const years = /项目(?:期|日期)[\s\S]*?(\d+)\s*年(?!结束)/.exec(text)?.[1]
  return { ...(attribute ? { attribute } : {}), ...(years ? { durationYears: Number(years) } : {}) }
}

export function parseProjectForm(block: string[]): ParsedForm {
  const row = (label: string): string[] => {
    const line = block.find((l) => tokens(l)[0]?.replace(/^-|\s/g, '') === label)
    return line ? tokens(line) : []
  }
  const text = (label: string): string => row(label)[1] ?? ''
  const main = row('主管部门及代码')
  const unitName = normalizeName(main[main.indexOf('实施单位') + 1] ?? '')
  const moneyAt = block.findIndex((l) => l.includes('实施期资金总额'))
  const moneyLine = block[moneyAt] ?? ''
  const amounts = numbersIn(moneyLine.replace(/\(元\)|（元）/g, ''))
  const [implementation = '0', annual = '0'] = amounts
  // The fund rows follow the money row (000's title `孝义市县(区)级…` also holds 市县).
  const splitRow = (label: RegExp): string => {
    const line = block.slice(moneyAt).find((l) => label.test(l)) ?? ''
    return yuanOf(numbersIn(line)[0] ?? '0')
  }
  const goals = row('总体目标')
  const start = block.findIndex((l) => tokens(l)[0]?.replace(/\s/g, '') === '绩效指标')
  const end = block.findIndex((l) => /^负责人/.test(tokens(l)[0] ?? ''))
  const implementationReader = new IndicatorReader()
  const annualReader = new IndicatorReader()
  for (const line of block.slice(start + 1, end)) {
    const t = indicatorTokens(line)
    if (isFiller(t)) continue
    // 000 prints the 一级 cell twice on a row (`效益指标 | 效益指标 | 经济效益指标 …`).
    let level1: Level1 | undefined
    while (t[0] !== undefined && t[0] in LEVEL1) level1 = LEVEL1[t.shift() as string]
    const [a, b] = splitHalves(t)
    // 000 prints a row's 二级 once for both halves (`系统建设成本 | ≤110万元 | 成本指标 | 系统建设成本 | ≤110万元`).
    if (a.name === b.name && a.value === b.value && (a.level2 === undefined) !== (b.level2 === undefined)) a.level2 = b.level2 = a.level2 ?? b.level2
    implementationReader.take(a, level1)
    annualReader.take(b, level1)
  }
  const footer = tokens(block[end] ?? '')
  // `填报日期： 20251204161540` may share a cell with its label; timestamps may carry wrap spaces.
  const after = (label: string): string => {
    const i = footer.findIndex((x) => x.startsWith(label))
    if (i < 0) return ''
    const own = (footer[i] as string).slice(label.length).replace(/^[:：]/, '').trim()
    const next = footer[i + 1]
    const v = own !== '' ? own : next !== undefined && !/^(?:负责人|经办人|联系电话|填报日期)/.test(next) ? next : ''
    return label === '填报日期' ? v.replace(/\s/g, '') : v
  }
  return {
    name: text('项目名称'),
    unitName,
    annualYuan: yuanOf(annual),
    annualPrinted: amounts.length >= 2,
    shape: formShape(block),
    form: {
      implementationTotal: yuanOf(implementation),
      implementationSplit: {
        central: splitRow(/中央财政资金/),
        provincial: splitRow(/省级财政资金/),
        local: splitRow(/市、?县/),
        selfRaised: splitRow(/单位自筹/),
        other: '0.00',
      },
      overview: text('项目概况'),
      basis: text('立项依据'),
      necessity: text('项目设立必要性'),
      measures: text('保证项目实施的制度、措施'),
      plan: text('项目实施计划'),
      implementationGoal: goals[1] ?? '',
      annualGoal: goals[2] ?? goals[1] ?? '',
      implementationIndicators: implementationReader.out,
      annualIndicators: annualReader.out,
      owner: after('负责人'),
      handler: after('经办人'),
      phone: after('联系电话'),
      filledAt: after('填报日期'),
    },
  }
}

/** The blocks between one form title and the next (or `stop`, the heading after the attachments). */
export function formBlocks(lines: string[], title: RegExp, stop: string): string[][] {
  const starts = lines.map((l, i) => (title.test(l) ? i : -1)).filter((i) => i >= 0)
  const end = lines.findIndex((l) => l === stop)
  return starts.map((s, k) => lines.slice(s, starts[k + 1] ?? end))
}
