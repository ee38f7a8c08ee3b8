import { describe, expect, it } from 'vitest'
import { derive } from '../../calc/derive'
import type { DocumentData } from '../../model/document-data'
import { parseIndicatorValue } from '../../performance/indicator-value'
import { syntheticCarryoverDepartment } from '../../../tests/builders/document-builder'
import { catalogFor, namesFor } from '../../../tests/builders/catalog'
import { completeOverallForm, completeProjectForms, indicator } from '../../../tests/performance/form-builders'
import { runDocumentRules } from './index'
import { PERFORMANCE_RULES } from './performance-rules'

const catalog = catalogFor(2026)
const run = (data: DocumentData, id: string) => runDocumentRules({ derivation: derive(data, namesFor(2026)), catalog }).filter((f) => f.ruleId === id)

/** The synthetic department (spec §2.14) with a complete form per project and a 整体 form. */
function complete(): DocumentData {
  const d = syntheticCarryoverDepartment()
  d.performance.projectForms = completeProjectForms(d)
  d.performance.overall = completeOverallForm()
  return d
}
const form = (d: DocumentData, i = 0) => d.performance.projectForms[i] as DocumentData['performance']['projectForms'][number]

describe('performance rules', () => {
  it('pass on complete forms', () => {
    const d = complete()
    for (const r of PERFORMANCE_RULES) expect(run(d, r.id).map((f) => f.message)).toEqual([])
  })

  it('F01 asks for 产出, 效益 and 满意度 in both halves', () => {
    const d = complete()
    form(d).annualIndicators = form(d).annualIndicators.filter((i) => i.level1 !== 'benefit')
    form(d).implementationIndicators = form(d).implementationIndicators.map((i) => (i.level1 === 'satisfaction' ? { ...i, name: '' } : i))
    expect(run(d, 'F01').map((f) => f.message)).toEqual(['项目“示例业务经费”的实施期绩效指标缺少满意度指标（至少填写一个三级指标）', '项目“示例业务经费”的年度绩效指标缺少效益指标（至少填写一个三级指标）'])
    expect(run(d, 'F01')[1]?.location.path).toEqual(['performance', 'projectForms', 0, 'annualIndicators'])
  })

  it('F02 flags a 二级 under another 一级, in project and 整体 forms', () => {
    const d = complete()
    form(d).annualIndicators[0] = { ...indicator('quantity', '服务天数', '365天'), level1: 'benefit' }
    ;(d.performance.overall as NonNullable<DocumentData['performance']['overall']>).indicators[1] = { ...indicator('social', '效率', '提高'), level1: 'satisfaction' }
    expect(run(d, 'F02').map((f) => f.message)).toEqual(['项目“示例业务经费”年度绩效指标第1个指标：“数量指标”不属于“效益指标”', '整体支出绩效目标表第2个指标：“社会效益指标”不属于“满意度指标”'])
  })

  it('F03 wants 指标值 present and well formed; blank rows are ignored', () => {
    const d = complete()
    form(d).annualIndicators.push(indicator('quality', '合格率', ''), indicator('quality', '', ''))
    form(d).annualIndicators.push({ ...indicator('quality', '验收', ''), value: { comparator: '≥', value: '合格', unit: '' } })
    form(d).implementationIndicators.push({ ...indicator('cost', '单价', ''), value: parseIndicatorValue('1.2.3元') })
    expect(run(d, 'F03').map((f) => f.message)).toEqual([
      '项目“示例业务经费”实施期绩效指标：指标“单价”的指标值“1.2.3元”中的数字格式不正确',
      '项目“示例业务经费”年度绩效指标：指标“合格率”的指标值未填写',
      '项目“示例业务经费”年度绩效指标：指标“验收”的指标值“≥合格”有比较符号，但后面不是数字（应如“≥95%”“≤15个工作日”）',
    ])
  })

  it('F04 wants the 年度目标', () => {
    const d = complete()
    form(d, 1).annualGoal = '  '
    expect(run(d, 'F04').map((f) => f.location.path)).toEqual([['performance', 'projectForms', 1, 'annualGoal']])
  })

  it('F05 lists the empty fields of the 整体 form for its layout', () => {
    const d = complete()
    const overall = d.performance.overall as NonNullable<DocumentData['performance']['overall']>
    overall.strategicGoal = ''
    overall.duties = ''
    overall.indicators = overall.indicators.filter((i) => i.level1 === 'output')
    expect(run(d, 'F05').map((f) => f.message)).toEqual([
      '整体支出绩效目标申报表的“部门职责”未填写',
      '整体支出绩效目标申报表的“部门战略目标”未填写',
      '整体支出绩效目标申报表缺少效益指标的绩效指标',
      '整体支出绩效目标申报表缺少满意度指标的绩效指标',
    ])
    d.overview.duties = '负责示例工作。'
    expect(run(d, 'F05').map((f) => f.message)).not.toContain('整体支出绩效目标申报表的“部门职责”未填写')
    d.department.budgetYear = 2025
    expect(run(d, 'F05').map((f) => f.message)).toEqual(['整体支出绩效目标申报表的“单位中长期战略目标”未填写', '整体支出绩效目标申报表缺少履职效益的绩效指标'])
  })

  it('F06 wants the 整体 form when 十 says it is attached', () => {
    const d = complete()
    d.overallFiling.printAttachmentLine = true
    expect(run(d, 'F06')).toEqual([])
    d.performance.overall = undefined
    expect(run(d, 'F06')).toHaveLength(1)
  })

  it('F07 compares the 整体 form 上年度资金 with 一 (N13)', () => {
    const d = complete()
    const overall = d.performance.overall as NonNullable<DocumentData['performance']['overall']>
    d.comparisons.expenditureTotal = { prior: '11200000.00' }
    overall.priorYearBasic = '6000000.00'
    overall.priorYearProject = '5200000.00'
    expect(run(d, 'F07')).toEqual([])
    overall.priorYearProject = '5000000.00'
    expect(run(d, 'F07')[0]?.figures).toEqual({ expected: 112000, actual: 110000 })
  })

  it('F08 wants the 实施期 total and a split that adds up', () => {
    const d = complete()
    form(d).implementationSplit = { central: '0.00', provincial: '100.00', local: '4000000.00', selfRaised: '0.00', other: '0.00' }
    form(d, 1).implementationTotal = undefined
    const found = run(d, 'F08')
    expect(found.map((f) => `${f.severity} ${f.message}`)).toEqual([
      'error 项目“示例业务经费”实施期资金各来源之和 4,000,100 元，与实施期资金总额 4,000,000 元不一致',
      'warning 项目“示例信息系统建设项目”的实施期资金总额未填写',
    ])
  })

  it('F09 compares the share of published forms with the setting', () => {
    const d = complete()
    d.performance.projectForms = d.performance.projectForms.slice(0, 2)
    expect(run(d, 'F09').map((f) => f.message)).toEqual([
      '公开项目绩效目标2个，占纳入绩效目标管理项目3个的67%，低于100%',
      '公开项目绩效目标涉及金额500.00万元，占项目支出520.00万元的96%，低于100%',
    ])
    d.settings.performanceDisclosureThreshold = 60
    expect(run(d, 'F09')).toEqual([])
    // A 涉密 project publishes no form and does not count against the share.
    d.settings.performanceDisclosureThreshold = 100
    d.projects = d.projects.map((p) => (p.id === 'p-ops' ? { ...p, classified: true } : p))
    expect(run(d, 'F09')).toEqual([])
  })

  it('F10 compares a 成本指标 stating the budget with the project amount', () => {
    const d = complete()
    form(d).annualIndicators.push(indicator('cost', '项目预算数', '≤400万元'), indicator('cost', '预算数', '400.00万元'))
    expect(run(d, 'F10')).toEqual([])
    form(d).annualIndicators.push(indicator('cost', '预算控制数', '≤300万元'))
    expect(run(d, 'F10').map((f) => f.message)).toEqual(['项目“示例业务经费”的成本指标“预算控制数”为 ≤300万元，项目年度资金为 400.00 万元'])
  })
})
