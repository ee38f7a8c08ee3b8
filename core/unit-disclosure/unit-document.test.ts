import { describe, expect, it } from 'vitest'
import { namesFromCatalog } from '../calc/catalog-names'
import { derive } from '../calc/derive'
import { buildNarrative } from '../narrative'
import { buildReport } from '../report'
import { LAYOUTS } from '../tables/layouts'
import { TABLE_IDS, type TableId, type TableSet } from '../tables/table-model'
import { loadCatalog } from '../../electron/main/templates/catalog-loader'
import { multiUnitDepartment } from '../../tests/builders/narrative-documents'
import { loadSample } from '../../tests/samples/sample-files'
import { analyzeUnit, unitDocument, unitInputFindings } from '.'

const MONEY_COLUMNS = (id: TableId) => LAYOUTS[id].columns.map((c, i) => ({ c, i })).filter((x) => x.c.kind === 'money')

/** Every money cell by `rowKey|column`. */
function moneyCells(tables: TableSet, id: TableId): Map<string, number> {
  const out = new Map<string, number>()
  for (const row of tables[id].rows) {
    for (const { c, i } of MONEY_COLUMNS(id)) {
      const cell = row.cells[i]
      if (cell && cell.kind === 'money') out.set(`${row.key}|${c.key}`, cell.value)
    }
  }
  return out
}

describe('unitDocument on sample 004 (four units)', () => {
  const sample = loadSample('004')
  const catalog = loadCatalog(2026)
  const names = namesFromCatalog(catalog)
  const department = derive(sample.data, names).tables
  const units = sample.data.units.map((u) => ({ unit: u, tables: derive(unitDocument(sample.data, u.id), names).tables }))

  it('has four units', () => expect(units.map((u) => u.unit.name)).toHaveLength(4))

  it.each(TABLE_IDS)('%s: every money cell of the department is the sum of the units’ cells of the same row', (id) => {
    const dept = moneyCells(department, id)
    const sums = new Map<string, number>()
    for (const u of units) for (const [k, v] of moneyCells(u.tables, id)) sums.set(k, (sums.get(k) ?? 0) + v)
    // Rows of the department that a unit lacks count as 0 there; rows only in a unit document are wrong.
    for (const k of sums.keys()) expect(dept.has(k), `${id} ${k} only in a unit document`).toBe(true)
    const differing = [...dept].filter(([k, v]) => (sums.get(k) ?? 0) !== v).map(([k, v]) => `${k}: ${v} ≠ ${sums.get(k) ?? 0}`)
    expect(differing).toEqual([])
  })

  it('T11, T12, T13: each unit row of the department equals that unit document’s own row', () => {
    for (const id of ['T11', 'T12', 'T13'] as const) {
      for (const u of units) {
        const own = [...moneyCells(u.tables, id)].filter(([k]) => k.startsWith(`u:${u.unit.id}|`) || k.startsWith('p:'))
        const dept = moneyCells(department, id)
        for (const [k, v] of own) expect(dept.get(k), `${id} ${k}`).toBe(v)
      }
    }
  })

  it('titles and wording are at unit level', () => {
    const u = sample.data.units[1]
    if (!u) throw new Error('no unit')
    const data = unitDocument(sample.data, u.id)
    const derivation = derive(data, names)
    const narrative = buildNarrative(derivation, { glossary: [] })
    const report = buildReport({ derivation, findings: [], narrative, generatedAt: '2026-03-01T08:00:00.000Z' }, { charts: {}, attachments: [], performanceForms: [] })
    const info = report.docDefinition.info as { title: string }
    expect(info.title).toBe(`${u.name}2026年度单位预算公开`)
    expect(narrative.title).toBe('2026年度单位预算情况说明')
    expect(narrative.sections[0]?.heading).toBe('一、单位预算收支数据变动情况及原因')
    expect(report.toc.map((t) => t.text)).toContain('第二部分 2026年单位预算报表')
    expect(report.toc.map((t) => t.text)).toContain('一、本单位职责')
    expect(derivation.tables.T1.departmentName).toBe(u.name)
    expect(derivation.tables.T1.ownerLabel).toBe('单位名称')
    const eight = narrative.sections.find((s) => s.id === '八')?.blocks[0]
    expect(eight).toMatchObject({ kind: 'paragraph' })
    expect((eight as { text: string }).text).toMatch(/^本单位为参公单位，2026年机关运行经费财政拨款预算[\d,.]+万元，/)
  })

  it('the department document keeps its department wording', () => {
    const narrative = buildNarrative(derive(sample.data, names), { glossary: [] })
    expect(narrative.title).toBe('2026年度部门预算情况说明')
    expect(department.T1.ownerLabel).toBeUndefined()
  })
})

describe('unit inputs', () => {
  const catalog = loadCatalog(2026)

  it('missing per-unit inputs are reported, with a path to the unit’s entry', () => {
    const d = multiUnitDepartment()
    const found = unitInputFindings(d, 'u2')
    expect(found.map((f) => f.location.path)).toEqual([
      ['unitInputs', 'u2', 'comparisons'],
      ['unitInputs', 'u2', 'assets'],
      ['unitInputs', 'u2', 'overview'],
      // The department's two procurement items name no unit.
      ['unitInputs', 'u2', 'procurement'],
    ])
    expect(found.every((f) => f.ruleId === 'K16' && f.severity === 'warning' && f.message.startsWith('【示例服务中心】'))).toBe(true)
  })

  it('entered per-unit inputs replace the fallbacks and silence the findings', () => {
    const d = multiUnitDepartment()
    d.unitInputs = [
      {
        unitId: 'u2',
        comparisons: { ...d.comparisons, incomeTotal: { prior: '1000000.00', reason: '新增人员' }, expenditureTotal: { prior: '1000000.00', reason: '新增人员' } },
        assets: { ...d.assets, officeArea: '300' },
        overview: { duties: '负责政务服务。', organization: '内设两个科室。' },
        procurement: [{ id: 'u2g', category: 'goods', name: '', amount: '50000.00' }],
      },
    ]
    expect(unitInputFindings(d, 'u2')).toEqual([])
    const unit = unitDocument(d, 'u2')
    expect(unit.procurement.map((p) => p.id)).toEqual(['u2g'])
    expect(unit.overview.duties).toBe('负责政务服务。')
    expect(unit.comparisons.incomeTotal.prior).toBe('1000000.00')
  })

  it('analyzeUnit maps a unit’s finding to the department’s line and input paths', () => {
    const d = multiUnitDepartment()
    const a = analyzeUnit(d, 'u2', catalog)
    const y01 = a.findings.filter((f) => f.ruleId === 'Y01')
    expect(y01.length).toBeGreaterThan(0)
    expect(y01[0]?.location.path?.slice(0, 3)).toEqual(['unitInputs', 'u2', 'comparisons'])
    expect(y01[0]?.message.startsWith('【示例服务中心】')).toBe(true)
    expect(a.data.department.displayName).toBe('示例服务中心')
    expect(a.derivation.tables.T1.title).toBe('2026年预算收支总表')
  })
})
