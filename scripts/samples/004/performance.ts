// 004's 绩效目标 attachments (spec §5.1 c, §5.2), read from the seed's tab-separated text: the 整体
// form and the 28 attached project forms. Cells are taken as printed (truncated 年度 indicator names
// included); forms are matched to projects by 实施单位 and 年度资金总额 (spec §6.1 N12), never by name.
import type { DocumentDataInput } from '../../../core/model/document-data'
import type { Level1, Level2 } from '../../../core/model/performance'
import { normalizeName } from '../../../tests/seeds/seed-text'
import { PROJECT_IDS, UNITS } from './budget'
import { seedLines } from './seed'

type PerformanceInput = NonNullable<DocumentDataInput['performance']>
type ProjectFormInput = NonNullable<PerformanceInput['projectForms']>[number]
interface IndicatorInput {
  level1: Level1
  level2: Level2
  name: string
  value: { comparator: '' | '≥' | '≤' | '>' | '<' | '='; value: string; unit: string }
}

const LEVEL1: Record<string, Level1> = { 产出指标: 'output', 效益指标: 'benefit', 满意度指标: 'satisfaction', 满意度: 'satisfaction' }
const LEVEL2: Record<string, Level2> = {
  数量指标: 'quantity',
  质量指标: 'quality',
  时效指标: 'timeliness',
  成本指标: 'cost',
  经济效益: 'economic',
  经济效益指标: 'economic',
  社会效益: 'social',
  社会效益指标: 'social',
  生态效益: 'ecological',
  生态效益指标: 'ecological',
  可持续影响: 'sustainable',
  可持续性影响: 'sustainable',
  可持续性: 'sustainable',
  可持续影响指标: 'sustainable',
  服务对象: 'beneficiary-satisfaction',
  服务对象满意度: 'beneficiary-satisfaction',
  服务对象满意度指标: 'beneficiary-satisfaction',
}
const LEVEL1_OF: Record<Level2, Level1> = {
  quantity: 'output',
  quality: 'output',
  timeliness: 'output',
  cost: 'output',
  economic: 'benefit',
  social: 'benefit',
  ecological: 'benefit',
  sustainable: 'benefit',
  'beneficiary-satisfaction': 'satisfaction',
}

const tokens = (line: string): string[] => line.split('\t').map((c) => c.trim()).filter((c) => c !== '')

/**
 * Indicator cells: the extraction merged one 二级 cell with its 三级 name (Z评审经费:
 * `服务对象项目法人满意度` = 服务对象满意度 | 项目法人满意度); split it again.
 */
function indicatorTokens(line: string): string[] {
  return tokens(line).flatMap((t) => (/^服务对象./.test(t) && !isLevel2(t) ? ['服务对象满意度', t.slice(4)] : [t]))
}
const isLevel2 = (t: string): boolean => t in LEVEL2

/** `≥95%` → ≥ / 95 / %; `114.72万元` → '' / 114.72 / 万元; `及时` → '' / 及时 / ''. */
export function indicatorValue(text: string): IndicatorInput['value'] {
  const m = /^([≥≤><=]?)\s*(\d+(?:\.\d+)?)\s*(\D*)$/.exec(text)
  if (m) return { comparator: m[1] as IndicatorInput['value']['comparator'], value: m[2] ?? '', unit: (m[3] ?? '').trim() }
  return { comparator: '', value: text, unit: '' }
}

/** One half of an indicator row: an optional 二级 label, then an optional 三级 name with its value. */
type Half = { level2?: string; name?: string; value?: string }
const HALF_SHAPES = ['LNV', 'L', 'NV', 'LN', 'N', ''] as const

function readHalf(shape: string, t: string[]): Half | undefined {
  const h: Half = {}
  for (let i = 0; i < shape.length; i++) {
    const tok = t[i] as string
    const kind = shape[i]
    if (kind === 'L') {
      if (!isLevel2(tok)) return undefined
      h.level2 = tok
    } else if (kind === 'N') {
      // A 三级 name may repeat its 二级 label (服务对象满意度 | 服务对象满意度 | ≥95%) only after it.
      if (isLevel2(tok) && shape[0] !== 'L') return undefined
      h.name = tok
    } else {
      if (isLevel2(tok)) return undefined
      h.value = tok
    }
  }
  return h
}

/** Splits a row of the two-half indicator block (实施期 | 年度) into its halves, preferring symmetric shapes. */
export function splitHalves(t: string[]): [Half, Half] {
  const candidates: [Half, Half, number][] = []
  for (const a of HALF_SHAPES) {
    for (const b of HALF_SHAPES) {
      if (a.length + b.length !== t.length) continue
      const h1 = readHalf(a, t.slice(0, a.length))
      const h2 = readHalf(b, t.slice(a.length))
      if (h1 && h2) candidates.push([h1, h2, (a === b ? 0 : 10) + HALF_SHAPES.indexOf(a) + HALF_SHAPES.indexOf(b)])
    }
  }
  candidates.sort((x, y) => x[2] - y[2])
  const best = candidates[0]
  if (!best) throw new Error(`indicator row not understood: ${t.join(' | ')}`)
  return [best[0], best[1]]
}

class IndicatorReader {
  private level2: Level2 | undefined
  readonly out: IndicatorInput[] = []

  take(h: Half, level1: Level1 | undefined): void {
    if (h.level2) this.level2 = LEVEL2[h.level2]
    if (h.name === undefined || !this.level2) return
    const l1 = LEVEL1_OF[this.level2]
    // The 一级 cell is sometimes shifted a row (Z政务服务能力提升经费: 效益指标 | 成本指标); the fixed
    // hierarchy of spec §5.4 gives it from the 二级.
    if (level1 && level1 !== l1) console.warn(`一级指标 ${level1} printed beside ${this.level2} (${h.name}); using ${l1}`)
    this.out.push({ level1: l1, level2: this.level2, name: h.name, value: indicatorValue(h.value ?? '') })
  }
}

