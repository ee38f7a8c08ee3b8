// Seed 001: the inputs of 第一部分 and 第三部分 that the tables cannot give (prior-year figures, reasons,
// 政府采购, 国有资产, free texts, 整体绩效), typed from the seed's text.
import type { DocumentDataInput } from '../../../core/model/document-data'

type Data = DocumentDataInput

/** 第一部分 一、本部门职责 (printed as a list, one item a line) and 二、机构设置情况. */
export const OVERVIEW: Data['overview'] = {
  duties: [
    '1、贯彻落实有关经济和社会发展的法律、法规、规章和方针、政策，制订开发区管理的规范性文件；',
    '2、拟定开发区建设总体规划和中长期计划，并组织实施；',
    '3、统筹推进开发区建设发展，对开发区统一政策、统一规划、统一管理；',
    '4、根据市政府授权，行使综合经济及相关行政管理职能；',
    '5、指导协调开发区内国土、财政、税务、规划建设、工商质监、公安、消防、安监、环保、金融等工作；',
    '6、负责开发区内所有园区的管理和建设，服务企业发展；',
    '7、负责开发区有关重大基础设施项目和重大公共项目建设、管理和协调工作；',
    '8、负责开发区的招商引资、招才引智工作；',
    '9、负责开发区内各项经济技术指标的收集、汇总、分析和上报工作，配合统计部门开展相关统计工作；',
    '10、负责处理开发区内的来信、来访，协助所在乡镇（街道）做好维稳等事务；',
    '11、协助有关部门开展社会管理工作；',
    '12、监督考核孝义市有关部门派驻开发区相关机构工作；',
    '13、承办孝义市人民政府交办的其他事项。',
  ].join('\n'),
  organization:
    '孝义经济开发区党工委、管委会内设机构为6个，均为正科级建制。分别为：1、党政综合办公室。2、行政审批局。3、产业发展局。4、财政金融局。5、规划建设局。6、人力资源局。' +
    '开发区管委会设所属事业单位5个，均为股级建制。分别为：1、孝义经济开发区现代煤化工产业招商服务中心。2、孝义经济开发区铝系产业招商服务中心。3、孝义经济开发区高新科技产业招商服务中心。' +
    '4、孝义经济开发区科教文化产业招商服务中心。5、孝义经济开发区自然资源事务服务中心。',
}

/** Reason printed in 一 for both income and expenditure (`主要原因是本年项目支出增加。；`, the stray `。` dropped). */
const TOTAL_REASON = '本年项目支出增加'

/**
 * 一: 12,140.24 − 1877.34 = 10,262.90 万元 (= the 整体 form's 上年度预算 合计 10262.9; 1877.34/10262.90 = 18.29%).
 * 五（一）: 11,864.66 − 1601.76 = 10,262.90 万元 (15.61%); no reason printed.
 * 七: 公务用车运行维护费 9.60 万元 last year, the other items 0.
 * 八: none (no 行政/参公 unit, `本部门无机关运行经费`).
 */
export const COMPARISONS: Data['comparisons'] = {
  incomeTotal: { prior: '102629000.00', reason: TOTAL_REASON },
  expenditureTotal: { prior: '102629000.00', reason: TOTAL_REASON },
  generalBudgetCurrent: { prior: '102629000.00' },
  threePublicTotalReason: '2023年度我单位公车调拨至机关事务管理局',
  threePublic: {
    abroad: { prior: '0.00' },
    reception: { prior: '0.00' },
    vehiclePurchase: { prior: '0.00' },
    vehicleOperation: { prior: '96000.00' },
  },
  officeOperation: {},
}

/** 九: 货物 55.15 + 工程 446.71 + 服务 815.65 = 1,317.51 万元 (the seed lost the lead-in sentence). */
export const PROCUREMENT: Data['procurement'] = [
  { id: 'gp-goods', category: 'goods', name: '政府采购货物', amount: '551500.00' },
  { id: 'gp-works', category: 'works', name: '政府采购工程', amount: '4467100.00' },
  { id: 'gp-services', category: 'services', name: '政府采购服务', amount: '8156500.00' },
]

