// The text checks on sentences from real published disclosures (official-rules (b)) and on
// sentences written to fail; each check also has a clean sentence that must pass.
import { describe, expect, it } from 'vitest'
import { directionFindings, nameFindings, residueFindings, shareFindings, unitFindings, yearFindings } from './text-checks'
import type { NarrativeText, TextContext } from './text-context'

const ctx: TextContext = { year: 2026, departmentName: '示例局', figures: new Set([158, 100000]), unitCount: 4 }
const messages = (f: { message: string }[]) => f.map((x) => x.message)

describe('template residue (K12)', () => {
  it('flags 湛江 2017 `占 %，比上年减少 万元` and 模板占位符', () => {
    const text: NarrativeText = { 七: ['“三公”经费预算数占 %，比上年减少 万元。', '本单位XX年度××经费。', '{单位名称}预算'] }
    const found = residueFindings(text, ctx)
    expect(found.every((f) => f.ruleId === 'K12' && f.severity === 'error')).toBe(true)
    expect(messages(found).join('\n')).toMatch(/缺少比例数字/)
    expect(messages(found).join('\n')).toMatch(/“万元”前缺少金额/)
    expect(messages(found).join('\n')).toMatch(/模板占位符/)
    expect(messages(found).join('\n')).toMatch(/未替换的模板字段/)
  })

  it('flags 001 `增加。；` as repeated punctuation (warning)', () => {
    const found = residueFindings({ 一: ['主要原因是本年项目支出增加。；本年部门预算支出总计12,140.24万元'] }, ctx)
    expect(found.map((f) => [f.ruleId, f.severity])).toEqual([['K12', 'warning']])
  })

  it('passes a clean sentence with 万元 amounts and 占…%', () => {
    expect(residueFindings({ 二: ['2026年度示例局预算收入1,000.00万元，主要包括一般公共预算拨款收入1,000.00万元，占100.00%；单位资金0万元，占0%。'] }, ctx)).toEqual([])
  })
})

describe('元 for 万元 and decimals (K12)', () => {
  it('flags 甘南 2015 `公务接待费1.58元` and names the table figure', () => {
    expect(messages(unitFindings({ 七: ['公务接待费1.58元，与上年预算数相同。'] }, ctx))).toEqual(['七、金额“1.58元”应为“1.58万元”（表中为1.58万元）'])
  })

  it('flags 004 `1750.6万元` (one decimal) as a warning', () => {
    const found = unitFindings({ 三: ['项目支出1750.6万元，占54.20%。'] }, ctx)
    expect(found.map((f) => f.severity)).toEqual(['warning'])
  })

  it('passes 万元 with two decimals and 价值50万元（原值）', () => {
    expect(unitFindings({ 十一: ['占有使用价值50万元（原值）以上的通用设备0台（套）；支出1,750.60万元。'] }, ctx)).toEqual([])
  })
})

describe('shares (K12)', () => {
  it('flags 000 五（二）: shares summing to 99.99%', () => {
    const text = { 五: ['主要用于以下方面:一般公共服务支出764.13万元,占37.35%;社会保障和就业支出104.39万元,占5.10%;卫生健康支出47.49万元,占2.32%;城乡社区支出1,044.18万元,占51.04%;住房保障支出85.41万元,占4.18%等。'] }
    expect(messages(shareFindings(text, ctx))).toEqual(['五、各项占比合计为99.99%，不等于100%（各项四舍五入后应调整尾差，使合计为100.00%）'])
  })

  it('passes shares summing to 100.00%', () => {
    expect(shareFindings({ 三: ['其中：基本支出997.91万元，占48.78%；项目支出1047.69万元，占51.22%。'] }, ctx)).toEqual([])
  })
})

describe('direction words (K05 in 七, K12 elsewhere)', () => {
  it('flags 增加 with 下降, 持平 with an amount, 增加0万元, and a rate on a zero base', () => {
    const text: NarrativeText = {
      一: ['2026年度示例局预算收入总计1,000.00万元，比上年增加100.00万元，下降10.00%，主要原因是新增项目。'],
      五: ['2026年度示例局一般公共预算当年支出50.00万元，比上年增加50.00万元，增长100.00%。'],
      七: ['公务接待费1.00万元，与上年预算数相同，减少1.00万元；公务用车购置费0万元，增加0万元。'],
    }
    const found = directionFindings(text, ctx)
    expect(found.map((f) => `${f.ruleId} ${f.message.split('：“')[0]}`)).toEqual([
      'K12 一、增减方向前后矛盾（金额与比率的增减词不一致）',
      'K12 五、上年为0时不应计算增长率（增加额50.00万元等于本年数）',
      'K05 七、同一句既称“持平/相同”又写“减少1.00万元”',
      'K05 七、变动为0时应写“持平”或“与上年预算数相同”，不应写“增加0万元”',
    ])
  })

  it('passes the app’s own wording', () => {
    const text: NarrativeText = {
      一: ['2026年度示例局预算收入总计1,000.00万元，比上年增加100.00万元，增长11.11%，主要原因是新增项目；本年部门预算支出总计1,000.00万元，比上年减少10.00万元，下降0.99%，主要原因是压减。'],
      七: ['2026年示例局财政拨款安排的“三公”经费预算2.00万元与2025年预算数相同。其中：因公出国（境）费0万元，与上年预算数相同；公务用车运行维护费2.00万元，与上年相比预算数减少9.60万元。'],
    }
    expect(directionFindings(text, ctx)).toEqual([])
  })
})

describe('years (K10) and names (K11)', () => {
  it('flags a sentence that starts with another year, and a year in typed text as a warning', () => {
    const found = yearFindings({ 三: ['2024年度示例局支出预算1,000.00万元。'], 一: ['…主要原因是2023年机构改革。'] }, ctx)
    expect(found.map((f) => [f.message.slice(0, 2), f.severity])).toEqual([
      ['一、', 'warning'],
      ['三、', 'error'],
    ])
  })

  it('passes {年}, {年−1}, document numbers and year ranges', () => {
    expect(yearFindings({ 十二: ['本部门按照晋财综【2025】28号和晋财综〔2024〕37号文件执行，2025-2027年电子政务外网服务项目。'], 十一: ['截至2025年12月31日，示例局共有公务用车编制2辆。'] }, ctx)).toEqual([])
  })

  it('flags a department name that differs from the cover, and a wrong unit count', () => {
    const found = nameFindings({ 九: ['2026年示例局办公室政府采购预算总额1.00万元。'], 十: ['机关及下属预算单位3个，其中0个单位（包括机关）编报了单位整体绩效目标。'] }, ctx)
    expect(messages(found)).toEqual(['九、单位名称“示例局办公室”与封面和报表的“示例局”不一致', '十、称“机关及下属预算单位3个”，单位名单和项目支出表中为4个'])
  })

  it('passes the cover’s name', () => {
    expect(nameFindings({ 九: ['2026年示例局政府采购预算总额1.00万元。'], 十: ['机关及下属预算单位4个'] }, ctx)).toEqual([])
  })
})
