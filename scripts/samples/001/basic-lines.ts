// Seed 001 (孝义经济开发区管理委员会, 2024): the department, its one unit and the unit's 基本支出 lines.
// Every choice is explicit here; samples/notes-001.md explains why.
import type { DocumentDataInput } from '../../../core/model/document-data'

export const UNIT_ID = 'xyedz'

/** Cover and every table print `孝义经济开发区管理委员会`; 主管部门代码 601 from the project forms (`601-孝义经济开发区管理委员会`). */
export const DEPARTMENT: DocumentDataInput['department'] = {
  displayName: '孝义经济开发区管理委员会',
  plainName: '孝义经济开发区管理委员会',
  code: '601',
  level: 'county',
  regionName: '孝义市',
  budgetYear: 2024,
}

/**
 * One unit, the department itself (本级). A 事业单位: USCC prefix 12, 八 `本部门无机关运行经费`, T11 empty;
 * the seed gives no 公益一类/二类 class, so 其他事业单位. Its 口径 is the default 事业 (505 款).
 */
export const UNITS: DocumentDataInput['units'] = [
  { id: UNIT_ID, name: '孝义经济开发区管理委员会', code: '12142301MB01836872', type: 'other-institution', isHeadUnit: true },
]

/** A 基本支出 line: 部门经济科目, 功能科目 (项), amount in 万元 as printed, optional 政府经济科目 override. */
interface BasicLine {
  economicCode: string
  functionCode: string
  wan: string
  /** Only where the 事业 default (50501 工资福利支出 / 50502 商品和服务支出) is not the pair printed in T6. */
  governmentEconomicCode?: string
  note?: string
}

/**
 * 一般公共预算, 当年, all of the unit. T6 items as printed except 福利费 (26.13 → 26.11): the T6 items
 * add up to 1138.45 but the T3/T5 项 rows to 1138.43, and the 项 rows take priority; the goods items
 * (51.65) also exceed their printed group row (51.64). Taking the 0.02 from one goods item leaves only
 * that item, the 商品和服务支出 group and the 合计 row differing (6 cells).
 */
export const BASIC_LINES: BasicLine[] = [
  // 工资福利支出 (人员经费). Salaries are booked under 2120399, the only 项 of the unit with basic money besides the social-security codes.
  { economicCode: '30101', functionCode: '2120399', wan: '431.82' }, // 基本工资 | 工资福利支出
  { economicCode: '30102', functionCode: '2120399', wan: '51.76' }, // 津贴补贴 | 工资福利支出
  { economicCode: '30107', functionCode: '2120399', wan: '313.46' }, // 绩效工资 | 工资福利支出
  { economicCode: '30108', functionCode: '2080505', wan: '119.43', governmentEconomicCode: '50102' }, // 机关事业单位基本养老保险缴费 | 社会保障缴费 (T6 prints the 机关 pair)
  { economicCode: '30110', functionCode: '2101102', wan: '48.52', governmentEconomicCode: '50102' }, // 职工基本医疗保险缴费 | 社会保障缴费 (机关 pair)
  { economicCode: '30112', functionCode: '2120399', wan: '2.00' }, // 其他社会保障缴费 | 工资福利支出
  { economicCode: '30113', functionCode: '2210201', wan: '119.81', governmentEconomicCode: '50103' }, // 住房公积金 | 住房公积金 (机关 pair)
  // 商品和服务支出 (公用经费), all under 2120399.
  { economicCode: '30201', functionCode: '2120399', wan: '10.00' }, // 办公费
  { economicCode: '30202', functionCode: '2120399', wan: '2.50' }, // 印刷费
  { economicCode: '30211', functionCode: '2120399', wan: '1.00' }, // 差旅费
  { economicCode: '30213', functionCode: '2120399', wan: '2.50' }, // 维修（护）费 (printed 维修(护)费)
  { economicCode: '30226', functionCode: '2120399', wan: '1.00' }, // 劳务费
  { economicCode: '30227', functionCode: '2120399', wan: '5.73' }, // 委托业务费
  { economicCode: '30229', functionCode: '2120399', wan: '26.11', note: '表6印26.13；减0.02使经济科目合计与表3/表5项级基本支出1138.43一致' }, // 福利费
  { economicCode: '30299', functionCode: '2120399', wan: '2.79' }, // 其他商品和服务支出
]