/** 十一: as of 2023-12-31; no vehicles, 1000 m² of offices, one item of equipment over 50 and over 100 万元. */
export const ASSETS: Data['assets'] = {
  asOf: '2023-12-31',
  vehicleQuota: 0,
  vehicles: { leadership: 0, confidential: 0, emergency: 0, enforcement: 0, 'special-technical': 0, 'institution-business': 0, other: 0 },
  officeArea: '1000',
  equipmentOver500k: 1,
  equipmentOver1m: 1,
}

/** 十二（一）prints `无` (although 孝财综〔2022〕12号 is attached after it); 十二（二）`无`. */
export const OTHER_NOTES: Data['otherNotes'] = { purchaseServiceCatalog: '无', other: '无' }

/**
 * 十 1: the 管委会 filed one 整体 form covering the whole budget (12,140.24 万元). 001 omits the unit-count
 * clause but prints `（部门整体目标表公开情况见附件）`.
 */
export const OVERALL_FILING: Data['overallFiling'] = { unitCount: 1, amount: '121402400.00', printAttachmentLine: true }

/** A 职责履行 indicator of the 整体 form (the layout prints no 二级: 产出/数量指标, as in 000). */
const duty = (name: string, value: string, unit: string, note: string) => ({
  level1: 'output' as const,
  level2: 'quantity' as const,
  name,
  value: { comparator: '' as const, value, unit },
  note,
})

/**
 * The attached 整体支出绩效目标申报表 (2024 county layout, spec §5.1 b), typed into the fields of the
 * 2025 layout the app prints for 2024 (§5.1 a). As printed: 内设股室 7; 编制人数, 下属单位数量 and
 * 临时人员 blank; 实有人数（不含临时人员）105 (实有在编人数); 行政编制数 55, 事业编制数 55, 事业人员 105;
 * 年度绩效目标 and 上年度已完成工作目标 blank; the 职责履行 indicators with their 指标解释; 履职效益 prints
 * only the prompts `指标 1 … 指标 4` (no indicator); 上年度预算 1262.9 + 9000 (上年度决算 1169.36 +
 * 8101.07 has no field); 指标值 blank; the two rows under the money block (`各部门按职责实施`,
 * `严格遵守相关制度`) are read as 组织机构 and 相关管理制度; 单位负责人 冯光源 has no field.
 */
export const OVERALL_FORM: NonNullable<NonNullable<Data['performance']>['overall']> = {
  internalDepartments: 7,
  staffActual: 105,
  staffOnPayroll: 105,
  staffAdministrativeQuota: 55,
  staffInstitutionQuota: 55,
  staffInstitution: 105,
  strategicGoal: '按照省委省政府开发区发展建设规划，创建国家级开发区。改造提升开发区基础设施建设，促进开发区高质量发展',
  dutyTasks: '任务1：创建精细化化工园区；任务2：对高质量发展企业奖励；任务3：完善基础设施建设；任务4：创建中小企业园',
  indicators: [
    duty('总体工作完成率', '70', '%', '按工作计划分年度实施'),
    duty('重点工作完成率', '70', '%', '按工作计划分年度实施'),
    duty('预算公开程度', '100', '%', '预算公开'),
    duty('决算公开程度', '100', '%', '决算公开'),
    duty('其他指标', '100', '%', ''),
  ],
  dutyEffects: '目标1：完成精细化工园区认证；目标2：完成中小企业园创建；目标3：提升改造基础设施',
  priorYearBasic: '12629000.00',
  priorYearProject: '90000000.00',
  budgetCompletionRate: '',
  organization: '各部门按职责实施',
  measures: '严格遵守相关制度',
  filledBy: '张睿刚',
  phone: '15835848351',
}
