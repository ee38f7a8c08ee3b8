// 十一 国有资产占有使用情况 as published documents detail it, beyond the counts every document has:
// vehicles by kind with 原值/净值/购置年份, 期初 fixed assets, 无形资产 and 摊销, 房屋, equipment over
// 100万元, and free text beside them. Every field is optional: a sentence is written only from what
// is filled (house rule: a missing input is never 0).
import { z } from 'zod'
import { VEHICLE_KINDS } from './enums'
import { Area, Count, Id, ShortText, Text, Yuan } from './primitives'

const PurchaseYear = z.number().int({ error: '购置年份应为整数' }).min(1950, { error: '购置年份不应早于1950年' }).max(2100, { error: '购置年份不应晚于2100年' })

export const VehicleDetail = z.object({
  id: Id,
  kind: z.enum(VEHICLE_KINDS),
  count: Count.optional(),
  originalValue: Yuan.optional(),
  netValue: Yuan.optional(),
  purchaseYear: PurchaseYear.optional(),
})
export type VehicleDetail = z.infer<typeof VehicleDetail>

export const MajorEquipment = z.object({
  id: Id,
  name: ShortText.default(''),
  count: Count.optional(),
  originalValue: Yuan.optional(),
})
export type MajorEquipment = z.infer<typeof MajorEquipment>

export const AssetDetails = z.object({
  vehicles: z.array(VehicleDetail).optional(),
  /** 期初 (at the 截至 date) 固定资产. */
  fixedAssets: z.object({ originalValue: Yuan.optional(), netValue: Yuan.optional(), depreciation: Yuan.optional() }).optional(),
  intangibleAssets: z.object({ originalValue: Yuan.optional(), amortization: Yuan.optional() }).optional(),
  /** All 房屋 the unit holds (the 办公用房 area is Assets.officeArea). */
  buildings: z.object({ area: Area.optional(), bookValue: Yuan.optional() }).optional(),
  /** 单价100万元（原值）以上的设备, one row per kind. */
  majorEquipment: z.array(MajorEquipment).optional(),
  /** Printed as paragraphs after the sentences. */
  note: Text.optional(),
})
export type AssetDetails = z.infer<typeof AssetDetails>
