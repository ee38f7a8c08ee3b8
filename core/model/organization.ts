// 部门 and its 单位 (domain-core issue §2, spec §1.3, §9.3).
import { z } from 'zod'
import { EconomicScope, GovernmentLevel, UnitType } from './enums'
import { Id, IsoDate, ShortText, Year } from './primitives'

export const Department = z.object({
  /** Name as printed on the cover and in every table (004: `…[部门]`). */
  displayName: ShortText.min(1, { error: '请填写部门名称（公开名称）' }),
  /** Plain name, without suffixes such as `[部门]`. */
  plainName: ShortText.min(1, { error: '请填写部门名称' }),
  /** 3-digit 主管部门代码 (019, 032). */
  code: z.string().regex(/^\d{3}$/, { error: '主管部门代码应为3位数字' }),
  level: GovernmentLevel,
  /** The 市/县 name used in form titles: 孝义市, 大同市. */
  regionName: ShortText.min(1, { error: '请填写市/县名称' }),
  budgetYear: Year,
  /** 批复日期 and 公开日期, optional until known. */
  approvalDate: IsoDate.optional(),
  publicationDate: IsoDate.optional(),
})
export type Department = z.infer<typeof Department>

export const Unit = z.object({
  id: Id,
  /** Stored without `（本级）`; the generator adds it where the seeds print it (spec §9.3). */
  name: ShortText.min(1, { error: '请填写单位名称' }),
  code: z.string().max(32, { error: '单位编码过长' }).default(''),
  type: UnitType,
  isHeadUnit: z.boolean().default(false),
  /** Absent: defaulted from the unit type (行政/参公 → 机关, others → 事业). */
  economicScope: EconomicScope.optional(),
})
export type Unit = z.infer<typeof Unit>
