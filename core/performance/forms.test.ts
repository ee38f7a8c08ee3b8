import { describe, expect, it } from 'vitest'
import { derive } from '../calc/derive'
import type { DocumentData } from '../model/document-data'
import { namesFor } from '../../tests/builders/catalog'
import { syntheticCarryoverDepartment } from '../../tests/builders/document-builder'
import { completeOverallForm, completeProjectForms } from '../../tests/performance/form-builders'
import { anchoredCells, formText, type FormModel } from './form-model'
import { disclosedProjects, formProjects } from './form-order'
import { buildAllFormModels, buildOverallFormModel } from './forms'
import { buildProjectFormModel } from './project-form'

const names = namesFor(2026)

function withForms(mutate: (d: DocumentData) => void = () => undefined): DocumentData {
  const d = syntheticCarryoverDepartment()
  d.projects.push({ id: 'p-secret', unitId: 'u1', name: '涉密项目甲', category: 'targeted', attribute: 'one-off', durationYears: 1, continuing: false, classified: true })
  d.lines.push({ id: 's1', unitId: 'u1', functionCode: '2010399', kind: 'project', projectId: 'p-secret', economicCode: '30227', source: 'general', period: 'current', amount: '1000.00' })
  // 示例平台运维项目 also gets current money: one form shows both parts.
  d.lines.push({ id: 'o1', unitId: 'u1', functionCode: '2010399', kind: 'project', projectId: 'p-ops', economicCode: '30227', source: 'general', period: 'current', amount: '50000.00' })
  d.performance.projectForms = completeProjectForms(d)
  d.performance.overall = completeOverallForm()
  mutate(d)
  return d
}

/** Every covered position lies under exactly one span, and spans stay inside the grid. */
function expectConsistentGrid(m: FormModel): void {
  const covered = m.rows.map((r) => r.cells.map(() => 0))
  for (const { row, col, cell } of anchoredCells(m.rows)) {
    for (let r = row; r < row + cell.rowSpan; r++) for (let c = col; c < col + cell.colSpan; c++) (covered[r] as number[])[c] = ((covered[r] as number[])[c] as number) + 1
  }
  for (const r of covered) for (const n of r) expect(n).toBe(1)
  for (const r of m.rows) expect(r.cells).toHaveLength(m.columns.length)
}

const cellText = (m: FormModel) => anchoredCells(m.rows).map((a) => a.cell.text)

describe('forms', () => {
  it('come in print order: 整体 first, then 表12 projects, then 表13 projects; none for 涉密 projects', () => {
    const derivation = derive(withForms(), names)
    expect(formProjects(derivation).map((p) => [p.project.id, p.inT12, p.inT13])).toEqual([
      ['p-current', true, false],
      ['p-ops', true, true],
      ['p-system', false, true],
    ])
    expect(buildAllFormModels(derivation).map((f) => f.key)).toEqual(['overall', 'project:p-current', 'project:p-ops', 'project:p-system'])
  })

  it('count the disclosed projects from the same data as the forms', () => {
    const d = withForms((x) => (x.performance.projectForms = x.performance.projectForms.filter((f) => f.projectId !== 'p-system')))
    const r = disclosedProjects(derive(d, names))
    expect(r.managed.count).toBe(4)
    expect(r.classified).toEqual({ count: 1, amount: 10, byCategory: { operating: { count: 0, amount: 0 }, targeted: { count: 1, amount: 10 } } })
    expect(r.published).toEqual({ count: 2, amount: 40_000 + 2_500, byCategory: { operating: { count: 1, amount: 2_500 }, targeted: { count: 1, amount: 40_000 } } })
    expect(r.projects.map((p) => p.project.id)).toEqual(['p-current', 'p-ops'])
  })

  it('print a project form with its derived money in 元 and both parts of a carried-over project', () => {
    const m = buildProjectFormModel(derive(withForms(), names), 'p-ops')
    expectConsistentGrid(m)
    expect(m.title).toBe('示例市县(区)级预算部门(单位)项目支出绩效目标表')
    expect(m.subtitle).toBe('（2026年度）')
    const text = cellText(m)
    expect(text).toEqual(expect.arrayContaining(['示例平台运维项目', '001-示例局', '示例局', '经常性项目（长期开展）', '1年', '250,000', '50,000', '200,000', '年度资金中：当年预算', '上年结转']))
    // 年度资金总额 and 实施期资金总额 = 250,000 元; 中央/省级/单位自筹 print 0; 其他资金 blank.
    const texts = (i: number) => m.rows[i]?.cells.map((c) => (c === null ? null : c.text))
    const moneyRow = texts(3)
    expect(moneyRow).toEqual(['项目资金（元）', '实施期资金总额：', null, null, '250,000', '年度资金总额：', null, '250,000'])
    expect(texts(4)).toEqual([null, '其中：中央财政资金', null, null, '0', '其中：中央财政资金', null, '0'])
    expect(m.rows[8]?.cells[7]?.text).toBe('')
    expect(m.footer.map((f) => f.label)).toEqual(['负责人：', '经办人：', '联系电话：', '填报日期：'])
  })

  it('label the 二级 by layout: 2026 city forms drop 指标 after 效益 and 满意度', () => {
    const city = withForms((d) => {
      d.department.level = 'city'
      d.department.regionName = '大同市'
    })
    const m2026 = buildProjectFormModel(derive(city, names), 'p-current')
    expect(m2026.title).toBe('大同市市级预算部门（单位）项目支出绩效目标表')
    expect(cellText(m2026)).toEqual(expect.arrayContaining(['经济效益', '可持续影响', '服务对象满意度', '数量指标']))
    const m2025 = buildProjectFormModel(derive(city, names), 'p-current', { layout: '2025' })
    expect(cellText(m2025)).toEqual(expect.arrayContaining(['经济效益指标', '可持续影响指标', '服务对象满意度指标']))
    // Every 二级 prints, even empty (生态效益), and the groups stay together.
    expect(m2026.keepTogether.slice(-2).map((g) => g.end - g.start)).toEqual([4, 4])
    expect(m2026.header).toEqual({ start: 16, end: 17 })
  })

  it('print the 整体 form in the 2026 layout with 表3 money, two decimals, zero as 0.00', () => {
    const derivation = derive(withForms(), names)
    const m = buildOverallFormModel(derivation)
    expectConsistentGrid(m)
    expect(m.title).toBe('县（区）级预算部门（单位）整体支出绩效目标申报表')
    const text = cellText(m)
    expect(text).toEqual(expect.arrayContaining(['001-示例局', '5个', '1个', '20人', '1125.10', '600.00', '525.10', '0.00', '年度绩效指标', '社会效益指标']))
    expect(m.footer).toEqual([])
  })

  it('print the 整体 form in the 2025 layout with 上年度资金 and 本年度申请资金', () => {
    const d = withForms((x) => {
      const o = x.performance.overall as NonNullable<DocumentData['performance']['overall']>
      o.priorYearBasic = '5800000.00'
      o.priorYearProject = '4000000.00'
      o.filledBy = '张三'
    })
    const m = buildOverallFormModel(derive(d, names), { layout: '2025' })
    expectConsistentGrid(m)
    expect(m.title).toBe('示例市预算单位整体支出绩效目标申报表')
    const rows = m.rows.map((r) => r.cells.filter((c) => c !== null).map((c) => c?.text))
    expect(rows).toContainEqual(['合计', '980.00', '1125.10', '100%'])
    expect(rows).toContainEqual(['1 基本支出', '580.00', '600.00', '100%'])
    expect(formText(m)).toContain('填表人：张三')
  })
})
