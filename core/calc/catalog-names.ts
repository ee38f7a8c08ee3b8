// Adapts the year's catalogs to what the derivation needs.
import { defaultGovernmentEconomicCode, lookupEconomicDepartment, lookupEconomicGovernment, lookupFunctional, lookupIncome } from '../catalogs/catalog'
import type { Catalog } from '../catalogs/types'
import type { ClassificationNames } from './names'

// One set of names per catalog: the same catalog gives the same object, so a derivation can tell
// that the names did not change.
const namesByCatalog = new WeakMap<Catalog, ClassificationNames>()

export function namesFromCatalog(cat: Catalog): ClassificationNames {
  let names = namesByCatalog.get(cat)
  if (!names) namesByCatalog.set(cat, (names = namesOf(cat)))
  return names
}

function namesOf(cat: Catalog): ClassificationNames {
  return {
    functional: (code) => lookupFunctional(cat, code)?.name,
    economicDepartment: (code) => lookupEconomicDepartment(cat, code)?.name,
    economicGovernment: (code) => lookupEconomicGovernment(cat, code)?.name,
    income: (code) => lookupIncome(cat, code)?.name,
    defaultGovernmentCode: (code, scope) => defaultGovernmentEconomicCode(cat, code, scope),
  }
}
