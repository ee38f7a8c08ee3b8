// Loads a year's shipped catalogs (and the officer's imported one, if any) into core's Catalog.
import { buildCatalog } from '../../../core/catalogs/catalog'
import { CATALOG_FILE_NAMES, type Catalog, type ImportedCatalog } from '../../../core/catalogs/types'
import { readTemplateText, templatesRoot } from './template-files'

const cache = new Map<string, Catalog>()

export function loadCatalog(year: number, imported?: ImportedCatalog, root = templatesRoot()): Catalog {
  const key = `${root}|${year}`
  if (!imported) {
    const hit = cache.get(key)
    if (hit) return hit
  }
  const read = (name: string) => readTemplateText(year, `catalogs/${name}`, root)
  const catalog = buildCatalog(
    year,
    {
      functional: read(CATALOG_FILE_NAMES.functional),
      economicDepartment: read(CATALOG_FILE_NAMES.economicDepartment),
      economicGovernment: read(CATALOG_FILE_NAMES.economicGovernment),
      income: read(CATALOG_FILE_NAMES.income),
    },
    imported,
  )
  if (!imported) cache.set(key, catalog)
  return catalog
}
