// What the derivation needs from the year's catalogs: names for codes, and the default
// 政府预算支出经济分类 of a 部门经济分类 款 for a unit's 口径.
import type { EconomicScope } from '../model/enums'

export interface ClassificationNames {
  functional(code: string): string | undefined
  economicDepartment(code: string): string | undefined
  economicGovernment(code: string): string | undefined
  income(code: string): string | undefined
  defaultGovernmentCode(departmentCode: string, scope: EconomicScope): string | undefined
}

export { economicClassOf, isPersonnelEconomicClass as isPersonnelClass } from '../catalogs/codes'

/**
 * 部门经济分类 款 that carry the 三公 items (表10): 30212 因公出国（境）费用, 30217 公务接待费,
 * 30231 公务用车运行维护费, 31013 公务用车购置 (codes in templates/<year>/catalogs).
 */
export const THREE_PUBLIC_CODES = {
  abroad: ['30212'],
  reception: ['30217'],
  vehicleOperation: ['30231'],
  vehiclePurchase: ['31013'],
} as const
export type ThreePublicItem = keyof typeof THREE_PUBLIC_CODES

const THREE_PUBLIC_ITEM_BY_CODE: ReadonlyMap<string, ThreePublicItem> = new Map(
  (Object.entries(THREE_PUBLIC_CODES) as [ThreePublicItem, readonly string[]][]).flatMap(([item, codes]) => codes.map((c) => [c, item] as const)),
)

/** Looked up per line on every derivation, hence the map. */
export function threePublicItemOf(economicCode: string): ThreePublicItem | undefined {
  return THREE_PUBLIC_ITEM_BY_CODE.get(economicCode)
}
