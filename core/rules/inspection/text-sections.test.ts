// Section-level text checks, on our generated narrative (passes) and on text with one fault each.
import { describe, expect, it } from 'vitest'
import { narrativeFor } from '../../../tests/builders/narrative-build'
import { readyDocument } from '../../../tests/inspection/inspection-fixtures'
import { exampleTableSet } from '../table-rules/fixtures.test-helpers'
import { makeTable } from '../table-rules/fixtures.test-helpers'
import { narrativeText, type NarrativeText, type TextContext } from './text-context'
import { assetDateTextFindings, emptyTableStatementFindings, glossaryFindings, officeOperationTextFindings, repeatedReasonTextFindings, statementFindings } from './text-sections'

const ctx: TextContext = { year: 2026, departmentName: '示例局' }
const messages = (f: { message: string }[]) => f.map((x) => x.message)
const generated = () => narrativeText(narrativeFor(readyDocument()))

describe('section statements (K02)', () => {
  it('pass on the generated narrative', () => expect(statementFindings(generated(), ctx)).toEqual([]))

  it('flag a missing section, a heading-only section and 001’s 九 without its lead-in', () => {
    const text: NarrativeText = { ...generated(), 九: ['1,317.51万元。其中:政府采购货物预算55.15万元、政府采购工程预算446.71万元。'], 十一: ['1、车辆情况：'] }
    delete (text as Record<string, unknown>).八
    expect(messages(statementFindings(text, ctx))).toEqual(['八、情况说明缺少本部分', '九、本部分未说明政府采购预算总额（及货物、工程、服务）', '十一、本部分只有标题，没有说明文字'])
  })
})

describe('empty tables stated (K03)', () => {
  it('passes when 十二 names the empty tables, or the table has data', () => {
    const t = exampleTableSet()
    t.T9 = { ...t.T9, empty: true }
    expect(emptyTableStatementFindings({ 十二: ['本部门2026年无国有资本经营预算收支，部门公开表9为空表。'] }, t)).toEqual([])
  })

  it('flags an empty table the text does not mention (all three seeds)', () => {
    const t = exampleTableSet()
    t.T13 = makeTable('T13', [], true)
    expect(messages(emptyTableStatementFindings({ 十二: ['无。'] }, t))).toEqual([
      '部门公开表9《2026年国有资本经营预算收支预算表（不含上年结转）》为空表，但情况说明没有说明（如“本部门无……”“部门公开表9为空表”）',
      '预算公开表13《2026年项目支出预算表（上年结转）》为空表，但情况说明没有说明（如“本部门无……”“预算公开表13为空表”）',
    ])
  })
})

describe('机关运行经费 (K06) and 十一 date (K08)', () => {
  it('pass on 000’s and 001’s wording', () => {
    expect(officeOperationTextFindings({ 八: ['本部门2025年所属孝义市行政审批服务管理局1家行政单位机关运行经费财政拨款预算76.06万元,比2024年预算增加4.58万元,增长6.41%,原因是公用经费中其他交通费用增加。'] }, ctx)).toEqual([])
    expect(officeOperationTextFindings({ 八: ['本部门无机关运行经费。'] }, ctx)).toEqual([])
    expect(assetDateTextFindings({ 十一: ['截至2025年12月31日，示例局共有公务用车编制2辆。'] }, ctx)).toEqual([])
  })

  it('flag a change without reason and a wrong date', () => {
    expect(messages(officeOperationTextFindings({ 八: ['机关运行经费财政拨款预算76.06万元，比2025年预算增加4.58万元，增长6.41%。'] }, ctx))).toEqual(['八、机关运行经费有增减变化，但未说明原因'])
    expect(messages(assetDateTextFindings({ 十一: ['截至2025年6月30日，示例局共有公务用车编制2辆。'] }, ctx))).toEqual(['十一、国有资产情况“截至2025年6月30日”应为2025年12月31日或2026年1月1日'])
  })
})

describe('readability (K15)', () => {
  it('passes 一’s one reason for income and spending (all seeds do so)', () => {
    expect(repeatedReasonTextFindings({ 一: ['…增长13.49%，主要原因是增加了遗属补助等项目；…增长13.49%，主要原因是增加了遗属补助等项目。'] }, ctx)).toEqual([])
  })

  it('flags one generic reason on different items', () => {
    const text = { 七: ['…主要原因是严格落实八项规定。'], 八: ['…增加原因是严格落实八项规定。'] }
    expect(messages(repeatedReasonTextFindings(text, ctx))).toEqual(['七、2处变动使用了完全相同的原因“严格落实八项规定”（七、八），请分别说明各项目的具体原因'])
  })

  it('名词解释 covers the terms used', () => {
    const text = { 七: ['“三公”经费预算2.00万元'], 八: ['机关运行经费预算1.00万元'] }
    expect(glossaryFindings(text, ['三、“三公”经费：指…', '四、机关运行经费：指…'])).toEqual([])
    expect(messages(glossaryFindings(text, ['三、“三公”经费：指…']))).toEqual(['名词解释缺少情况说明中用到的“机关运行经费”'])
  })
})
