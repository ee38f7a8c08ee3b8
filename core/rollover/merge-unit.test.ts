// Merging 大同市政务服务中心's own document (sample 004) into the department document.
import { describe, expect, it } from 'vitest'
import type { BudgetDocument } from '../document/envelope'
import { loadSample } from '../../tests/samples/sample-files'
import { mergeUnitDocument } from './merge-unit'

const department = loadSample('004')
const UNIT = 'u-service'

/** The unit officer's document: only the unit, its lines, projects and forms; one line changed. */
function unitDocument(changeLine = 'l002', amount = '560700.00', unitId = UNIT): BudgetDocument {
  const d = department.data
  const projects = d.projects.filter((p) => p.unitId === UNIT)
  const ids = new Set(projects.map((p) => p.id))
  const unit = { ...(d.units.find((u) => u.id === UNIT) as (typeof d.units)[number]), id: unitId, isHeadUnit: false }
  return {
    ...department,
    data: {
      ...d,
      units: [unit],
      lines: d.lines.filter((l) => l.unitId === UNIT).map((l) => ({ ...l, unitId, ...(l.id === changeLine ? { amount } : {}) })),
      projects: projects.map((p) => ({ ...p, unitId })),
      performance: { ...d.performance, projectForms: d.performance.projectForms.filter((f) => ids.has(f.projectId)) },
      procurement: [],
    },
  }
}

describe('mergeUnitDocument', () => {
  it('takes one 绩效目标 form per project and says so when the unit document has a second', () => {
    const unit = unitDocument()
    const forms = unit.data.performance.projectForms
    const first = forms[0]
    if (!first) throw new Error('sample 004 has no form for the unit')
    const withSecond = { ...unit, data: { ...unit.data, performance: { ...unit.data.performance, projectForms: [...forms, { ...first, annualGoal: '第二张表的年度目标' }] } } }
    const r = mergeUnitDocument(department, withSecond)
    if (!r.ok) throw new Error(r.message)
    const name = unit.data.projects.find((p) => p.id === first.projectId)?.name
    expect(r.preview.notes).toEqual([`项目“${name}”有第二张绩效目标表：每个项目只保留一张（第一张），第二张未采用；如需其中的指标，请合并到保留的表中`])
    const merged = r.document.data.performance.projectForms
    expect(merged.filter((f) => f.annualGoal === '第二张表的年度目标')).toEqual([])
    expect(mergeUnitDocument(department, unit)).toMatchObject({ ok: true, preview: expect.not.objectContaining({ notes: expect.anything() }) })
  })

  it('replaces only that unit’s data and previews one changed line', () => {
    const r = mergeUnitDocument(department, unitDocument())
    if (!r.ok) throw new Error(r.message)
    const unitLines = department.data.lines.filter((l) => l.unitId === UNIT)
    expect(r.preview).toEqual({
      unit: { id: UNIT, name: '大同市政务服务中心', matchedBy: 'id' },
      lines: { added: 0, removed: 0, changed: 1, unchanged: unitLines.length - 1, amountBefore: '7670394.00', amountAfter: '7680394.00' },
      projects: { added: [], removed: [], changed: [], unchanged: 9 },
      forms: expect.objectContaining({ added: 0, removed: 0, changed: 0 }),
      procurement: { added: 0, removed: 0, changed: 0, unchanged: 0 },
    })
    const merged = r.document.data
    const others = (ls: readonly { unitId: string }[]) => ls.filter((l) => l.unitId !== UNIT)
    expect(others(merged.lines)).toEqual(others(department.data.lines))
    expect(others(merged.projects)).toEqual(others(department.data.projects))
    expect(merged.lines.filter((l) => l.unitId === UNIT).find((l) => l.id === 'l002')?.amount).toBe('560700.00')
    expect(merged.units).toEqual(department.data.units)
    expect(merged.performance.projectForms).toHaveLength(department.data.performance.projectForms.length)
    // The department document itself is untouched.
    expect(department.data.lines.find((l) => l.id === 'l002')?.amount).toBe('550700.00')
  })

  it('matches a unit document made from scratch by the unit name', () => {
    const r = mergeUnitDocument(department, unitDocument('l002', '560700.00', 'u1'))
    if (!r.ok) throw new Error(r.message)
    expect(r.preview.unit).toEqual({ id: UNIT, name: '大同市政务服务中心', matchedBy: 'name' })
    expect(r.preview.lines.changed).toBe(1)
    expect(r.document.data.lines.every((l) => l.unitId !== 'u1')).toBe(true)
  })

  it('refuses a unit the department does not know, and another template year', () => {
    const stranger = unitDocument()
    stranger.data = { ...stranger.data, units: [{ ...(stranger.data.units[0] as (typeof stranger.data.units)[number]), id: 'u-x', name: '大同市某某中心' }] }
    expect(mergeUnitDocument(department, stranger)).toEqual({ ok: false, message: '部门文档的单位名单中没有“大同市某某中心”，不能并入；请先在单位名单中添加该单位' })
    expect(mergeUnitDocument(department, { ...unitDocument(), templateYear: 2025 })).toEqual({ ok: false, message: '单位文档使用2025年模板，部门文档使用2026年模板，不能合并' })
  })
})
