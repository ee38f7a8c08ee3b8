// Builds a year's catalog from the shipped CSV texts (templates/<year>/catalogs/) plus the
// officer's imported catalog, and answers lookups for tables, checks and the code pickers.

import { z } from 'zod'
import { parseCsv } from './csv'
import { levelOfCode, toHalfWidth } from './codes'
import type {
  Catalog,
  CatalogEntry,
  CatalogFiles,
  CatalogKind,
  EconomicDepartmentEntry,
  ImportedCatalog,
} from './types'

const status = z.enum(['verified', 'unverified'])
const optionalMappingStatus = z.enum(['verified', 'unverified', ''])
const optionalCode = z.union([z.literal(''), z.string().regex(/^\d{5}$/)])

const baseRow = z.object({
  code: z.string().regex(/^\d+$/),
  name: z.string().min(1),
  level: z.enum(['类', '款', '项']),
  status,
  source: z.string().min(1),
  edition: z.string().regex(/^(\d{4}(;\d{4})*)?$/).optional(),
  seen_in: z.string().regex(/^([\w-]+(;[\w-]+)*)?$/).optional(),
})

const departmentRow = baseRow.extend({
  government_code_organ: optionalCode,
  government_code_institution: optionalCode,
  mapping_status_organ: optionalMappingStatus,
  mapping_status_institution: optionalMappingStatus,
})

type BaseRow = z.infer<typeof baseRow>

interface CsvRecord {
  line: number
  record: Record<string, string>
}

function readRecords(text: string, kind: CatalogKind): CsvRecord[] {
  const [header, ...body] = parseCsv(text)
  if (!header) throw new Error(`${kind} 科目表为空`)
  return body
    .map((cells, i) => ({
      line: i + 2,
      record: Object.fromEntries(header.map((h, j) => [h.trim(), (cells[j] ?? '').trim()])),
    }))
    .filter(({ record }) => Object.values(record).some((v) => v !== ''))
}

function toEntry(row: BaseRow, kind: CatalogKind): CatalogEntry {
  if (levelOfCode(row.code, kind) !== row.level) {
    throw new Error(`${kind} 科目表：编码“${row.code}”与级次“${row.level}”不符`)
  }
  const entry: CatalogEntry = { code: row.code, name: row.name, level: row.level, status: row.status, source: row.source }
  if (row.edition) entry.editions = row.edition.split(';').map(Number)
  if (row.seen_in) entry.seenIn = row.seen_in.split(';')
  return entry
}

function parseRows<T>(text: string, kind: CatalogKind, schema: z.ZodType<T>): T[] {
  return readRecords(text, kind)
    .filter(({ record }) => record.code !== '') // name-only reference rows are not keys
    .map(({ line, record }) => {
      const parsed = schema.safeParse(record)
      if (!parsed.success) {
        throw new Error(`${kind} 科目表第${line}行无效：${parsed.error.issues.map((x) => x.path.join('.')).join('、')}`)
      }
      return parsed.data
    })
}

function toMap<T extends CatalogEntry>(entries: T[], kind: CatalogKind): Map<string, T> {
  const map = new Map<string, T>()
  for (const entry of entries) {
    if (map.has(entry.code)) throw new Error(`${kind} 科目表：编码“${entry.code}”重复`)
    map.set(entry.code, entry)
  }
  return map
}

function overlay<T extends CatalogEntry>(map: Map<string, T>, imported: readonly T[] | undefined): void {
  for (const entry of imported ?? []) {
    // The officer's name wins; a shipped department→government mapping is kept unless the
    // import brings its own.
    map.set(entry.code, { ...map.get(entry.code), ...entry, status: 'imported' } as T)
  }
}

