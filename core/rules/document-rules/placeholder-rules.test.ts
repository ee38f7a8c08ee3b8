import { describe, expect, it } from 'vitest'
import { derive } from '../../calc/derive'
import type { DocumentData } from '../../model/document-data'
import { syntheticCarryoverDepartment } from '../../../tests/builders/document-builder'
import { catalogFor, namesFor } from '../../../tests/builders/catalog'
import { runDocumentRules } from './index'

const catalog = catalogFor(2026)
const found = (d: DocumentData, id: string) => runDocumentRules({ derivation: derive(d, namesFor(2026)), catalog }).filter((f) => f.ruleId === id)
const d01 = (d: DocumentData) => found(d, 'D01')

describe('D01: placeholders of a new document', () => {
  it('are errors in step 1, each pointing at its field', () => {
    const d = syntheticCarryoverDepartment()
    d.department = { ...d.department, code: '000', regionName: '未填写', displayName: '未命名部门', plainName: '市场监督管理局' }
    const found = d01(d).filter((f) => f.severity === 'error')
    expect(found.map((f) => f.location.path)).toEqual([['department', 'code'], ['department', 'displayName'], ['department', 'regionName']])
    expect(found.every((f) => f.location.step === 'organization')).toBe(true)
    expect(found[0]?.message).toContain('“000”')
  })

  it('示例 names are information only; real names raise nothing', () => {
    const d = syntheticCarryoverDepartment()
    expect(d01(d).map((f) => f.severity)).toEqual(['info', 'info', 'info', 'info'])
    d.department = { ...d.department, displayName: '大同市行政审批服务管理局', plainName: '大同市行政审批服务管理局', regionName: '大同市' }
    d.units = d.units.map((u) => ({ ...u, name: '大同市行政审批服务管理局' }))
    expect(d01(d)).toEqual([])
  })
})

describe('D02: a document without budget lines', () => {
  it('is an error in the 基本支出 step that says the amounts are all 0 until lines come in', () => {
    const d = syntheticCarryoverDepartment()
    expect(d.lines.length).toBeGreaterThan(0)
    expect(found(d, 'D02')).toEqual([])
    const empty = { ...d, lines: [] }
    const [f, ...rest] = found(empty, 'D02')
    expect(rest).toEqual([])
    expect(f?.severity).toBe('error')
    expect(f?.location).toMatchObject({ step: 'basic', path: ['lines'] })
    expect(f?.message).toContain('预算行')
  })
})
