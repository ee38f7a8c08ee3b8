import { describe, expect, it } from 'vitest'
import type { DocumentData } from '../../../core/model/document-data'
import { buildData, department } from '../../../tests/builders/document-builder'
import { catalogFor } from '../../../tests/builders/catalog'
import { analyzeDraft } from './analyze-draft'
import { validateDraft } from './validate-draft'

function twoUnits(): DocumentData {
  return buildData({
    department: department(2026),
    units: [
      { id: 'u1', name: '示例局', type: 'administrative', isHeadUnit: true },
      { id: 'u2', name: '示例中心', type: 'public-welfare-1' },
    ],
    projects: [{ id: 'p1', unitId: 'u1', name: '运维项目', category: 'operating' }],
    lines: [
      { id: 'l1', unitId: 'u1', functionCode: '2010301', kind: 'basic', economicCode: '30101', source: 'general', period: 'current', amount: '100000.00' },
      { id: 'l2', unitId: 'u2', functionCode: '2010350', kind: 'basic', economicCode: '30101', source: 'general', period: 'current', amount: '50000.00' },
      { id: 'l3', unitId: 'u1', functionCode: '2010399', kind: 'project', projectId: 'p1', economicCode: '30227', source: 'general', period: 'current', amount: '30000.00' },
    ],
  })
}

describe('validateDraft', () => {
  it('passes a valid document through unchanged in meaning', () => {
    const v = validateDraft(twoUnits(), 2026)
    expect(v.issues).toEqual([])
    expect(v.data?.lines).toHaveLength(3)
    expect(v.indexMaps.lines).toEqual([0, 1, 2])
  })

  it('reports a bad cell with its draft path and leaves the row out of the analysis', () => {
    const d = twoUnits()
    const draft: DocumentData = { ...d, lines: [{ ...(d.lines[0] as DocumentData['lines'][0]), amount: '12a' }, ...d.lines.slice(1)] }
    const v = validateDraft(draft, 2026)
    expect(v.issues).toEqual([{ path: ['lines', 0, 'amount'], message: '金额“12a”不是有效的数字（单位：元，最多两位小数）' }])
    expect(v.data?.lines.map((l) => l.id)).toEqual(['l2', 'l3'])
    expect(v.indexMaps.lines).toEqual([1, 2])
  })

  it('keeps analysing with placeholders when the department is not filled in yet', () => {
    const d = twoUnits()
    const v = validateDraft({ ...d, department: { ...d.department, displayName: '', code: '1' } }, 2026)
    expect(v.issues.map((i) => i.path)).toEqual([
      ['department', 'displayName'],
      ['department', 'code'],
    ])
    expect(v.data?.department.code).toBe('000')
  })

  it('leaves out the lines of a project that has no name yet', () => {
    const d = twoUnits()
    const v = validateDraft({ ...d, projects: [{ ...(d.projects[0] as DocumentData['projects'][0]), name: '' }] }, 2026)
    expect(v.issues.map((i) => i.path)).toEqual([
      ['projects', 0, 'name'],
      ['lines', 2, 'projectId'],
    ])
    expect(v.data?.lines).toHaveLength(2)
  })

  it('drops an unparsable optional figure but keeps the rest of its section', () => {
    const d = twoUnits()
    const comparisons = { ...d.comparisons, incomeTotal: { prior: 'abc', reason: '增加人员' } }
    const v = validateDraft({ ...d, comparisons }, 2026)
    expect(v.issues.map((i) => i.path)).toEqual([['comparisons', 'incomeTotal', 'prior']])
    expect(v.data?.comparisons.incomeTotal).toEqual({ reason: '增加人员' })
  })
})

describe('analyzeDraft', () => {
  it('maps the core findings back to draft rows and adds input findings', () => {
    const d = twoUnits()
    const draft: DocumentData = { ...d, lines: [{ ...(d.lines[0] as DocumentData['lines'][0]), amount: 'x' }, ...d.lines.slice(1)] }
    const r = analyzeDraft(draft, 2026, catalogFor(2026))
    const input = r.findings.find((f) => f.ruleId === 'INPUT')
    expect(input?.message).toMatch(/^基本支出第1行 · 金额：/)
    expect(input?.location).toEqual({ step: 'basic', path: ['lines', 0, 'amount'] })
    const p01 = r.findings.find((f) => f.ruleId === 'P01')
    expect(p01?.location.path).toEqual(['projects', 0])
    expect(r.analysis?.derivation.tables.T1.empty).toBe(false)
  })
})
