import { describe, expect, it } from 'vitest'
import { multiUnitDepartment } from '../../../tests/builders/narrative-documents'
import { inspectionOf, readyDocument } from '../../../tests/inspection/inspection-fixtures'
import { DIMENSION_RULES } from './dimensions'
import { canExport } from './inspect'
import { INSPECTION_RULES } from './rules'
import { selfCheckTable } from './self-check'

describe('inspect', () => {
  it('groups every rule under the five dimensions of official-rules A7, each K rule once', () => {
    const ins = inspectionOf(readyDocument())
    expect(ins.dimensions.map((d) => d.label)).toEqual(['及时性', '完整性', '细化程度', '公开方式', '真实性'])
    const ids = ins.dimensions.flatMap((d) => d.rules.map((r) => r.id))
    expect(new Set(ids).size).toBe(ids.length)
    for (const r of INSPECTION_RULES) expect(ids).toContain(r.id)
    expect(ids).toContain('R01')
    expect(ids).not.toContain('F09')
    expect(Object.values(DIMENSION_RULES).flat()).not.toContain('F09')
  })

  it('the ready document passes everything; K14 waits for the export audit', () => {
    const ins = inspectionOf(readyDocument())
    expect(ins.blocking).toEqual([])
    expect(ins.warnings).toEqual([])
    const k14 = ins.dimensions.find((d) => d.id === 'channel')?.rules.find((r) => r.id === 'K14')
    expect(k14).toMatchObject({ pending: true, passed: false })
    expect(ins.deadline).toEqual({ approvalDate: '2026-02-20', deadline: '2026-03-12', basis: 'calendar', days: 20, daysLeft: 11 })
    const audited = inspectionOf(readyDocument(), { audit: { checked: 57, mismatches: [] } })
    expect(audited.dimensions.every((d) => d.passed === d.total)).toBe(true)
  })

  it('F09’s share is reported once, as K09', () => {
    const ins = inspectionOf(readyDocument((d) => void d.performance?.projectForms?.splice(1, 1)))
    expect(ins.findings.filter((f) => f.ruleId === 'F09')).toEqual([])
    expect(ins.findings.filter((f) => f.ruleId === 'K09').length).toBe(2)
  })

  it('canExport: errors block with their reasons, warnings do not', () => {
    const blocked = canExport(inspectionOf(readyDocument((d) => void (d.overview = { duties: '', organization: '两个科室' }))).findings)
    expect(blocked.allowed).toBe(false)
    expect(blocked.reasons).toEqual(['[K02] 第一部分“本部门职责”没有内容，请填写'])
    const warned = canExport(inspectionOf(multiUnitDepartment()).findings.filter((f) => f.severity !== 'error'))
    expect(warned.allowed).toBe(true)
    expect(warned.warnings.length).toBeGreaterThan(0)
  })

  it('the checklist lists what the app cannot know, by dimension', () => {
    const ins = inspectionOf(readyDocument())
    expect(ins.checklist.map((c) => c.dimension)).toContain('channel')
    expect(ins.checklist.map((c) => c.id)).toEqual(expect.arrayContaining(['channel-portal', 'channel-platform', 'truth-books', 'truth-three-public']))
  })
})

describe('selfCheckTable', () => {
  it('prints each K rule, the failed rules, one summary row and the ticked items', () => {
    const ins = inspectionOf(readyDocument((d) => void d.performance?.projectForms?.splice(1, 1)))
    const table = selfCheckTable(ins, { 'channel-portal': true })
    expect(table.title).toBe('预算公开发布前自查表')
    expect(table.subtitle).toBe('示例局2026年度部门预算公开')
    expect(table.columns).toEqual(['检查方面', '检查内容', '检查方式', '结果', '说明'])
    const row = (ref: string) => table.rows.find((r) => r.ref === ref)
    expect(row('K09')).toMatchObject({ dimension: '完整性', result: '有提示', method: '软件自动检查' })
    expect(row('P01')).toMatchObject({ result: '未通过' })
    expect(row('K14')).toMatchObject({ result: '待导出后复核' })
    expect(row('channel-portal')).toMatchObject({ result: '已确认', method: '人工确认' })
    expect(row('channel-platform')).toMatchObject({ result: '未确认' })
    expect(table.rows.some((r) => r.item.startsWith('其他') && r.result === '通过')).toBe(true)
    expect(table.conclusion).toBe('体检未通过：有1个错误，修正后才能导出公开')
    expect(table.summary.map((s) => s.dimension)).toEqual(['及时性', '完整性', '细化程度', '公开方式', '真实性'])
  })

  it('concludes 可以公开 when every check passes and every item is ticked', () => {
    const ins = inspectionOf(readyDocument(), { audit: { checked: 57, mismatches: [] } })
    const ticks = Object.fromEntries(ins.checklist.map((c) => [c.id, true]))
    expect(selfCheckTable(ins, ticks).conclusion).toBe('体检通过，可以公开')
  })
})
