// Adapts the year's catalogs to what the derivation needs.
import { defaultGovernmentEconomicCode, lookupEconomicDepartment, lookupEconomicGovernment, lookupFunctional, lookupIncome } from '../catalogs/catalog'
import type { Catalog } from '../catalogs/types'
import type { ClassificationNames } from './names'

export function namesFromCatalog(cat: Catalog): ClassificationNames {
  return {
    functional: (code) => lookupFunctional(cat, code)?.name,
    economicDepartment: (code) => lookupEconomicDepartment(cat, code)?.name,
    economicGovernment: (code) => lookupEconomicGovernment(cat, code)?.name,
    income: (code) => lookupIncome(cat, code)?.name,
    defaultGovernmentCode: (code, scope) => defaultGovernmentEconomicCode(cat, code, scope),
  }
}
