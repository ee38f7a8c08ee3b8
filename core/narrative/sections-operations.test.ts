import { describe, expect, it } from 'vitest'
import { blocksOf, narrativeFor, paragraphOf, textsOf } from '../../tests/builders/narrative-build'
import {
  decreasedDepartment,
  institutionOnlyDepartment,
  multiUnitDepartment,
  narrativeBase,
  noComparisonsDepartment,
  priorYearZeroDepartment,
  unchangedDepartment,
} from '../../tests/builders/narrative-documents'
import type { ChartSpec } from './narrative-model'
import { PLACEHOLDERS } from './text'

const chartOf = (blocks: ReturnType<typeof blocksOf>): ChartSpec | undefined => blocks.flatMap((b) => (b.kind === 'chart' ? [b.chart] : []))[0]

describe('五（二） and 六 (spec §4.5, §4.6)', () => {
  it('the chart shows the sentence’s figures, shares summing to exactly 100.00%', () => {
    const n = narrativeFor(multiUnitDepartment())
    const chart = chartOf(blocksOf(n, '五'))
    expect(chart?.caption).toBe('一般公共预算当年拨款结构图')
    expect(chart?.items.reduce((a, it) => a + it.share, 0)).toBe(10000)
  })
  it('no 一般公共预算 money: the sentence says so and there is no chart', () => {
    const n = narrativeFor(narrativeBase((d) => (d.lines = d.lines?.map((l) => ({ ...l, source: 'unit', unitFundKind: 'business-income' })))))
    expect(textsOf(n, '五')[3]).toBe('2026年度示例局无一般公共预算当年支出。')
    expect(chartOf(blocksOf(n, '五'))).toBeUndefined()
    expect(paragraphOf(n, '六')).toBe('2026年度示例局无一般公共预算安排的基本支出。')
  })
  it('六 lists the T6 item names of 人员经费 and 公用经费 in table order', () => {
    expect(textsOf(narrativeFor(narrativeBase()), '六')).toEqual([
      '2026年度示例局一般公共预算安排基本支出600.00万元，其中：',
      '人员经费500.00万元，主要包括：基本工资等；',
      '公用经费100.00万元，主要包括：办公费、公务用车运行维护费等。',
    ])
  })
})

describe('七 “三公”经费 (spec §4.7, §9.6)', () => {
  it('unchanged: the 000/004 wording and a chart of the leaf items', () => {
    const n = narrativeFor(unchangedDepartment())
    expect(paragraphOf(n, '七')).toBe(
      '2026年示例局财政拨款安排的“三公”经费预算2.00万元与2025年预算数相同。其中：因公出国（境）费0万元，与上年预算数相同；公务接待费0万元，与上年预算数相同；公务用车购置及运行费2.00万元，与上年预算数相同。公务用车运行维护费2.00万元，与上年预算数相同；公务用车购置费0万元，与上年预算数相同。',
    )
    expect(chartOf(blocksOf(n, '七'))).toEqual({ id: 'three-public', caption: '三公经费分布图', items: [{ name: '公务用车运行维护费', value: 200, share: 10000 }] })
  })
  it('changed: the total’s reason and a comparison per item', () => {
    expect(paragraphOf(narrativeFor(decreasedDepartment()), '七')).toBe(
      '2026年示例局财政拨款安排的“三公”经费预算2.00万元比2025年减少8.60万元，主要原因是公车调拨至机关事务管理局。其中：因公出国（境）费0万元，与上年预算数相同；公务接待费0万元，与上年相比预算数减少1.00万元；公务用车购置及运行费2.00万元，与上年相比预算数减少7.60万元。公务用车运行维护费2.00万元，与上年相比预算数减少7.60万元；公务用车购置费0万元，与上年预算数相同。',
    )
  })
  it('an increase from 0, and a missing prior figure', () => {
    expect(paragraphOf(narrativeFor(priorYearZeroDepartment()), '七')).toContain('预算2.00万元比2025年增加2.00万元，主要原因是新配备公务用车。')
    expect(paragraphOf(narrativeFor(noComparisonsDepartment()), '七')).toContain(`预算2.00万元比2025年增减${PLACEHOLDERS.prior}。其中：因公出国（境）费0万元，与上年相比预算数增减${PLACEHOLDERS.prior}；`)
  })
  it('no 三公 money: 0万元 and no chart (001)', () => {
    const n = narrativeFor(institutionOnlyDepartment())
    expect(paragraphOf(n, '七')).toContain('预算0万元比2025年减少2.00万元，主要原因是【请填写变动原因】。')
    expect(chartOf(blocksOf(n, '七'))).toBeUndefined()
  })
})

