import { describe, expect, it } from 'vitest'
import { exampleTableSet, findingsOf, projectTable } from './fixtures.test-helpers'

describe('E01 空表 mark', () => {
  it('holds on the consistent tables, including the empty 表9', () => {
    expect(findingsOf('E01', exampleTableSet())).toEqual([])
  })

  it('holds for empty 表12/表13 without rows', () => {
    const t = exampleTableSet()
    t.T13 = projectTable('T13', [])
    expect(findingsOf('E01', t)).toEqual([])
  })

  it('flags a table marked 本表无数据 that has amounts', () => {
    const t = exampleTableSet()
    t.T10.empty = true
    const findings = findingsOf('E01', t)
    expect(findings.map((f) => [f.location.table, f.message])).toEqual([['T10', '表10标注“本表无数据”，但表中有金额']])
  })

  it('flags a table without rows that is not marked empty', () => {
    const t = exampleTableSet()
    t.T13 = { ...projectTable('T13', []), empty: false }
    expect(findingsOf('E01', t).map((f) => f.message)).toEqual(['表13没有数据行，应标注“注：本表无数据”'])
  })
})
