// The classification codes the large department uses, all taken from the shipped 2026 catalogs
// (templates/2026/catalogs): every basic line's 经济科目 has a default 政府经济分类 for its unit's
// 口径, so C01–C05 find nothing to report. large-sample.test.ts looks every code up.
import type { EconomicScope } from '../../core/model/enums'

export interface BasicItem {
  economicCode: string
  /** Function code per 口径: 行政运行 for 机关, 事业运行 for 事业单位, or a shared 项. */
  functionCode: Record<EconomicScope, string>
  /** Typical yearly amount per unit, in 元 (the generator varies it). */
  yuan: number
  personnel: boolean
}

const both = (code: string): Record<EconomicScope, string> => ({ organ: code, institution: code })
const running: Record<EconomicScope, string> = { organ: '2010301', institution: '2010350' }

/** 20 basic lines per unit: personnel (工资福利、退休费) and 公用经费, including 三公 items. */
export const BASIC_ITEMS: readonly BasicItem[] = [
  { economicCode: '30101', functionCode: running, yuan: 1_200_000, personnel: true },
  { economicCode: '30102', functionCode: running, yuan: 900_000, personnel: true },
  { economicCode: '30103', functionCode: running, yuan: 150_000, personnel: true },
  { economicCode: '30106', functionCode: running, yuan: 40_000, personnel: true },
  { economicCode: '30108', functionCode: both('2080505'), yuan: 260_000, personnel: true },
  { economicCode: '30109', functionCode: both('2080506'), yuan: 100_000, personnel: true },
  { economicCode: '30110', functionCode: { organ: '2101101', institution: '2101102' }, yuan: 140_000, personnel: true },
  { economicCode: '30111', functionCode: both('2101103'), yuan: 30_000, personnel: true },
  { economicCode: '30113', functionCode: both('2210201'), yuan: 210_000, personnel: true },
  { economicCode: '30302', functionCode: { organ: '2080501', institution: '2080502' }, yuan: 120_000, personnel: true },
  { economicCode: '30201', functionCode: running, yuan: 60_000, personnel: false },
  { economicCode: '30205', functionCode: running, yuan: 12_000, personnel: false },
  { economicCode: '30206', functionCode: running, yuan: 30_000, personnel: false },
  { economicCode: '30207', functionCode: running, yuan: 15_000, personnel: false },
  { economicCode: '30211', functionCode: running, yuan: 25_000, personnel: false },
  { economicCode: '30216', functionCode: running, yuan: 10_000, personnel: false },
  { economicCode: '30217', functionCode: running, yuan: 8_000, personnel: false },
  { economicCode: '30228', functionCode: running, yuan: 24_000, personnel: false },
  { economicCode: '30229', functionCode: running, yuan: 18_000, personnel: false },
  { economicCode: '30231', functionCode: running, yuan: 20_000, personnel: false },
]

/** 项目支出: 一般行政管理事务 (机关), 事业运行/其他 (事业单位), 城乡社区 and 计划生育 items. */
export const PROJECT_FUNCTION_CODES: Record<EconomicScope, readonly string[]> = {
  organ: ['2010302', '2010306', '2010399', '2120399'],
  institution: ['2010350', '2010399', '2120399', '2100799'],
}

/** 项目支出的经济科目: 商品和服务 and 设备购置 (no 政府经济分类 needed: C04 covers basic lines). */
export const PROJECT_ECONOMIC_CODES: readonly string[] = ['30201', '30202', '30209', '30213', '30214', '30215', '30218', '30226', '30227', '30299', '31002']

/** 政府性基金: 国有土地使用权出让收入安排的支出 / 城市建设支出, funded by 国有土地使用权出让收入. */
export const FUND_FUNCTION_CODE = '2120803'
export const FUND_INCOME_CODE = '1030148'

/** Every code the generator can write, for the catalog check in the test. */
export const ALL_CODES = {
  functional: [...new Set([...BASIC_ITEMS.flatMap((b) => Object.values(b.functionCode)), ...Object.values(PROJECT_FUNCTION_CODES).flat(), FUND_FUNCTION_CODE])],
  economicDepartment: [...new Set([...BASIC_ITEMS.map((b) => b.economicCode), ...PROJECT_ECONOMIC_CODES])],
  income: [FUND_INCOME_CODE],
}
