// 预算单位整体支出绩效目标申报表, 2025 layout (spec §5.1 a, 000): 8 columns. 履职履行 lists the
// 产出 indicators, 履职效益 the 效益 and 满意度 ones; 资金管理 compares the typed 上年度资金 with
// 表3 (本年度申请资金, two decimals, spec §9.8).
import type { Derivation } from '../calc/derive'
import { formatWanPlain } from '../money/format'
import type { Indicator, OverallForm } from '../model/performance'
import { cell, GridBuilder, type FormModel } from './form-model'
import { formatIndicatorValue } from './indicator-value'
import { formSubtitle, overallFormTitle } from './layouts'
import { overallMoney, priorYearMoney } from './overall-money'

export const OVERALL_2025_COLUMNS = [6, 5, 7, 7, 6, 7, 5, 6]

const count = (n: number | undefined) => (n === undefined ? '' : String(n))

export function buildOverall2025(derivation: Derivation, form: OverallForm): FormModel {
  const { data } = derivation
  const dept = data.department
  const g = new GridBuilder(OVERALL_2025_COLUMNS.length)
  const label = (text: string, colSpan = 1, rowSpan = 1) => cell(text, 'label', { colSpan, rowSpan })
  const value = (text: string, colSpan = 1) => cell(text, 'value', { colSpan })
  const money = (w: number | undefined) => cell(w === undefined ? '' : formatWanPlain(w), 'money')

  g.line(0, [label('单位名称'), value(dept.displayName, 7)])
  g.put(1, 0, label('单位基本信息', 1, 4))
  g.line(1, [label('内设机构'), value(count(form.internalDepartments)), label('直属单位'), value(count(form.directUnits)), value('', 3)])
  g.put(2, 1, label('人员结构', 1, 3))
  g.line(2, [label('编制控制数'), value(count(form.staffQuota)), label('实有在编人数'), value(count(form.staffOnPayroll)), label('编外人员数'), value(count(form.staffOther))])
  g.line(3, [label('其中：行政编制数'), value(count(form.staffAdministrativeQuota)), label('其中：行政人员'), value(count(form.staffAdministrative)), value('', 2)])
  g.line(4, [label('事业编制数'), value(count(form.staffInstitutionQuota)), label('事业人员'), value(count(form.staffInstitution)), value('', 2)])
  g.keep(1, 5)
  g.line(5, [label('单位中长期战略目标'), value(form.strategicGoal, 7)])
  g.line(6, [label('上年度已完成工作目标'), value(form.completedLastYear, 7)])
  g.line(7, [label('年度绩效目标'), value(form.annualGoal, 7)])

  const duties: [string, string, string, Indicator[]][] = [
    ['履职履行', '预期完成的事项（结合工作计划填写，其中属重点工作事项的要注明）', form.dutyTasks, form.indicators.filter((i) => i.level1 === 'output')],
    ['履职效益', '部门履行职责带来的效果', form.dutyEffects, form.indicators.filter((i) => i.level1 !== 'output')],
  ]
  const blockRows = duties.map(([, , , list]) => 2 + Math.max(1, list.length))
  let row = 8
  g.put(row, 0, label('本年度整体支出绩效指标', 1, blockRows.reduce((a, b) => a + b, 0)))
  duties.forEach(([caption, prompt, text, list], i) => {
    const start = row
    g.put(row, 1, label(caption, 1, blockRows[i]))
    g.line(row++, [label(prompt, 2), value(text, 4)])
    g.line(row++, [label('绩效指标', 3), label('指标值'), label('指标解释及计算公式', 2)])
    const items = list.length > 0 ? list : [undefined]
    for (const ind of items) g.line(row++, [value(ind?.name ?? '', 3), cell(ind ? formatIndicatorValue(ind.value) : '', 'value', { align: 'center' }), value(ind?.note ?? '', 2)])
    g.keep(start, row)
  })

  const m = overallMoney(derivation)
  const prior = priorYearMoney(form, derivation)
  const fundStart = row
  g.put(row, 0, label('资金管理', 1, 4))
  g.put(row, 1, label('投入情况', 1, 4))
  g.put(row, 2, label('支出预算（万元）', 1, 4))
  g.line(row++, [label('名称'), label('上年度资金'), label('本年度申请资金'), label('指标值（预算计划完成率）', 2)])
  const fundRows: [string, number | undefined, number][] = [
    ['合计', prior.total, m.total],
    ['1 基本支出', prior.basic, m.basic],
    ['2 项目支出', prior.project, m.project],
  ]
  for (const [text, before, now] of fundRows) g.line(row++, [label(text), money(before), money(now), cell(form.budgetCompletionRate, 'value', { colSpan: 2, align: 'center' })])
  g.keep(fundStart, row)

  g.put(row, 0, label('保障机制', 1, 2))
  g.put(row, 1, label('确保绩效目标实现的措施', 1, 2))
  g.line(row++, [label('组织机构'), value(form.organization, 5)])
  g.line(row++, [label('相关管理制度'), value(form.measures, 5)])
  g.keep(row - 2, row)
  g.line(row, [label('其他需要说明的情况'), value(form.otherNotes, 7)])

  return {
    key: 'overall',
    kind: 'overall',
    layout: '2025',
    title: overallFormTitle('2025', dept.level, dept.regionName),
    subtitle: formSubtitle(dept.budgetYear),
    caption: '整体支出绩效目标',
    columns: [...OVERALL_2025_COLUMNS],
    rows: g.build(),
    keepTogether: g.keepTogether,
    footer: [
      { label: '填表人：', value: form.filledBy },
      { label: '经办人：', value: form.handler },
      { label: '联系电话：', value: form.phone },
      { label: '填表日期：', value: form.filledAt },
    ],
  }
}
