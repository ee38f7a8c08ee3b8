import { describe, expect, it } from 'vitest'
import { catalogFor } from '../../tests/builders/catalog'
import { catalogMergeLines, mergeCatalogFile, readCatalogRows } from './catalog-file'

const catalog = catalogFor(2026)

describe('导入科目表', () => {
  it('reads codes of several classifications from one file and reports bad rows', () => {
    const r = readCatalogRows([
      ['2026年政府收支分类科目'],
      ['科目编码', '科目名称'],
      ['201', '一般公共服务支出'],
      ['20138', '市场监督管理事务'],
      ['2013801', '行政运行'],
      ['30203', '咨询费'],
      ['3020301', '不该有项'],
      ['999', '不知道是什么'],
      ['2013802', ''],
    ])
    expect(r.entries).toEqual([
      { kind: 'functional', code: '201', name: '一般公共服务支出' },
      { kind: 'functional', code: '20138', name: '市场监督管理事务' },
      { kind: 'functional', code: '2013801', name: '行政运行' },
      { kind: 'economicDepartment', code: '30203', name: '咨询费' },
    ])
    expect(r.problems.map((p) => p.row)).toEqual([9, 7, 8])
    expect(r.problems.map((p) => p.message).join('\n')).toContain('3020301')
  })

  it('adds what the catalog lacks and lists names that conflict', () => {
    const { entries } = readCatalogRows([
      ['科目编码', '科目名称'],
      ['20138', '市场监督管理事务'],
      ['2013801', '行政运行'],
      ['2010302', '一般行政事务'],
      ['2010301', '行政运行'],
    ])
    const m = mergeCatalogFile(catalog, undefined, entries)
    expect(m.added.map((a) => a.code)).toEqual(['20138', '2013801'])
    expect(m.known).toBe(1)
    expect(m.conflicts).toEqual([{ kind: 'functional', code: '2010302', existing: '一般行政管理事务', supplied: '一般行政事务' }])
    expect(m.own?.functional?.every((e) => e.origin === 'catalog-file')).toBe(true)
    const lines = catalogMergeLines(m)
    expect(lines[0]).toBe('新增 2 个科目，1 个已有相同名称，1 个名称不一致（保留原名称）')
    expect(lines).toContain('不一致：支出功能分类科目 2010302 已有名称“一般行政管理事务”，导入文件为“一般行政事务”')
  })
})
