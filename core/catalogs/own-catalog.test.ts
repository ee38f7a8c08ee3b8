import { describe, expect, it } from 'vitest'
import { analyze } from '../rules/analyze'
import { catalogFor } from '../../tests/builders/catalog'
import { syntheticCarryoverDepartment } from '../../tests/builders/document-builder'
import { mergeOwnCatalog, withOwnCatalog } from './own-catalog'

const catalog = catalogFor(2026)

describe('the document own catalog', () => {
  it('fills codes the shipped catalog lacks, never renames a shipped code', () => {
    const own = { functional: [{ code: '2013801', name: '行政运行' }, { code: '2010301', name: '别的名称' }] }
    const cat = withOwnCatalog(catalog, own)
    expect(cat.functional.get('2013801')?.name).toBe('行政运行')
    expect(cat.functional.get('2010301')?.name).toBe('行政运行')
    expect(catalog.functional.has('2013801')).toBe(false)
    expect(withOwnCatalog(catalog, own)).toBe(cat)
    expect(withOwnCatalog(catalog, undefined)).toBe(catalog)
  })

  it('merge reports added names and conflicts with the catalog or earlier names', () => {
    const first = mergeOwnCatalog(catalog, undefined, 'functional', [
      { code: '2013801', name: '行政运行' },
      { code: '2010301', name: '行政运行' },
      { code: '2010302', name: '一般行政事务' },
      { code: '20138', name: '市场监督管理事务' },
      { code: '12', name: '坏编码' },
    ], 'pasted')
    expect(first.added.map((e) => e.code)).toEqual(['2013801', '20138'])
    expect(first.known).toBe(1)
    expect(first.conflicts).toEqual([{ code: '2010302', existing: '一般行政管理事务', supplied: '一般行政事务' }])
    expect(first.own.functional?.map((e) => e.code)).toEqual(['20138', '2013801'])
    const again = mergeOwnCatalog(catalog, first.own, 'functional', [{ code: '2013801', name: '其他' }], 'typed')
    expect(again.conflicts).toEqual([{ code: '2013801', existing: '行政运行', supplied: '其他' }])
    const typed = mergeOwnCatalog(catalog, first.own, 'functional', [{ code: '2013801', name: '其他' }], 'typed', true)
    expect(typed.own.functional?.find((e) => e.code === '2013801')).toEqual({ code: '2013801', name: '其他', origin: 'typed' })
  })

  it('tables print the names the document supplies', () => {
    const d = syntheticCarryoverDepartment()
    d.lines[0] = { ...d.lines[0]!, functionCode: '2013801' }
    const unnamed = analyze(d, catalog)
    const nameOf = (a: typeof unnamed, code: string) => {
      const row = a.derivation.tables.T2.rows.find((r) => r.key === `c:${code}`)
      const cell = row?.cells[1]
      return cell && cell.kind === 'text' ? cell.text : undefined
    }
    expect(nameOf(unnamed, '2013801')).toBe('')
    expect(unnamed.findings.filter((f) => f.ruleId === 'C01' && f.severity === 'error')).toHaveLength(1)
    d.ownCatalog = { functional: [{ code: '2013801', name: '行政运行' }, { code: '20138', name: '市场监督管理事务' }] }
    const named = analyze(d, catalog)
    expect(nameOf(named, '2013801')).toBe('行政运行')
    expect(nameOf(named, '20138')).toBe('市场监督管理事务')
    expect(named.findings.filter((f) => f.ruleId === 'C01' && f.severity === 'error')).toEqual([])
  })
})
