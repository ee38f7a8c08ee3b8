// Seed 001: the 62 projects of 表12 in printed order, each with one budget line. Names and 万元 amounts
// are typed from 表12; the 部门经济科目 of a project line is not published and is chosen plausibly from
// the shipped 2024 catalog (never a 三公 code: 表10 is empty). samples/notes-001.md explains the choices.
import type { ProjectAttribute, ProjectCategory } from '../../../core/model/enums'

/** How the project runs: 项目属性, 项目期 and whether it continues a 2023 project (`23年…`). */
type Shape = 'once' | 'from2023' | 'once2023' | 'recurring'

export const SHAPES: Record<Shape, { attribute: ProjectAttribute; durationYears: number; continuing: boolean }> = {
  once: { attribute: 'one-off', durationYears: 1, continuing: false },
  from2023: { attribute: 'phased', durationYears: 2, continuing: true },
  /** A `23年…` project whose form says 一次性项目(1年结束), 1年. */
  once2023: { attribute: 'one-off', durationYears: 1, continuing: true },
  recurring: { attribute: 'recurring', durationYears: 99, continuing: false },
}

export interface ProjectRow {
  name: string
  /** 表12 amount in 万元, or an exact 元 amount (`元:29808.00`) where a consistent form gives one. */
  amount: string
  /** 部门经济科目 款 of the project's line. */
  economicCode: string
  shape: Shape
  category: ProjectCategory
  /** 功能科目 项 and fund source: 2120399 一般公共预算 unless stated. */
  functionCode?: string
  source?: 'general' | 'fund'
  note?: string
}

const t = (name: string, amount: string, economicCode: string, shape: Shape, extra: Partial<ProjectRow> = {}): ProjectRow => ({
  name,
  amount,
  economicCode,
  shape,
  category: 'targeted',
  ...extra,
})
/** 其他运转类: the only three projects that add up to the printed 19.03 (十、2). */
const op = (name: string, amount: string, economicCode: string, shape: Shape, extra: Partial<ProjectRow> = {}): ProjectRow => ({ ...t(name, amount, economicCode, shape, extra), category: 'operating' })

