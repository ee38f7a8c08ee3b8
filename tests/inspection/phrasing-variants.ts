// Real-world phrasing that officers write in reasons, 概况 and 其他说明 of published disclosures:
// approximate amounts, amounts in 元 and 亿元, percentages with one or two decimals, full-width digits
// and thousands separators. None of them is a fault; a blocking rule that fires on one is wrong.
// The faults below them are the real ones the same rules must keep blocking.
import type { SectionId } from '../../core/narrative/narrative-model'

export interface PhrasingVariant {
  section: SectionId
  text: string
}

export const ORDINARY_PHRASING: readonly PhrasingVariant[] = [
  { section: '一', text: '2026年度示例局预算收入总计1,317.51万元，比上年增加120.35万元，增长10.06%，主要原因是新增政务服务购买服务80余万元。' },
  { section: '一', text: '主要原因是安排项目经费300余万元。' },
  { section: '一', text: '主要原因是新增信息化建设项目300多万元，人员经费增加十余万元。' },
  { section: '一', text: '减少原因是上年一次性安排的平台建设经费约50万元本年不再安排。' },
  { section: '一', text: '增加原因是新增专项资金近百万元，其中设备购置近20万元。' },
  { section: '三', text: '项目支出中单项金额在100万元以上的项目3个，合计约1.2亿元。' },
  { section: '三', text: '本年安排基础设施建设资金2.35亿元，较上年增长6.5%。' },
  { section: '五', text: '一般公共服务支出比上年下降6.46%，社会保障和就业支出增长6.5%。' },
  { section: '六', text: '人员经费按在职人员每人每月300元的标准安排通讯补助；公用经费按每人每年5000元定额安排。' },
  { section: '六', text: '公用经费按人均1,200元核定，取暖费按每平方米28.5元安排。' },
  { section: '七', text: '公务接待费12.00万元，与上年相比预算数减少数万元，主要原因是严格控制接待标准，单次接待不超过1500元。' },
  { section: '八', text: '机关运行经费财政拨款预算１２０．３５万元，比2025年预算减少５．２０万元，下降4.14%。' },
  { section: '九', text: '政府采购预算总额1,317.51万元，其中单价在万元以上的设备由集中采购机构采购。' },
  { section: '九', text: '单价在50万元以上的货物和100万元以上的服务实行公开招标。' },
  { section: '十', text: '纳入绩效目标管理的项目金额为数千万元，占项目支出的85.3%。' },
  { section: '十一', text: '车辆原值合计36.50万元，净值约12万元；房屋账面价值上千万元。' },
  { section: '十二', text: '本部门所有金额均以万元为单位，表中数据单位：万元。' },
  { section: '十二', text: '（单位：万元）' },
  { section: '十二', text: '本局内设机构7个，编制45名，年度工作经费五十万元，另有专项补助二十余万元。' },
  { section: '十二', text: '万元以下的零星采购由各科室自行组织。' },
  { section: '十二', text: '全年拟举办培训8期，每期费用控制在3万元以内，合计不超过24万元。' },
]

/** Faults found in published text (official-rules (b), (c)12): the rules must still block these. */
export const REAL_FAULTS: readonly (PhrasingVariant & { rule: string; pattern: RegExp })[] = [
  { section: '七', text: '“三公”经费预算数占 %，比上年减少 万元。', rule: 'K12', pattern: /缺少比例数字/ },
  { section: '七', text: '“三公”经费预算数比上年减少 万元。', rule: 'K12', pattern: /“万元”前缺少金额/ },
  { section: '一', text: '主要原因是增加万元。', rule: 'K12', pattern: /“万元”前缺少金额/ },
  { section: '七', text: '公务接待费1.58元，与上年预算数相同。', rule: 'K12', pattern: /应为“1\.58万元”/ },
  { section: '一', text: '本单位XX年度××经费增加。', rule: 'K12', pattern: /模板占位符/ },
  { section: '一', text: '预算收入总计1,000.00万元，比上年增加100.00万元，下降10.00%。', rule: 'K12', pattern: /增减方向前后矛盾/ },
]
