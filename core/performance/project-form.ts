// 项目支出绩效目标表 (spec §5.2) as a FormModel: 8 columns (caption, then two halves 实施期 | 年度 of
// the indicator grid). The 年度 money is derived from the project's lines (amounts.ts); the 实施期
// money is what the officer typed (blank until typed; F08 asks for it).
import type { Derivation } from '../calc/derive'
import { formatYuanText } from '../money/format'
import { yuanToFen, type Fen } from '../money/money'
import { PROJECT_ATTRIBUTE_LABELS } from '../model/enums'
import { ProjectForm } from '../model/performance'
import { emptySplit, projectFormAmounts, type FundRow, type FundSplit } from './amounts'
import { cell, GridBuilder, type FormModel } from './form-model'
import { placeIndicatorGrid } from './indicator-grid'
import { formSubtitle, FUND_ROW_LABELS, layoutFor, projectFormTitle, type FormOptions } from './layouts'

/** Relative widths: caption, 一级, then 二级 / 三级 / 指标值 for 实施期 and for 年度. */
export const PROJECT_FORM_COLUMNS = [5, 5.5, 5, 9, 6, 5, 9, 6]

const TEXT_ROWS = [
  ['overview', '项目概况'],
  ['basis', '立项依据'],
  ['necessity', '项目设立必要性'],
  ['measures', '保证项目实施的制度、措施'],
  ['plan', '项目实施计划'],
] as const

/** 元 as the seeds print it: `1,147,200`, `157,929.07`; zero `0`, or blank for 其他资金. */
function yuanCell(fen: Fen | undefined, row: FundRow | 'total') {
  if (fen === undefined || (fen === 0 && row === 'other')) return cell('', 'money')
  return cell(formatYuanText(fen), 'money')
}

function typedSplit(form: ProjectForm): FundSplit | undefined {
  const s = form.implementationSplit
  if (!s) return undefined
  const out = emptySplit()
  for (const [row] of FUND_ROW_LABELS) out[row] = yuanToFen(s[row])
  return out
}

export function buildProjectFormModel(derivation: Derivation, projectId: string, options: FormOptions = {}): FormModel {
  const { data } = derivation
  const project = data.projects.find((p) => p.id === projectId)
  if (!project) throw new Error(`unknown project ${projectId}`)
  const form = data.performance.projectForms.find((f) => f.projectId === projectId) ?? ProjectForm.parse({ projectId })
  const dept = data.department
  const layout = layoutFor(options.templateYear ?? dept.budgetYear, options.layout)
  const unit = data.units.find((u) => u.id === project.unitId)
  const amounts = projectFormAmounts(derivation, projectId)
  const g = new GridBuilder(PROJECT_FORM_COLUMNS.length)
  const label = (text: string, colSpan = 1, rowSpan = 1) => cell(text, 'label', { colSpan, rowSpan })
  const value = (text: string, colSpan = 1) => cell(text, 'value', { colSpan })

  g.line(0, [label('项目名称'), value(project.name, 7)])
  g.line(1, [label('主管部门及代码'), value(`${dept.code}-${dept.displayName}`, 4), label('实施单位'), value(unit?.name ?? '', 2)])
  g.line(2, [label('项目属性'), value(PROJECT_ATTRIBUTE_LABELS[project.attribute], 4), label('项目期'), value(`${project.durationYears}年`, 2)])

  // 项目资金（元）: 实施期 (typed) | 年度 (derived); the two parts of a project with carry-over below.
  const moneyStart = 3
  const implementationTotal = form.implementationTotal === undefined ? undefined : yuanToFen(form.implementationTotal)
  const implementationSplit = typedSplit(form)
  const withParts = amounts.carryover.total !== 0
  const moneyRows = 1 + FUND_ROW_LABELS.length + (withParts ? 2 : 0)
  g.put(moneyStart, 0, label('项目资金（元）', 1, moneyRows))
  g.line(moneyStart, [label('实施期资金总额：', 3), yuanCell(implementationTotal, 'total'), label('年度资金总额：', 2), yuanCell(amounts.total, 'total')])
  FUND_ROW_LABELS.forEach(([row, text], i) => {
    // Without a typed split the rows stay blank: the 实施期 split is the officer's, never guessed.
    const left = implementationTotal === undefined ? undefined : implementationSplit?.[row]
    g.line(moneyStart + 1 + i, [label(text, 3), yuanCell(left, row), label(text, 2), yuanCell(amounts.split[row], row)])
  })
  let row = moneyStart + 1 + FUND_ROW_LABELS.length
  if (withParts) {
    // 表12 shows the 当年 part, 表13 the 上年结转 part (spec §2.14: one form shows both).
    g.line(row++, [label('', 3), yuanCell(undefined, 'total'), label('年度资金中：当年预算', 2), yuanCell(amounts.current.total, 'total')])
    g.line(row++, [label('', 3), yuanCell(undefined, 'total'), label('上年结转', 2), yuanCell(amounts.carryover.total, 'total')])
  }
  g.keep(moneyStart, row)

  for (const [key, text] of TEXT_ROWS) g.line(row++, [label(text), value(form[key], 7)])
  g.put(row, 0, label('总体目标', 1, 2))
  g.line(row, [label('实施期目标', 4), label('年度目标', 3)])
  g.line(row + 1, [value(form.implementationGoal, 4), value(form.annualGoal, 3)])
  g.keep(row, row + 2)
  row += 2

  const grid = placeIndicatorGrid(g, row, {
    caption: '绩效指标',
    halves: [form.implementationIndicators, form.annualIndicators],
    layout,
    level: dept.level,
  })
  for (const r of grid.groups) g.keep(r.start, r.end)

  return {
    key: `project:${projectId}`,
    kind: 'project',
    projectId,
    layout,
    title: projectFormTitle(dept.level, dept.regionName),
    subtitle: formSubtitle(dept.budgetYear),
    caption: project.name,
    columns: [...PROJECT_FORM_COLUMNS],
    rows: g.build(),
    header: grid.header,
    keepTogether: g.keepTogether,
    footer: [
      { label: '负责人：', value: form.owner },
      { label: '经办人：', value: form.handler },
      { label: '联系电话：', value: form.phone },
      { label: '填报日期：', value: form.filledAt },
    ],
  }
}
