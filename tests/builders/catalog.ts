// The real shipped catalogs, as tests load them.
import { namesFromCatalog } from '../../core/calc/catalog-names'
import type { ClassificationNames } from '../../core/calc/names'
import type { Catalog } from '../../core/catalogs/types'
import { loadCatalog } from '../../electron/main/templates/catalog-loader'

export function catalogFor(year: number): Catalog {
  return loadCatalog(year)
}

export function namesFor(year: number): ClassificationNames {
  return namesFromCatalog(catalogFor(year))
}