// Economic codes: 30227 委托业务费 (规划、评估、评价、编制、勘探、技术服务), 30213 维修（护）费 (工程、改造、修补;
// 31005 基础设施建设 is not in the shipped catalog), 31002 办公设备购置, 30299 其他商品和服务支出 (奖补、
// 扶持资金、划拨款、补偿款; 312 对企业补助 and 31009 土地补偿 are not in the catalog), 30199 其他工资福利支出
// (补助、补贴; 30305 生活补助 is not in the catalog).
export const PROJECTS: ProjectRow[] = [
  t('开发区土地利用情况调查分析数据库建设项目', '14.82', '30227', 'once'),
  t('水资源论证区域评估编制', '45.00', '30227', 'once'),
  t('开发区管线普查及监理/规划编制费用', '65.00', '30227', 'once'),
  t('23年孝义经济开发区多功能会议室改造工程设备采购', '94.85', '31002', 'from2023'),
  t('23年开发区机关办公经费', '23.47', '30201', 'from2023'),
  t('经开区建设项目环境影响评价和排污许可技术评估服务费用', '25.00', '30227', 'once'),
  t('23年人才公寓租赁相关费用', '8.92', '30214', 'from2023'),
  t('23年赴商务厅学习人员生活交通补助', '元:29808.00', '30199', 'once2023', { note: '绩效目标表年度资金总额29,808元（一次性项目，1年）' }),
  t('23年绩效考核系统', '17.80', '30227', 'from2023'),
  t('路灯电源配套工程', '90.93', '30213', 'once'),
  t('中心大道和南大街路灯电费', '40.00', '30206', 'recurring'),
  t('道路占地补偿款', '15.79', '30299', 'once'),
  t('三化三制绩效工资', '587.30', '30107', 'recurring'),
  t('中小企业园网络监控费用', '20.00', '30207', 'recurring'),
  t('对外合作及培训费用', '10.00', '30216', 'recurring'),
  t('宣传资料及文印费用', '15.00', '30202', 'recurring'),
  t('高质量发展奖励金', '195.00', '30299', 'once'),
  t('高新技术企业、专精特新企业奖补资金', '140.00', '30299', 'once'),
  t('化工园区封闭化管理运营费用', '480.00', '30227', 'recurring'),
  t('党建工作及网站维护宣传费用', '43.00', '30299', 'recurring'),
  t('化工园区气防站建设费用', '40.00', '30213', 'once'),
  t('现代煤化工产业园安全风险智能化管控平台项目', '100.00', '30227', 'once'),
  t('物流园区基础设施配套工程文物勘探', '30.00', '30227', 'once'),
  t('经开区区域性地震安全性评价及防洪影响评价报告', '100.00', '30227', 'once'),
  t('土地利用情况调查分析数据库建设项目工作经费', '10.03', '30227', 'once'),
  t('开发区产业项目服务中心改造费用', '18.00', '30213', 'once'),
  t('建设工程消防验收专家技术服务费用', '27.00', '30227', 'recurring'),
  t('档案整理服务', '15.00', '30227', 'once'),
  t('能源强国碳路先行主题宣传活动', '23.00', '30299', 'once'),
  t('23年招才引智人员住房补贴及生活补助', '15.00', '30199', 'from2023'),
  t('中小企业园网络改造费用', '10.00', '30213', 'once'),
  t('产业发展经费', '50.00', '30299', 'recurring'),
  t('支持开发区发展资金', '459.42', '30299', 'recurring'),
  t('安委会环委会工作经费', '20.00', '30299', 'recurring'),
  t('道路等附属设施修补', '20.00', '30213', 'once'),
  t('开发区（除起步区）控制性详细规划', '30.00', '30227', 'once'),
  t('化工园区认定相关费用', '61.27', '30227', 'from2023'),
  t('开发区机关运转经费', '161.20', '30201', 'recurring'),
  t('23年环境影响评价和排污许可技术评估服务', '15.13', '30227', 'from2023'),
  t('23年孝义经济开发区专项工作经费电视台合作', '18.00', '30227', 'from2023'),
  t('23年化工园区环境质量评估报告编制费用', '16.00', '30227', 'from2023'),
  t('23年化工园区总体规划编制项目', '15.00', '30227', 'from2023'),
  t('23年化工园区认定项目', '17.00', '30227', 'from2023'),
  t('23年化工园区应急预案编制项目', '9.80', '30227', 'from2023'),
  t('23年现代煤化工产业园产业发展规划编制项目', '16.00', '30227', 'from2023'),
  t('23年现代煤化工产业园突发事件应急预案编制项目', '15.00', '30227', 'from2023'),
  t('23年现代煤化工产业园周边土地规划安全控制线评估报告编制项目', '15.00', '30227', 'from2023'),
  t('太原理工大学现代科技学院土地划拨款', '6200.00', '30299', 'once'),
  t('伙食补助', '元:135000.00', '30106', 'once', { note: '绩效目标表年度资金总额135,000元' }),
  t('招才引智住房补助', '4.50', '30199', 'once'),
  t('化工园区封闭化建设', '430.00', '30213', 'once'),
  t('园区突发水污染事件一园一策一图费用', '10.00', '30227', 'once'),
  t('事故废水环境风险防控体系建设方案', '10.00', '30227', 'once'),
  t('办公楼改造质保金', '2.44', '30213', 'once'),
  t('中小企业园标识制作及安装费用', '13.10', '30299', 'once'),
  t('南大街公路工程', '441.80', '30213', 'once'),
  t('园区东路道路工程', '174.14', '30213', 'once'),
  t('原太原理工大学现代科技学院商铺运行管理费', '146.00', '30209', 'recurring'),
  t('消防救援大队梧桐消防站供热工程', '275.58', '30213', 'once', { functionCode: '2120803', source: 'fund', note: '政府性基金（国有土地使用权出让收入）' }),
  op('办公设备购置', '12.50', '31002', 'once'),
  op('遗嘱补助', '1.61', '30199', 'recurring'),
  op('柴晨静侯佳秀徐潇悦补发工资', '4.93', '30101', 'once', {
    note: '表12印4.92（绩效目标表49,242元）；加0.01使项目的一般公共预算合计与表3/表5项级2120399项目支出10726.23一致',
  }),
]
