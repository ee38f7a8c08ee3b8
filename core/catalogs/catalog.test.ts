import { readFileSync } from 'node:fs'
import { fileURLToPath } from 'node:url'
import { describe, expect, it } from 'vitest'
import {
  buildCatalog,
  defaultGovernmentEconomicCode,
  functionalEditionWarning,
  functionalName,
  lookupEconomicDepartment,
  lookupEconomicGovernment,
  lookupFunctional,
  lookupIncome,
  searchCatalog,
} from './catalog'
import { parseCsv } from './csv'
import { parentCodes } from './codes'
import { CATALOG_FILE_NAMES, type CatalogFiles, type CatalogKind } from './types'

const YEARS = [2024, 2025, 2026, 2027]
const KINDS = Object.keys(CATALOG_FILE_NAMES) as CatalogKind[]

function templateText(year: number, kind: CatalogKind): string {
  const url = new URL(`../../templates/${year}/catalogs/${CATALOG_FILE_NAMES[kind]}`, import.meta.url)
  return readFileSync(fileURLToPath(url), 'utf8')
}

function templateFiles(year: number): CatalogFiles {
  return {
    functional: templateText(year, 'functional'),
    economicDepartment: templateText(year, 'economicDepartment'),
    economicGovernment: templateText(year, 'economicGovernment'),
    income: templateText(year, 'income'),
  }
}

// spec §2.1: the 30 类 printed in 预算公开表1, in order.
const THIRTY_CLASSES = [
  '201', '202', '203', '204', '205', '206', '207', '208', '209', '210', '211', '212', '213', '214', '215',
  '216', '217', '219', '220', '221', '222', '223', '224', '227', '229', '230', '231', '232', '233', '234',
]

const cat = buildCatalog(2026, templateFiles(2026))

describe('shipped template catalogs', () => {
  it.each(YEARS)('loads the %i catalogs', (year) => {
    const c = buildCatalog(year, templateFiles(year))
    expect(c.year).toBe(year)
    expect(c.functional.size).toBeGreaterThan(50)
    expect(c.economicDepartment.size).toBeGreaterThan(40)
    expect(c.economicGovernment.size).toBeGreaterThan(20)
    expect(c.income.size).toBeGreaterThanOrEqual(3)
  })

  it.each(YEARS.flatMap((y) => KINDS.map((k) => [y, k] as const)))(
    '%i %s: unique codes, a status and a source on every row',
    (year, kind) => {
      const [header, ...rows] = parseCsv(templateText(year, kind))
      const col = (name: string): number => header!.indexOf(name)
      const codes = rows.map((r) => r[col('code')]).filter((c) => c !== '')
      expect(new Set(codes).size).toBe(codes.length)
      for (const row of rows) {
        expect(row[col('source')]?.trim()).not.toBe('')
        expect(['verified', 'unverified']).toContain(row[col('status')])
        // A row taken from the spec alone says so; a verified row names a source beyond the spec.
        if (row[col('status')] === 'unverified') expect(row[col('source')]).toMatch(/^domain-spec/)
        else expect(row[col('source')]).not.toMatch(/^domain-spec/)
      }
    },
  )

  it.each(YEARS)('%i: marks every pair a seed prints, naming the seed', (year) => {
    const c = buildCatalog(year, templateFiles(year))
    const seen = [...c.functional.values(), ...c.income.values()].filter((e) => e.seenIn)
    // 31 functional pairs in the three seeds' tables plus 表7's three income codes (001).
    expect(seen.length).toBe(34)
    for (const e of seen) {
      expect(e.status).toBe('verified')
      for (const id of e.seenIn ?? []) {
        expect(id).toMatch(/^00[014]_[0-9a-f]{16}$/)
        expect(e.source).toContain(`（${id}）`)
      }
    }
    expect(c.functional.get('2010306')?.seenIn).toEqual(['004_13dce018f2234864'])
    expect(c.income.get('1030148')?.seenIn).toEqual(['001_b74160a094e36784'])
    expect(c.functional.get('20809')?.seenIn).toBeUndefined()
  })

  it('names functional codes', () => {
    expect(functionalName(cat, '2010301')).toBe('行政运行')
    expect(functionalName(cat, '2210201')).toBe('住房公积金')
    expect(lookupFunctional(cat, '2010350')?.name).toBe('事业运行')
    expect(functionalName(cat, '9999999')).toBeUndefined()
  })

  it('has all 30 功能分类 类 of 表1', () => {
    for (const code of THIRTY_CLASSES) expect(lookupFunctional(cat, code)?.level, code).toBe('类')
    expect(lookupFunctional(cat, '234')?.name).toBe('抗疫特别国债安排的支出')
    expect(lookupFunctional(cat, '202')?.status).toBe('unverified')
    expect(lookupFunctional(cat, '201')?.status).toBe('verified')
  })

  it('has the parent 类 and 款 of every functional and income code', () => {
    for (const map of [cat.functional, cat.income]) {
      for (const code of map.keys()) for (const parent of parentCodes(code)) expect(map.has(parent), parent).toBe(true)
    }
  })

  it('maps 部门经济分类 to 政府经济分类 by unit type', () => {
    expect(defaultGovernmentEconomicCode(cat, '30101', 'organ')).toBe('50101')
    expect(defaultGovernmentEconomicCode(cat, '30101', 'institution')).toBe('50501')
    expect(defaultGovernmentEconomicCode(cat, '30217', 'organ')).toBe('50206')
    expect(defaultGovernmentEconomicCode(cat, '30217', 'institution')).toBe('50502')
    expect(defaultGovernmentEconomicCode(cat, '30302', 'institution')).toBe('50905')
    expect(defaultGovernmentEconomicCode(cat, '30309', 'organ')).toBe('50901')
    expect(defaultGovernmentEconomicCode(cat, '31002', 'organ')).toBe('50306')
    expect(defaultGovernmentEconomicCode(cat, '30107', 'organ')).toBeUndefined()
    expect(lookupEconomicDepartment(cat, '30101')?.organMappingStatus).toBe('verified')
    expect(lookupEconomicDepartment(cat, '30101')?.institutionMappingStatus).toBe('unverified')
  })

  it('maps only to government codes the catalog has', () => {
    for (const entry of cat.economicDepartment.values()) {
      for (const target of [entry.governmentCodeOrgan, entry.governmentCodeInstitution]) {
        if (target) expect(lookupEconomicGovernment(cat, target), `${entry.code} → ${target}`).toBeDefined()
      }
    }
  })

  it('has the 政府性基金 income codes of 表7', () => {
    expect(lookupIncome(cat, '1030148')?.name).toBe('国有土地使用权出让收入')
    expect(lookupIncome(cat, '10301')?.level).toBe('款')
  })

  it('flags 20809 退役安置 as seen only in the 2023 edition', () => {
    expect(lookupFunctional(cat, '20809')?.editions).toEqual([2023])
    expect(functionalEditionWarning(cat, '2080901')).toContain('仅见于2023年版')
    expect(functionalEditionWarning(cat, '2010301')).toBeUndefined()
    expect(functionalEditionWarning(cat, '21208')).toBeUndefined()
    const flagged = [...cat.functional.keys()].filter((code) => functionalEditionWarning(cat, code))
    expect(flagged.every((code) => code.startsWith('20809'))).toBe(true)
    expect(flagged).toHaveLength(7)
  })
})

