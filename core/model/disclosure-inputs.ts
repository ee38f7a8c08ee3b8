// Inputs of 第一部分 and 第三部分 that the tables cannot give: prior-year budget figures and the
// officer's reasons (spec §4, §8), 政府采购, 国有资产, 概况, 其他说明 and attachments.
import { z } from 'zod'
import { AssetDetails } from './asset-details'
import { ProcurementCategory, VEHICLE_KINDS } from './enums'
import { Area, Count, Id, IsoDate, ShortText, Text, Yuan } from './primitives'

/** A prior-year budget figure (上年预算数) with the reason for the change, in the officer's words. */
export const Comparison = z.object({
  prior: Yuan.optional(),
  reason: Text.optional(),
})
export type Comparison = z.infer<typeof Comparison>

const emptyComparison = () => ({})

export const Comparisons = z.object({
  /** 一: 预算收入总计 and 支出总计. */
  incomeTotal: Comparison.default(emptyComparison),
  expenditureTotal: Comparison.default(emptyComparison),
  /** 五（一）: 一般公共预算当年支出. */
  generalBudgetCurrent: Comparison.default(emptyComparison),
  /** 七: the 三公 total's prior figure is the sum of the items' (derived); its reason is here. */
  threePublicTotalReason: Text.optional(),
  threePublic: z
    .object({
      abroad: Comparison.default(emptyComparison),
      reception: Comparison.default(emptyComparison),
      vehiclePurchase: Comparison.default(emptyComparison),
      vehicleOperation: Comparison.default(emptyComparison),
    })
    .default(() => ({ abroad: {}, reception: {}, vehiclePurchase: {}, vehicleOperation: {} })),
  /** 八: 机关运行经费. */
  officeOperation: Comparison.default(emptyComparison),
  /**
   * 八 without a year-on-year comparison (a new unit; a text about staffing only): `none` prints
   * `本年不作比较` and asks for no prior figure; officeOperation.reason is then the explanation.
   * Absent: compare with the prior year (the seeds' practice).
   */
  officeOperationComparison: z.enum(['prior-year', 'none']).optional(),
})
export type Comparisons = z.infer<typeof Comparisons>

export const ProcurementItem = z.object({
  id: Id,
  unitId: Id.optional(),
  category: ProcurementCategory,
  name: ShortText.default(''),
  amount: Yuan,
})
export type ProcurementItem = z.infer<typeof ProcurementItem>

const vehicleShape = Object.fromEntries(VEHICLE_KINDS.map((k) => [k, Count.default(0)])) as Record<(typeof VEHICLE_KINDS)[number], z.ZodDefault<typeof Count>>

export const Assets = z.object({
  /** 截至 date: 31 Dec of the prior year or 1 Jan of the budget year (spec §4.11). */
  asOf: IsoDate.optional(),
  /** 公务用车编制数: absent = 未填写 (never read as 0; A01 asks for it, 十一 leaves it out). */
  vehicleQuota: Count.optional(),
  vehicles: z.object(vehicleShape).default(() => Object.fromEntries(VEHICLE_KINDS.map((k) => [k, 0])) as Record<(typeof VEHICLE_KINDS)[number], number>),
  officeArea: Area.optional(),
  /** 单价50万元（原值）以上通用设备 and 100万元以上, in 台（套）; absent = 未填写, not printed. */
  equipmentOver500k: Count.optional(),
  equipmentOver1m: Count.optional(),
  details: AssetDetails.optional(),
})
export type Assets = z.infer<typeof Assets>

export const Overview = z.object({
  /** 一、本部门职责 */
  duties: Text.default(''),
  /** 二、机构设置情况 (free text; the unit list is generated). */
  organization: Text.default(''),
})

export const OtherNotes = z.object({
  /** 十二（一）政府购买服务指导性目录 */
  purchaseServiceCatalog: Text.default(''),
  /** 十二（二）其他 */
  other: Text.default(''),
})

export const Attachment = z.object({
  id: Id,
  title: ShortText.min(1, { error: '请填写附件标题' }),
  /** Path of the PDF file, relative to the document's folder. */
  path: z.string().min(1).max(1000),
  placement: z.enum(['purchase-service-catalog', 'other']).default('purchase-service-catalog'),
})
export type Attachment = z.infer<typeof Attachment>

/** 十 整体绩效: how many units filed a 整体 form, and the money involved (spec §4.10). */
export const OverallFiling = z.object({
  /** Absent = 未填写: 十 leaves the clause out and Y05 asks for it (never `0个单位…0万元`). */
  unitCount: Count.optional(),
  amount: Yuan.optional(),
  /** Whether to print `（部门整体目标表公开情况见附件）`. */
  printAttachmentLine: z.boolean().default(false),
})

/**
 * 单位预算公开 (official-rules A6, (c)16): the inputs of one 所属单位 that differ from the
 * department's. Each absent section falls back to a default in core/unit-disclosure and is flagged.
 */
export const UnitInputs = z.object({
  unitId: Id,
  comparisons: Comparisons.optional(),
  procurement: z.array(ProcurementItem).optional(),
  assets: Assets.optional(),
  overview: Overview.optional(),
  otherNotes: OtherNotes.optional(),
})
export type UnitInputs = z.infer<typeof UnitInputs>
