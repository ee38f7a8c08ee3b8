export * from './types'
export { parseCsv, formatCsv } from './csv'
export {
  allowedCodeLengths,
  economicClassOf,
  isPersonnelEconomicClass,
  levelOfCode,
  normalizeCodeCell,
  normalizeName,
  parentCodes,
  toHalfWidth,
} from './codes'
export {
  buildCatalog,
  defaultGovernmentEconomicCode,
  FIRST_SHIPPED_YEAR,
  functionalEditionWarning,
  functionalName,
  isOnlyInOlderEdition,
  lookupEconomicDepartment,
  lookupEconomicGovernment,
  lookupFunctional,
  lookupIncome,
  searchCatalog,
} from './catalog'
export { parseImportedCatalog } from './import'
export type { ImportResult } from './import'
