// 部门（单位）整体支出绩效目标申报表, 2026 layout (spec §5.1 c, 004): 5 columns. Its money block is
// derived (overall-money.ts) and printed with two decimals, zero as `0.00` (spec §9.8).
import type { Derivation } from '../calc/derive'
import { formatWanPlain } from '../money/format'
import type { OverallForm } from '../model/performance'
import { cell, GridBuilder, type FormModel } from './form-model'
import { placeIndicatorGrid } from './indicator-grid'
import { formSubtitle, overallFormTitle } from './layouts'
import { overallMoney } from './overall-money'

export const OVERALL_2026_COLUMNS = [6, 9, 8, 12, 12]

const count = (n: number | undefined, unit: string) => (n === undefined ? '' : `${n}${unit}`)

export function buildOverall2026(derivation: Derivation, form: OverallForm): FormModel {
  const { data } = derivation
  const dept = data.department
  const g = new GridBuilder(OVERALL_2026_COLUMNS.length)
  const label = (text: string, colSpan = 1, rowSpan = 1) => cell(text, 'label', { colSpan, rowSpan })
  const value = (text: string, colSpan = 1) => cell(text, 'value', { colSpan })
  const money = (w: number) => cell(formatWanPlain(w), 'money')

  g.line(0, [label('部门名称'), value(`${dept.code}-${dept.displayName}`, 4)])
  g.put(1, 0, label('部门基本信息', 1, 4))
  g.line(1, [label('内设职能部门数'), value(count(form.internalDepartments, '个')), label('所属预算单位数'), value(`${data.units.length}个`)])
  g.line(2, [label('核定的人员编制数'), value(count(form.staffQuota, '人')), label('实际在职人员总数'), value(count(form.staffActual, '人'))])
  g.put(3, 1, cell('', 'value', { colSpan: 2, rowSpan: 2 }))
  g.line(3, [label('其中：在编人员数'), value(count(form.staffOnPayroll, '人'))])
  g.line(4, [label('其他人员数'), value(count(form.staffOther, '人'))])
  g.keep(1, 5)
  // 部门职责 defaults to 概况's 本部门职责: the same text, typed once.
  g.line(5, [label('部门职责'), value(form.duties || data.overview.duties, 4)])
  g.line(6, [label('部门战略目标'), value(form.strategicGoal, 4)])

  const m = overallMoney(derivation)
  const sources = [
    ['合计', m.total],
    ['其中：一般公共预算', m.bySource.general],
    ['政府性基金预算', m.bySource.fund],
    ['国有资本经营', m.bySource['state-capital']],
    ['社会保险基金', 0],
    ['专户管理资金', m.bySource['special-account']],
    ['单位资金', m.bySource.unit],
  ] as const
  const directions = [
    ['合计', m.total],
    ['其中：基本支出', m.basic],
    ['项目支出', m.project],
  ] as const
  const budgetStart = 7
  g.put(budgetStart, 0, label('年度预算情况', 1, 1 + sources.length))
  g.line(budgetStart, [label('按资金来源划分'), label('资金总额（万元）'), label('按资金方向划分'), label('资金总额（万元）')])
  sources.forEach(([text, w], i) => {
    const r = budgetStart + 1 + i
    const d = directions[i]
    if (d) g.line(r, [label(text), money(w), label(d[0]), money(d[1])])
    else if (i === directions.length) g.line(r, [label(text), money(w), cell('', 'value', { colSpan: 2, rowSpan: sources.length - directions.length })])
    else g.line(r, [label(text), money(w)])
  })
  g.keep(budgetStart, budgetStart + 1 + sources.length)

  let row = budgetStart + 1 + sources.length
  const tasks = form.keyTasks.length > 0 ? form.keyTasks : [{ coreFunction: '', tasks: '' }]
  g.put(row, 0, label('年度重点任务', 1, 1 + tasks.length))
  g.line(row, [label('核心职能', 2), label('重点任务', 2)])
  const tasksStart = row
  for (const t of tasks) g.line(++row, [value(t.coreFunction, 2), value(t.tasks, 2)])
  row++
  g.keep(tasksStart, row)
  g.line(row, [label('年度绩效目标'), value(form.annualGoal, 4)])
  row++
  const grid = placeIndicatorGrid(g, row, { caption: '年度绩效指标', halves: [form.indicators], layout: '2026', level: dept.level })
  for (const r of grid.groups) g.keep(r.start, r.end)

  const footer = [
    { label: '填表人：', value: form.filledBy },
    { label: '经办人：', value: form.handler },
    { label: '联系电话：', value: form.phone },
    { label: '填表日期：', value: form.filledAt },
  ]
  return {
    key: 'overall',
    kind: 'overall',
    layout: '2026',
    title: overallFormTitle('2026', dept.level, dept.regionName),
    subtitle: formSubtitle(dept.budgetYear),
    caption: '整体支出绩效目标',
    columns: [...OVERALL_2026_COLUMNS],
    rows: g.build(),
    header: grid.header,
    keepTogether: g.keepTogether,
    // 004 prints no signature line; one is printed when the officer filled it in.
    footer: footer.some((f) => f.value !== '') ? footer : [],
  }
}
