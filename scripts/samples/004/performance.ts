// 004's 绩效目标 attachments (spec §5.1 c, §5.2), read from the seed's tab-separated text: the 整体
// form and the 28 attached project forms. Cells are taken as printed (truncated 年度 indicator names
// included); forms are matched to projects by 实施单位 and 年度资金总额 (spec §6.1 N12), never by name.
import type { DocumentDataInput } from '../../../core/model/document-data'
import { IndicatorReader, isLevel2, LEVEL1, tokens, type Half } from '../forms/indicators'
import { formBlocks as blocksBetween, parseProjectForm, type ProjectFormInput } from '../forms/standard-form'
import { PROJECT_IDS, UNITS } from './budget'
import { seedLines } from './seed'

type PerformanceInput = NonNullable<DocumentDataInput['performance']>

/** The blocks between one form title and the next (or 十一). */
const formBlocks = (lines: string[], title: RegExp): string[][] => blocksBetween(lines, title, '十一、国有资产占有使用情况')

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
