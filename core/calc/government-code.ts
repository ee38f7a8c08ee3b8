// The 政府预算支出经济分类 of a line: the officer's choice, else the default for the unit's 口径
// (机关 501–504 or 事业 505–507). The seeds show both kinds of pair inside one unit, so it stays editable.
import type { ClassificationNames } from './names'
import { unitScope, type RoundedLine } from './rounded-lines'

export function governmentCodeOf(l: RoundedLine, ctx: { names: ClassificationNames }): string | undefined {
  return l.line.governmentEconomicCode ?? ctx.names.defaultGovernmentCode(l.line.economicCode, unitScope(l.unit))
}
