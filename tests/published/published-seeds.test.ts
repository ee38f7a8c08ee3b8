// Each published seed read back as last year's disclosure: every prior-year figure of the draft
// equals the figure the seed prints (read independently by the test-only seed parser), each found
// where it is printed, and the units, 概况 and projects carried over.
import { describe, expect, it } from 'vitest'
import { draftFromPublished, keepBlocks, readPublished, type PublishedReading } from '../../core/published'
import { moneyAt } from '../../core/tables/access'
import { fenToYuanString, FEN_PER_WAN_CENT } from '../../core/money/money'
import { parseSeedTables } from '../seeds/parse-seed-tables'
import { readSeedText, SEED_FILES, SEED_IDS, type SeedId } from '../seeds/seed-files'
import { normalizeName } from '../seeds/seed-text'

const yuan = (w: number) => fenToYuanString(w * FEN_PER_WAN_CENT)

function read(id: SeedId): PublishedReading {
  const r = readPublished(readSeedText(id))
  if (!r.ok) throw new Error(r.message)
  return r.reading
}

describe.each(SEED_IDS)('published seed %s', (id) => {
  const seed = SEED_FILES[id]
  const text = readSeedText(id)
  const tables = parseSeedTables(text, seed.budgetYear)
  const reading = read(id)
  const expected: Record<string, number> = {
    incomeTotal: moneyAt(tables.T1, 'grand-total', 'income'),
    expenditureTotal: moneyAt(tables.T1, 'grand-total', 'total'),
    generalBudgetCurrent: moneyAt(tables.T5, 'total', 'total'),
    abroad: moneyAt(tables.T10, 'abroad', 'total'),
    reception: moneyAt(tables.T10, 'reception', 'total'),
    vehiclePurchase: moneyAt(tables.T10, 'vehicle-purchase', 'total'),
    vehicleOperation: moneyAt(tables.T10, 'vehicle-operation', 'total'),
    vehicleTotal: moneyAt(tables.T10, 'vehicle', 'total'),
    threePublicTotal: moneyAt(tables.T10, 'total', 'total'),
    officeOperation: moneyAt(tables.T11, 'total', 'total'),
    basicTotal: moneyAt(tables.T3, 'total', 'basic'),
    projectTotal: moneyAt(tables.T3, 'total', 'project'),
  }

  it('reads the year, the department and all 13 tables', () => {
    expect(reading.year).toBe(seed.budgetYear)
    expect(reading.organization.displayName?.text).toBe(seed.departmentName)
    expect(reading.tablesFound).toHaveLength(13)
    expect(reading.emptyTables).toEqual(expect.arrayContaining(['T13']))
  })

  it.each(Object.keys(expected))('takes %s from its table as printed, and says where', (fid) => {
    const f = reading.figures.find((x) => x.id === fid)
    expect(f?.value).toBe(expected[fid])
    const line = text.split('\n')[(f?.where.line ?? 0) - 1] ?? ''
    expect(normalizeName(line.replace(/<\/?b>|\*\*|^#+ /g, ''))).toContain(f?.where.source.replace(/^[①②]/, '') ?? '?')
    expect(f?.where.table).toBeDefined()
  })

  it('builds the next year draft whose prior-year figures equal the printed ones', () => {
    const r = draftFromPublished(reading, seed.budgetYear + 1)
    if (!r.ok) throw new Error(r.message)
    const c = r.document.data.comparisons
    expect(r.document.data.department.budgetYear).toBe(seed.budgetYear + 1)
    expect(c.incomeTotal.prior).toBe(yuan(expected.incomeTotal as number))
    expect(c.expenditureTotal.prior).toBe(yuan(expected.expenditureTotal as number))
    expect(c.generalBudgetCurrent.prior).toBe(yuan(expected.generalBudgetCurrent as number))
    expect(c.threePublic.abroad.prior).toBe(yuan(expected.abroad as number))
    expect(c.threePublic.reception.prior).toBe(yuan(expected.reception as number))
    expect(c.threePublic.vehiclePurchase.prior).toBe(yuan(expected.vehiclePurchase as number))
    expect(c.threePublic.vehicleOperation.prior).toBe(yuan(expected.vehicleOperation as number))
    expect(c.officeOperation.prior).toBe(yuan(expected.officeOperation as number))
    expect(c.incomeTotal.reason).toBeUndefined()
    expect(r.document.data.lines).toEqual([])
  })

  it('carries the projects of 表12 over (or lists them as ended), with forms and no amounts', () => {
    const printed = tables.T12.rows.filter((row) => row.key.startsWith('p:')).length
    const r = draftFromPublished(reading, seed.budgetYear + 1)
    if (!r.ok) throw new Error(r.message)
    expect(r.document.data.projects.length + r.report.droppedProjects.length).toBe(printed)
    for (const f of r.document.data.performance.projectForms) {
      expect(f.implementationTotal).toBeUndefined()
      for (const i of f.annualIndicators) if (i.level2 === 'cost' && /元/.test(i.value.unit)) expect(i.value.value).toBe('')
    }
  })

  it('refuses a draft for a year other than the next', () => {
    const r = draftFromPublished(reading, seed.budgetYear + 2)
    expect(r.ok).toBe(false)
    if (!r.ok) expect(r.message).toContain(`只能生成${seed.budgetYear + 1}年的草稿`)
  })
})

describe('units and 概况', () => {
  it('004: four units with the printed types and the 本级 unit', () => {
    const r = draftFromPublished(read('004'), 2027)
    if (!r.ok) throw new Error(r.message)
    const units = r.document.data.units.map((u) => [u.name, u.type, u.isHeadUnit])
    expect(units).toEqual([
      ['大同市行政审批服务管理局', 'administrative', true],
      ['大同市政务服务中心', 'civil-servant-managed', false],
      ['大同市公共资源交易中心（大同市政府采购中心）', 'civil-servant-managed', false],
      ['大同市营商环境发展促进中心', 'public-welfare-1', false],
    ])
    expect(r.document.data.department).toMatchObject({ displayName: '大同市行政审批服务管理局[部门]', plainName: '大同市行政审批服务管理局', code: '032', level: 'city', regionName: '大同市' })
    expect(r.document.data.overview.duties.split('\n')).toHaveLength(12)
    // The sentences and list the app generates from the units are not kept as typed text.
    expect(r.document.data.overview.organization).toBe('')
    const projectUnits = new Set(r.document.data.projects.map((p) => p.unitId))
    expect(projectUnits.size).toBe(4)
  })

  it('000: the single unit typed from 八 (`1家行政单位`), the 机构设置 text as printed', () => {
    const r = draftFromPublished(read('000'), 2026)
    if (!r.ok) throw new Error(r.message)
    expect(r.document.data.units).toMatchObject([{ name: '孝义市行政审批服务管理局', type: 'administrative', isHeadUnit: true }])
    expect(r.document.data.overview.organization).toMatch(/^孝义市行政审批服务管理局是隶属于市政府系统的职能部门之一。下设7个股室/)
    expect(r.document.data.department).toMatchObject({ code: '019', level: 'county', regionName: '孝义市' })
  })

  it('001: no unit type printed, so the guessed type is flagged for checking', () => {
    const r = draftFromPublished(read('001'), 2025)
    if (!r.ok) throw new Error(r.message)
    const unitItems = r.report.sections.find((s) => s.block === 'organization')?.items.filter((i) => i.label.startsWith('单位：')) ?? []
    expect(unitItems.length).toBeGreaterThan(0)
    expect(unitItems.every((i) => i.needsCheck && i.value.includes('未印出单位性质'))).toBe(true)
  })

  it('reports the printed 表12 sums that do not add up instead of correcting them', () => {
    const reading = read('004')
    const c = reading.contradictions.find((x) => x.message.includes('大同市政务服务中心'))
    expect(c?.message).toContain('596.84')
    expect(c?.message).toContain('596.85')
  })
})

describe('per-block confirmation', () => {
  it('a block left out is empty in the draft; the others are kept as read', () => {
    const r = draftFromPublished(read('004'), 2027)
    if (!r.ok) throw new Error(r.message)
    const kept = keepBlocks(r.document, ['organization', 'comparisons'])
    expect(kept.data.comparisons).toEqual(r.document.data.comparisons)
    expect(kept.data.units).toEqual(r.document.data.units)
    expect(kept.data.overview).toEqual({ duties: '', organization: '' })
    expect(kept.data.projects).toEqual([])
    expect(kept.data.performance.projectForms).toEqual([])
    const none = keepBlocks(r.document, ['organization', 'overview', 'projects'])
    expect(none.data.comparisons.officeOperation.prior).toBeUndefined()
    expect(none.data.comparisons.threePublic.vehicleOperation.prior).toBeUndefined()
    expect(none.data.projects.length).toBe(r.document.data.projects.length)
  })
})