const yuanOf = (text: string): string => `${text.replace(/[,，]/g, '')}.00`
const numbersIn = (line: string): string[] => line.match(/\d[\d,]*(?:\.\d+)?/g) ?? []

interface ParsedForm {
  name: string
  unitName: string
  annualYuan: string
  form: Omit<ProjectFormInput, 'projectId'>
}

function parseProjectForm(block: string[]): ParsedForm {
  const row = (label: string): string[] => {
    const line = block.find((l) => tokens(l)[0]?.replace(/^-|\s/g, '') === label)
    return line ? tokens(line) : []
  }
  const text = (label: string): string => row(label)[1] ?? ''
  const main = row('主管部门及代码')
  const unitName = normalizeName(main[main.indexOf('实施单位') + 1] ?? '')
  const moneyLine = block.find((l) => l.includes('实施期资金总额')) ?? ''
  const [implementation = '0', annual = '0'] = numbersIn(moneyLine.replace(/\(元\)|（元）/g, ''))
  const splitRow = (label: RegExp): string => {
    const line = block.find((l) => label.test(l)) ?? ''
    return yuanOf(numbersIn(line)[0] ?? '0')
  }
  const goals = row('总体目标')
  const start = block.findIndex((l) => tokens(l)[0]?.replace(/\s/g, '') === '绩效指标')
  const end = block.findIndex((l) => /^负责人/.test(l))
  const implementationReader = new IndicatorReader()
  const annualReader = new IndicatorReader()
  for (const line of block.slice(start + 1, end)) {
    const t = indicatorTokens(line)
    const level1 = t[0] && t[0] in LEVEL1 ? LEVEL1[t.shift() as string] : undefined
    const [a, b] = splitHalves(t)
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

/** The blocks between one form title and the next (or 十一). */
function formBlocks(lines: string[], title: RegExp): string[][] {
  const starts = lines.map((l, i) => (title.test(l) ? i : -1)).filter((i) => i >= 0)
  const stop = lines.findIndex((l) => l === '十一、国有资产占有使用情况')
  return starts.map((s, k) => lines.slice(s, starts[k + 1] ?? stop))
}

export interface FormMismatch {
  formName: string
  projectName: string
}

export function projectForms(): { forms: ProjectFormInput[]; mismatches: FormMismatch[] } {
  const unitIdByName = new Map<string, string>(UNITS.map((u) => [u.name, u.id]))
  const forms: ProjectFormInput[] = []
  const mismatches: FormMismatch[] = []
  for (const block of formBlocks(seedLines(), /项目支出绩效目标表$/)) {
    const parsed = parseProjectForm(block)
    const unitId = unitIdByName.get(parsed.unitName)
    const project = PROJECT_IDS.find((p) => p.unitId === unitId && `${p.formYuan}.00` === parsed.annualYuan)
    if (!project) throw new Error(`form ${parsed.name} (${parsed.unitName}, ${parsed.annualYuan}) matches no project`)
    if (parsed.name !== project.name) mismatches.push({ formName: parsed.name, projectName: project.name })
    forms.push({ projectId: project.id, ...parsed.form })
  }
  // Spec §9.1: forms follow the T12 order.
  const order = new Map(PROJECT_IDS.map((p, i) => [p.id, i]))
  forms.sort((a, b) => (order.get(a.projectId) ?? 0) - (order.get(b.projectId) ?? 0))
  return { forms, mismatches }
}

function overallForm(): NonNullable<PerformanceInput['overall']> {
  const block = formBlocks(seedLines(), /整体支出绩效目标申报表$/)[0]?.slice(0, 60) ?? []
  const at = (label: string): number => block.findIndex((l) => tokens(l)[0] === label)
  const count = (label: string): number => {
    const line = block.find((l) => tokens(l).includes(label)) ?? ''
    const t = tokens(line)
    return Number((t[t.indexOf(label) + 1] ?? '').replace(/[个人]$/, ''))
  }
  const textOf = (label: string): string => tokens(block[at(label)] ?? '')[1] ?? ''
  const keyTasks: { coreFunction: string; tasks: string }[] = []
  for (let i = at('年度重点任务') + 1; i < at('年度绩效目标'); i++) {
    const t = tokens(block[i] ?? '')
    if (t.length === 2) keyTasks.push({ coreFunction: t[0] as string, tasks: t[1] as string })
  }
  const reader = new IndicatorReader()
  for (const line of block.slice(at('年度绩效指标') + 1)) {
    const t = tokens(line)
    if (t.length === 0) break
    const level1 = t[0] && t[0] in LEVEL1 ? LEVEL1[t.shift() as string] : undefined
    const level2 = t[0] && isLevel2(t[0]) ? t.shift() : undefined
    const half: Half = {}
    if (level2) half.level2 = level2
    if (t[0] !== undefined) half.name = t[0]
    if (t[1] !== undefined) half.value = t[1]
    reader.take(half, level1)
  }
  return {
    internalDepartments: count('内设职能部门数'),
    staffQuota: count('核定的人员编制数'),
    staffActual: count('实际在职人员总数'),
    staffOnPayroll: count('其中:在编人员数'),
    staffOther: count('其他人员数'),
    duties: textOf('部门职责'),
    strategicGoal: textOf('部门战略目标'),
    keyTasks,
    annualGoal: textOf('年度绩效目标'),
    indicators: reader.out,
  }
}

export function performanceInputs(): PerformanceInput {
  return { overall: overallForm(), projectForms: projectForms().forms }
}