export function buildCatalog(year: number, files: CatalogFiles, imported?: ImportedCatalog): Catalog {
  const functional = toMap(parseRows(files.functional, 'functional', baseRow).map((r) => toEntry(r, 'functional')), 'functional')
  const economicGovernment = toMap(
    parseRows(files.economicGovernment, 'economicGovernment', baseRow).map((r) => toEntry(r, 'economicGovernment')),
    'economicGovernment',
  )
  const income = toMap(parseRows(files.income, 'income', baseRow).map((r) => toEntry(r, 'income')), 'income')
  const departmentEntries = parseRows(files.economicDepartment, 'economicDepartment', departmentRow).map((r) => {
    const entry: EconomicDepartmentEntry = toEntry(r, 'economicDepartment')
    if (r.government_code_organ) entry.governmentCodeOrgan = r.government_code_organ
    if (r.government_code_institution) entry.governmentCodeInstitution = r.government_code_institution
    if (r.mapping_status_organ) entry.organMappingStatus = r.mapping_status_organ
    if (r.mapping_status_institution) entry.institutionMappingStatus = r.mapping_status_institution
    return entry
  })
  const economicDepartment = toMap(departmentEntries, 'economicDepartment')
  overlay(functional, imported?.functional)
  overlay(economicDepartment, imported?.economicDepartment)
  overlay(economicGovernment, imported?.economicGovernment)
  overlay(income, imported?.income)
  return { year, functional, economicDepartment, economicGovernment, income }
}

export function lookupFunctional(cat: Catalog, code: string): CatalogEntry | undefined {
  return cat.functional.get(code.trim())
}

export function lookupEconomicDepartment(cat: Catalog, code: string): EconomicDepartmentEntry | undefined {
  return cat.economicDepartment.get(code.trim())
}

export function lookupEconomicGovernment(cat: Catalog, code: string): CatalogEntry | undefined {
  return cat.economicGovernment.get(code.trim())
}

export function lookupIncome(cat: Catalog, code: string): CatalogEntry | undefined {
  return cat.income.get(code.trim())
}

export function functionalName(cat: Catalog, code: string): string | undefined {
  return lookupFunctional(cat, code)?.name
}

/** The 政府经济分类 款 a 部门经济分类 款 maps to by default (spec §2.6: 机关/参公 → 501/502/503,
 * other 事业单位 → 505; 303 → 509 for both). The officer can still change the pair. */
export function defaultGovernmentEconomicCode(
  cat: Catalog,
  departmentCode: string,
  scope: 'organ' | 'institution',
): string | undefined {
  const entry = lookupEconomicDepartment(cat, departmentCode)
  const code = scope === 'organ' ? entry?.governmentCodeOrgan : entry?.governmentCodeInstitution
  return code || undefined
}

/** The app ships catalogs from budget year 2024; a code attested only in editions before that
 * (e.g. 20809 退役安置, 2023 edition only) may have been moved or dropped since. */
export const FIRST_SHIPPED_YEAR = 2024

export function isOnlyInOlderEdition(entry: CatalogEntry, year: number): boolean {
  if (!entry.editions || entry.editions.length === 0 || entry.status === 'imported') return false
  const latest = Math.max(...entry.editions)
  return latest < year && latest < FIRST_SHIPPED_YEAR
}

/** A Chinese warning when a functional code is attested only in an older edition. */
export function functionalEditionWarning(cat: Catalog, code: string): string | undefined {
  const entry = lookupFunctional(cat, code)
  if (!entry || !isOnlyInOlderEdition(entry, cat.year)) return undefined
  const editions = (entry.editions ?? []).join('、')
  return `科目编码“${entry.code}”（${entry.name}）仅见于${editions}年版政府收支分类科目，${cat.year}年版中可能已调整，请核对`
}

/** Code pickers: entries whose code starts with the query, then those whose name contains it. */
export function searchCatalog<T extends CatalogEntry>(entries: Iterable<T>, query: string, limit = 20): T[] {
  const all = [...entries].sort((a, b) => (a.code < b.code ? -1 : a.code > b.code ? 1 : 0))
  const q = toHalfWidth(query).trim()
  if (q === '') return all.slice(0, limit)
  const byCode = all.filter((e) => e.code.startsWith(q))
  const byName = all.filter((e) => !e.code.startsWith(q) && e.name.includes(q))
  return [...byCode, ...byName].slice(0, limit)
}
