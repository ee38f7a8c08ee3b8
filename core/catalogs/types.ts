// Catalog shapes shared by the lookups, the importer and the template loader.
// Glossary: functional = 支出功能分类科目; economicDepartment = 部门预算支出经济分类科目;
// economicGovernment = 政府预算支出经济分类科目; income = 收入分类科目 (表7/表9).

export type CatalogKind = 'functional' | 'economicDepartment' | 'economicGovernment' | 'income'

export type CatalogLevel = '类' | '款' | '项'

/** verified: shipped, with a public source; unverified: shipped, taken from the spec only;
 * imported: from the officer's own catalog file. */
export type CatalogStatus = 'verified' | 'unverified' | 'imported'

export type MappingStatus = 'verified' | 'unverified'

export interface CatalogEntry {
  code: string
  name: string
  level: CatalogLevel
  status: CatalogStatus
  /** Budget years of the editions/disclosures in which this code and name are attested. */
  editions?: number[]
  /** Published disclosures (seed ids) whose tables print this code with this name. */
  seenIn?: string[]
  source?: string
}

export interface EconomicDepartmentEntry extends CatalogEntry {
  /** Default 政府经济分类 款 for 行政单位 and 参公事业单位 (501/502/503/509). */
  governmentCodeOrgan?: string
  /** Default 政府经济分类 款 for other 事业单位 (505 for 301/302, 509 for 303). */
  governmentCodeInstitution?: string
  organMappingStatus?: MappingStatus
  institutionMappingStatus?: MappingStatus
}

export interface Catalog {
  year: number
  functional: Map<string, CatalogEntry>
  economicDepartment: Map<string, EconomicDepartmentEntry>
  economicGovernment: Map<string, CatalogEntry>
  income: Map<string, CatalogEntry>
}

/** The four CSV texts of templates/<year>/catalogs/. */
export interface CatalogFiles {
  functional: string
  economicDepartment: string
  economicGovernment: string
  income: string
}

/** An officer's own catalog, kept beside the shipped one; its entries win on conflicts. */
export interface ImportedCatalog {
  functional?: CatalogEntry[]
  economicDepartment?: EconomicDepartmentEntry[]
  economicGovernment?: CatalogEntry[]
  income?: CatalogEntry[]
}

export interface ImportProblem {
  /** 1-based row number in the table the officer supplied. */
  row: number
  message: string
}

export const CATALOG_FILE_NAMES: Readonly<Record<CatalogKind, string>> = {
  functional: 'functional-classification.csv',
  economicDepartment: 'economic-classification-department.csv',
  economicGovernment: 'economic-classification-government.csv',
  income: 'income-classification.csv',
}