describe('imported catalog', () => {
  it('wins on conflicts, adds new codes and keeps the shipped mapping', () => {
    const c = buildCatalog(2026, templateFiles(2026), {
      functional: [
        { code: '2010301', name: '行政运行（本地）', level: '项', status: 'imported' },
        { code: '2010303', name: '机关服务', level: '项', status: 'imported' },
      ],
      economicDepartment: [{ code: '30101', name: '基本工资（本地）', level: '款', status: 'imported' }],
    })
    expect(lookupFunctional(c, '2010301')).toMatchObject({ name: '行政运行（本地）', status: 'imported' })
    expect(lookupFunctional(c, '2010303')?.status).toBe('imported')
    expect(lookupEconomicDepartment(c, '30101')).toMatchObject({ name: '基本工资（本地）', status: 'imported' })
    expect(defaultGovernmentEconomicCode(c, '30101', 'organ')).toBe('50101')
    expect(functionalName(cat, '2010301')).toBe('行政运行')
  })
})

describe('buildCatalog on broken files', () => {
  const files = templateFiles(2026)
  it('rejects a duplicate code', () => {
    const text = files.income + '103,非税收入,类,2024,unverified,,x\n'
    expect(() => buildCatalog(2026, { ...files, income: text })).toThrow('重复')
  })
  it('rejects a level that does not fit the code', () => {
    const text = 'code,name,level,status,source\n50101,x,类,verified,y\n'
    expect(() => buildCatalog(2026, { ...files, economicGovernment: text })).toThrow('级次')
  })
})

describe('searchCatalog', () => {
  it('puts code-prefix matches first, then name matches', () => {
    const hits = searchCatalog(cat.functional.values(), '20103')
    expect(hits[0]?.code).toBe('20103')
    expect(hits.every((h) => h.code.startsWith('20103'))).toBe(true)
    expect(searchCatalog(cat.economicDepartment.values(), '公务').map((h) => h.code)).toEqual(['30111', '30217', '30231', '31013'])
  })

  it('accepts full-width digits and honours the limit', () => {
    expect(searchCatalog(cat.functional.values(), '２０１').length).toBeGreaterThan(3)
    expect(searchCatalog(cat.functional.values(), '', 5)).toHaveLength(5)
    expect(searchCatalog(cat.functional.values(), '2', 3)).toHaveLength(3)
  })
})
