// Seed 000 (孝义市行政审批服务管理局, 2025): the department, its one unit and the unit's 基本支出 lines.
// Every choice is explicit here; samples/notes-000.md explains why.
import type { DocumentDataInput } from '../../../core/model/document-data'

export const UNIT_ID = 'xyspj'

/** Cover and every table print `孝义市行政审批服务管理局`; 主管部门代码 019 from the project forms (`019-孝义市行政审批服务管理局`). */
export const DEPARTMENT: DocumentDataInput['department'] = {
  displayName: '孝义市行政审批服务管理局',
  plainName: '孝义市行政审批服务管理局',
  code: '019',
  level: 'county',
  regionName: '孝义市',
  budgetYear: 2025,
}

/**
 * One unit, the department itself (本级): a 行政单位 (八 `所属孝义市行政审批服务管理局1家行政单位`, T11
 * lists it with 76.06). Its 口径 is the default 机关 (501–503 款); the 事业-type pairs of T6 come from
 * staff paid under 2010350 事业运行 and carry explicit 505 款 overrides below.
 */
export const UNITS: DocumentDataInput['units'] = [{ id: UNIT_ID, name: '孝义市行政审批服务管理局', type: 'administrative', isHeadUnit: true }]

/** A 基本支出 line: 部门经济科目, 功能科目 (项), amount in 万元, optional 政府经济科目 override. */
export interface BasicLine {
  economicCode: string
  functionCode: string
  wan: string
  /** Only where the 机关 default is not the pair printed in T6 (50501 工资福利支出 / 50502 商品和服务支出). */
  governmentEconomicCode?: string
  note?: string
}

/** 50501 工资福利支出 and 50502 商品和服务支出 (505 对事业单位经常性补助): the 事业-type staff under 2010350. */
const INST_PAY = '50501'
const INST_GOODS = '50502'

/**
 * 一般公共预算, 当年, all of the unit, one line per T6 item. T6 items as printed except
 * 福利费|办公经费 (6.87 → 6.86): the T6 items add up to 997.93 but the T3/T5 项 rows to 997.92, and
 * the 项 rows take priority. Split by 项: 2010301 行政运行 takes the 机关 pairs (271.03), 2010350 事业运行
 * the 505 pairs (489.58 = 474.04 + 福利费 15.54), the social-security, pension and housing items their
 * natural 项 codes. Without the change the 机关 pairs would add up to 271.04 ≠ 271.03. Taking the cent
 * from a goods item keeps the 商品和服务支出 group (71.36), 公用经费 (76.06) and T11 as printed.
 */
export const BASIC_LINES: BasicLine[] = [
  // 2010301 行政运行 — 机关 pairs (default 口径), 271.03
  { economicCode: '30101', functionCode: '2010301', wan: '114.03' }, // 基本工资 | 工资奖金津补贴
  { economicCode: '30102', functionCode: '2010301', wan: '74.60' }, // 津贴补贴 | 工资奖金津补贴
  { economicCode: '30103', functionCode: '2010301', wan: '21.26' }, // 奖金 | 工资奖金津补贴
  { economicCode: '30112', functionCode: '2010301', wan: '0.62' }, // 其他社会保障缴费 | 社会保障缴费
  { economicCode: '30201', functionCode: '2010301', wan: '6.10' }, // 办公费 | 办公经费
  { economicCode: '30202', functionCode: '2010301', wan: '6.40' }, // 印刷费 | 办公经费
  { economicCode: '30207', functionCode: '2010301', wan: '0.60' }, // 邮电费 | 办公经费
  { economicCode: '30211', functionCode: '2010301', wan: '2.00' }, // 差旅费 | 办公经费
  { economicCode: '30213', functionCode: '2010301', wan: '5.50' }, // 维修（护）费 | 维修（护）费
  { economicCode: '30229', functionCode: '2010301', wan: '6.86', note: 'T6 印 6.87；表6各科目合计比表3/表5项级基本支出多0.01万元，按项级数调减此行' }, // 福利费 | 办公经费
  { economicCode: '30231', functionCode: '2010301', wan: '2.40' }, // 公务用车运行维护费 (T10 ② 2.40)
  { economicCode: '30239', functionCode: '2010301', wan: '20.07' }, // 其他交通费用 | 办公经费
  { economicCode: '30299', functionCode: '2010301', wan: '5.89' }, // 其他商品和服务支出
  { economicCode: '31002', functionCode: '2010301', wan: '4.70' }, // 办公设备购置 | 设备购置
  // 2010350 事业运行 — 505 pairs (overrides), 489.58
  { economicCode: '30101', functionCode: '2010350', wan: '261.28', governmentEconomicCode: INST_PAY }, // 基本工资 | 工资福利支出
  { economicCode: '30102', functionCode: '2010350', wan: '29.60', governmentEconomicCode: INST_PAY }, // 津贴补贴 | 工资福利支出
  { economicCode: '30107', functionCode: '2010350', wan: '181.85', governmentEconomicCode: INST_PAY }, // 绩效工资 | 工资福利支出
  { economicCode: '30112', functionCode: '2010350', wan: '1.31', governmentEconomicCode: INST_PAY }, // 其他社会保障缴费 | 工资福利支出
  { economicCode: '30229', functionCode: '2010350', wan: '15.54', governmentEconomicCode: INST_GOODS }, // 福利费 | 商品和服务支出
  // 2080502 事业单位离退休
  { economicCode: '30302', functionCode: '2080502', wan: '1.98' }, // 退休费 | 离退休费
  // 2080505 机关事业单位基本养老保险缴费支出, 102.42
  { economicCode: '30108', functionCode: '2080505', wan: '31.39' }, // 养老保险 | 社会保障缴费
  { economicCode: '30108', functionCode: '2080505', wan: '71.03', governmentEconomicCode: INST_PAY }, // 养老保险 | 工资福利支出
  // 21011 行政事业单位医疗
  { economicCode: '30110', functionCode: '2101101', wan: '12.75' }, // 职工基本医疗保险缴费 | 社会保障缴费
  { economicCode: '30110', functionCode: '2101102', wan: '28.86', governmentEconomicCode: INST_PAY }, // 职工基本医疗保险缴费 | 工资福利支出
  { economicCode: '30111', functionCode: '2101103', wan: '5.89' }, // 公务员医疗补助缴费 | 社会保障缴费
  // 2210201 住房公积金
  { economicCode: '30113', functionCode: '2210201', wan: '85.41' }, // 住房公积金 | 住房公积金
]
