// Seed 000: the 38 projects of T12 in T12 order, each with one 一般公共预算 当年 line.
// Every choice is explicit here; samples/notes-000.md explains why.
import type { ProjectAttribute, ProjectCategory } from '../../../core/model/enums'

export interface ProjectChoice {
  /** Name as printed in T12 (the forms sometimes differ, see formName). */
  name: string
  /** The line amount in 元: the form's 年度资金总额 where it gives one. */
  yuan: string
  /** 年度资金总额 printed on the project form, in 元 (null: left blank on the form). */
  formYuan: string | null
  /** Name printed on the form where it differs from T12 (spec §6.3, §9.7). */
  formName?: string
  functionCode: string
  economicCode: string
  category: ProjectCategory
  attribute: ProjectAttribute
  durationYears: number
  note?: string
}

/** 2120399 其他城乡社区公共设施支出 holds 1044.18, 2010399 其他政府办公厅（室）及相关机构事务支出 3.51. */
const CITY = '2120399'
const OFFICE = '2010399'

const p = (name: string, yuan: string, functionCode: string, economicCode: string, category: ProjectCategory, attribute: ProjectAttribute, durationYears: number, extra: Partial<ProjectChoice> = {}): ProjectChoice => ({
  name,
  yuan,
  formYuan: yuan,
  functionCode,
  economicCode,
  category,
  attribute,
  durationYears,
  ...extra,
})

const T = 'targeted' as const
const O = 'operating' as const

// Economic codes: 30227 委托业务费 for bought services (IT, platforms, audits, evaluations), 30226 劳务费
// for expert fees, 30213 维修（护）费 for maintenance, 31002 办公设备购置 / 31003 专用设备购置 for
// equipment, 30202 印刷费, 30207 邮电费, 30214 租赁费, 30201 办公费, 30216 培训费, 30299 其他商品和服务支出,
// 30305 生活补助 for 遗属补助. None is a 三公 code (30212/30217/30231/31013): T10 comes from basic lines only.
export const PROJECTS: ProjectChoice[] = [
  p('24小时自助服务区建设项目', '32600.00', CITY, '31002', T, 'recurring', 99),
  p('惠企政策采集梳理及运营服务项目', '192000.00', CITY, '30227', T, 'recurring', 99),
  p('开评标区安装屏蔽系统（一次性）', '99600.00', CITY, '31003', T, 'one-off', 1, { formName: '开评标区安装屏蔽系统(一次性)' }),
  p('政府采购中心交易场地软硬件设施设备升级改造项目', '466000.00', CITY, '31002', T, 'recurring', 99),
  p('便民办事服务平台项目', '460000.00', CITY, '30227', T, 'recurring', 99),
  p('电子政务外网服务项目', '1710000.00', CITY, '30227', T, 'one-off', 1),
  p('门禁系统和监控系统的升级改造项目', '48000.00', CITY, '31002', T, 'recurring', 99),
  p('专家劳务费用', '100000.00', CITY, '30226', T, 'recurring', 99),
  p('山西CA数字证书办理项目', '80000.00', CITY, '30227', T, 'recurring', 99),
  p('12345政务服务热线服务经费', '628828.00', CITY, '30227', T, 'recurring', 99),
  p('12345政务服务热线办公经费', '10000.00', CITY, '30201', T, 'recurring', 99),
  p('办件结果邮寄项目', '5000.00', CITY, '30207', T, 'recurring', 99),
  p('证照印制费用', '30000.00', CITY, '30202', T, 'recurring', 99),
  p('市民中心服务保障费用', '335400.00', CITY, '30227', T, 'recurring', 99),
  p('通信光缆租赁服务项目', '4300.00', CITY, '30214', T, 'recurring', 99),
  p('市民服务中心智能化平台设备维修项目', '400000.00', CITY, '30213', T, 'one-off', 1),
  p('吕梁政务云资源服务及专线经费', '1824000.00', CITY, '30227', T, 'recurring', 99),
  p('优化营商环境专项经费', '20000.00', CITY, '30299', T, 'recurring', 99),
  p('社会团体法定代表人离任审计、注销清算审计项目', '30000.00', CITY, '30227', T, 'recurring', 99),
  p('政务服务事项动态管理维护项目', '193600.00', CITY, '30227', T, 'recurring', 99),
  p('网络安全等级保护测评项目', '74000.00', CITY, '30227', T, 'recurring', 99),
  p('开评标室音视频授权及系统维护', '191200.00', CITY, '30213', T, 'recurring', 99),
  p('新开办企业免费刻制印章', '400000.00', CITY, '30227', T, 'phased', 3),
  p('2025-2027年电子政务外网服务项目', '1160000.00', CITY, '30227', T, 'phased', 3),
  p('孝义市惠企政策梳理及运营服务项目', '50000.00', CITY, '30227', T, 'phased', 2, { formYuan: null, note: '绩效目标表年度资金总额空白（实施期300,000元），取表12的5.00万元' }),
  p('网络安全事件应急演练项目', '50000.00', CITY, '30227', T, 'recurring', 99),
  p('综窗受理服务建设项目', '1000000.00', CITY, '30227', T, 'phased', 2),
  p('消防验收备案技术服务', '200000.00', CITY, '30227', T, 'phased', 2),
  p('基层就近办建设项目', '60000.00', CITY, '31002', T, 'recurring', 99),
  p('环境影响评价购买技术评估服务费用', '200000.00', CITY, '30227', T, 'phased', 2),
  p('便民办事平台、电子政务外网等保测评项目', '74000.00', CITY, '30227', T, 'one-off', 1),
  // Form 33,136元 (T12 3.31). T3 2120399 项目支出 1044.18 is 0.01 more than the T12 projects under it;
  // this project has the largest rounding remainder (0.0036万元) among them. 33,150元 is the smallest
  // amount that prints 3.32 and keeps the exact 元 total of all lines at 2045.6148 (prints 2045.61, no 尾差).
  p('专家劳务费用', '33150.00', CITY, '30226', T, 'one-off', 1, {
    formYuan: '33136.00',
    note: '绩效目标表年度资金总额33,136元（表12印3.31）；表3项级2120399项目支出1044.18比表12该项下各项目之和多0.01万元，按最大舍入余数调为33,150元（3.32万元）',
  }),
  p('吕梁政务云资源使用及政务云专线经费', '157929.07', CITY, '30227', T, 'one-off', 1, { formName: '孝义政务云资源使用及政务云专线经费' }),
  p('维护市民服务中心智能化平台设备项目', '69700.00', CITY, '30213', T, 'recurring', 99),
  p('临县第一书记经费', '37500.00', CITY, '30299', O, 'recurring', 99, { formYuan: null, note: '绩效目标表年度资金总额空白（实施期37,500元），取表12的3.75万元' }),
  p('遗属补助', '31296.00', OFFICE, '30305', O, 'recurring', 99),
  p('补缴残保金', '3845.00', OFFICE, '30299', O, 'recurring', 99, { formName: '补缴残疾人就业保障金' }),
  p('干部履职能力提升培训经费', '15000.00', CITY, '30216', O, 'recurring', 99),
]