describe('八 机关运行经费 (spec §4.8, §9.3, §9.5)', () => {
  it('multi-unit: （本级）, counts by type, 增加原因是, one sentence per other unit (004)', () => {
    expect(textsOf(narrativeFor(multiUnitDepartment()), '八')).toEqual([
      '本部门2026年所属示例局（本级）、示例服务中心、示例交易中心（示例采购中心），1家行政单位、2家参公单位，机关运行经费财政拨款预算150.00万元，比2025年预算增加50.00万元，增加50.00%，增加原因是【请填写变动原因】。',
      '本部门2026年所属单位示例促进中心为公益一类事业单位，无机关运行经费。',
    ])
  })
  it('single unit: plain name; decrease, unchanged and prior 0', () => {
    expect(paragraphOf(narrativeFor(decreasedDepartment()), '八')).toBe(
      '本部门2026年所属示例局，1家行政单位，机关运行经费财政拨款预算100.00万元，比2025年预算减少20.00万元，减少16.67%，减少原因是压减一般性支出。',
    )
    expect(paragraphOf(narrativeFor(unchangedDepartment()), '八')).toContain('预算100.00万元，与2025年预算持平。')
    expect(paragraphOf(narrativeFor(priorYearZeroDepartment()), '八')).toContain('比2025年预算增加100.00万元，上年无此项支出，增加原因是新设立部门。')
  })
  it('no 行政/参公 unit: `本部门无机关运行经费。` (001)', () => {
    expect(textsOf(narrativeFor(institutionOnlyDepartment()), '八')).toEqual(['本部门无机关运行经费。'])
  })
})

describe('九 to 十二 (spec §4.9–§4.12)', () => {
  it('九 sums the categories; no item: 无政府采购预算', () => {
    expect(paragraphOf(narrativeFor(narrativeBase()), '九')).toBe('2026年示例局政府采购预算总额61.66万元。其中：政府采购货物预算11.66万元、政府采购工程预算0万元、政府采购服务预算50.00万元。')
    expect(paragraphOf(narrativeFor(narrativeBase((d) => (d.procurement = []))), '九')).toBe('2026年示例局无政府采购预算。')
  })
  it('十 counts projects from the lines and the forms; 涉密 ones are managed but not published', () => {
    const texts = textsOf(narrativeFor(multiUnitDepartment()), '十')
    expect(texts[1]).toBe('2026年编报部门整体支出绩效目标，涉及部门预算资金1,205.70万元，其中基本支出755.70万元，项目支出450.00万元；机关及下属预算单位4个，其中0个单位（包括机关）编报了单位整体绩效目标，涉及资金0万元。')
    expect(texts[2]).toBe('2、项目绩效目标')
    expect(texts[3]).toBe(
      '2026年示例局[部门]纳入绩效目标管理的二级项目3个，共计金额450.00万元。其中：其他运转类项目1个，涉及金额100.00万元；特定目标类项目2个，涉及金额350.00万元。公开项目绩效目标2个，涉及项目金额400.00万元，占部门（单位）项目支出总额的89%。其中：其他运转类项目1个，涉及项目金额100.00万元；特定目标类项目1个，涉及项目金额300.00万元。',
    )
    expect(texts[4]).toBe('（项目绩效目标表公开情况见附件）')
  })
  it('十 prints the 整体 line only when asked, and no projects: says so', () => {
    expect(textsOf(narrativeFor(narrativeBase()), '十')[2]).toBe('（部门整体目标表公开情况见附件）')
    const none = narrativeFor(narrativeBase((d) => ((d.lines = d.lines?.filter((l) => l.kind === 'basic')), (d.performance = {}))))
    expect(textsOf(none, '十').slice(-1)).toEqual(['2026年示例局无纳入绩效目标管理的二级项目。'])
    expect(blocksOf(none, '十').some((b) => b.kind === 'attachments')).toBe(false)
  })
  it('十一 prints vehicles by kind, the area and the equipment; a missing date or quota is left out, a missing area is asked for', () => {
    const texts = textsOf(narrativeFor(narrativeBase()), '十一')
    expect(texts[1]).toBe('截至2025年12月31日，示例局共有公务用车编制2辆，实有1辆，其中：领导用车0辆，机要通信用车1辆，应急保障用车0辆，执法执勤用车0辆，特种专业技术用车0辆，事业单位业务用车0辆，其他公务用车0辆。')
    expect(texts[3]).toBe('截至2025年12月31日，示例局使用的办公用房建筑总面积1118.46平方米。')
    const missing = textsOf(narrativeFor(narrativeBase((d) => (d.assets = {}))), '十一')
    expect(missing[3]).toBe(`示例局使用的办公用房建筑总面积${PLACEHOLDERS.officeArea}平方米。`)
    const noQuota = textsOf(narrativeFor(narrativeBase((d) => (d.assets = { vehicles: { confidential: 2 }, officeArea: '10' }))), '十一')
    expect(noQuota[1]).toMatch(/^示例局实有公务用车2辆，其中：/)
    expect(noQuota.join('')).not.toMatch(/编制|截至|【/)
  })
  it('十二 keeps the officer’s text and states the empty tables (official-rules (c)3)', () => {
    expect(textsOf(narrativeFor(narrativeBase()), '十二')).toEqual([
      '（一）政府购买服务指导性目录',
      '见附件。',
      '（二）其他',
      '本部门2026年无政府性基金预算收支、国有资本经营预算收支、上年结转项目支出，预算公开表7、预算公开表8、部门公开表9、预算公开表13为空表。',
    ])
    const n = narrativeFor(institutionOnlyDepartment())
    expect(textsOf(n, '十二')[3]).toContain('无政府性基金预算收支、国有资本经营预算收支、财政拨款安排的“三公”经费、机关运行经费、上年结转项目支出，')
  })
  it('十二 places the officer’s attachments', () => {
    const n = narrativeFor(narrativeBase((d) => (d.attachments = [{ id: 'a1', title: '目录', path: 'a.pdf' }])))
    expect(blocksOf(n, '十二')[2]).toEqual({ kind: 'attachments', slot: 'purchase-service-catalog' })
  })
})
