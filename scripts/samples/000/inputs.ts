// Seed 000: the inputs of 第一部分 and 第三部分 that the tables cannot give (prior-year figures and
// reasons, 政府采购, 国有资产, 概况, 其他说明, 整体绩效). Amounts in 元; the seed's 万元 in comments.
import type { DocumentDataInput } from '../../../core/model/document-data'
import { UNIT_ID } from './basic-lines'

/** 一: `比上年增加243.14万元，增长13.49%`, the same reason for income and expenditure. */
const TOTAL_REASON = '增加了遗属补助、消防验收备案技术服务、环境影响评价购买技术评估服务等项目'

export const COMPARISONS: DocumentDataInput['comparisons'] = {
  // 2045.61 − 243.14 = 1802.47 (also the 整体 form's 上年度资金 合计)
  incomeTotal: { prior: '18024700.00', reason: TOTAL_REASON },
  expenditureTotal: { prior: '18024700.00', reason: TOTAL_REASON },
  // 五（一）: 2045.61, 比上年增加243.14万元 → 1802.47
  generalBudgetCurrent: { prior: '18024700.00' },
  // 七: 2.40 与2024年预算数相同, every item 与上年预算数相同
  threePublic: {
    abroad: { prior: '0.00' },
    reception: { prior: '0.00' },
    vehiclePurchase: { prior: '0.00' },
    vehicleOperation: { prior: '24000.00' },
  },
  // 八: 76.06, 比2024年预算增加4.58万元 → 71.48
  officeOperation: { prior: '714800.00', reason: '公用经费中其他交通费用增加' },
}

/** 九: 货物 45.00, 工程 0, 服务 99.77 (总额 144.77). The seed gives only the category totals. */
export const PROCUREMENT: DocumentDataInput['procurement'] = [
  { id: 'gp-goods', unitId: UNIT_ID, category: 'goods', name: '政府采购货物', amount: '450000.00' },
  { id: 'gp-services', unitId: UNIT_ID, category: 'services', name: '政府采购服务', amount: '997700.00' },
]

/** 十一: 截至2025年1月1日, 编制2辆, 实有2辆 (其他公务用车2辆), 办公用房0平方米, no equipment over 50/100万元. */
export const ASSETS: DocumentDataInput['assets'] = {
  asOf: '2025-01-01',
  vehicleQuota: 2,
  vehicles: { leadership: 0, confidential: 0, emergency: 0, enforcement: 0, 'special-technical': 0, 'institution-business': 0, other: 2 },
  officeArea: '0',
  equipmentOver500k: 0,
  equipmentOver1m: 0,
}

/** 第一部分. The seed's ` and ` (three times in the extraction) stands for 和 and is written so here. */
export const OVERVIEW: DocumentDataInput['overview'] = {
  duties:
    '行政审批制度改革以后，我局主要负责划转的各类行政审批事项；负责贯彻执行中央、省关于行政审批、政务改革、政务服务、政务信息管理和公共资源交易的方针政策、法律法规及市委、市政府的各项决策部署；负责组织开展全市政务改革和管理的调查研究，参与起草相关规范性文件；负责推进全市政务服务体系和政务服务标准化建设，制定审批服务运行评价标准，建立相应考核评价机制；负责全市行政审批制度改革、行政审批服务管理、政务信息管理工作；负责统筹协调、指导、监督、推进全市公共资源交易工作，组织指导全市公共资源交易体系建设；负责制定行政审批、公共服务、公共资源交易中介服务标准，清理规范中介服务事项和机构；负责统筹推进全市“互联网+政务服务”工作；负责推进政务服务平台“互联网+监管”体系建设、市人民政府优化营商环境相关职责；完成市委、市政府交办的其他任务。',
  organization: '孝义市行政审批服务管理局是隶属于市政府系统的职能部门之一。下设7个股室，分别为：办公室、政策法规股、审批运行监管股、政务信息管理股、投资规划股、企业登记股、社会事务股。',
}

/** 十二: （一）`见附件。` (two provincial catalogues attached, PDFs not at hand), （二）`无。`. */
export const OTHER_NOTES: DocumentDataInput['otherNotes'] = {
  purchaseServiceCatalog: '见附件。',
  other: '无。',
}

/** 十 1、: 1个单位（包括机关）编报了单位整体绩效目标，涉及资金2045.61万元; the 见附件 line is printed. */
export const OVERALL_FILING: DocumentDataInput['overallFiling'] = {
  unitCount: 1,
  amount: '20456100.00',
  printAttachmentLine: true,
}
