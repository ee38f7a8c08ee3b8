import { describe, expect, it } from 'vitest'
import { catalogFor } from '../../../tests/builders/catalog'
import { syntheticCarryoverDepartment } from '../../../tests/builders/document-builder'
import { absorbLineNames, type LineWithNames } from './own-names'

const catalog = catalogFor(2026)

describe('names typed or pasted in the line grids', () => {
  it('move into the document catalog and off the lines; a shipped code keeps its name', () => {
    const d = syntheticCarryoverDepartment()
    const lines: LineWithNames[] = d.lines.map((l) => ({ ...l }))
    lines[0] = { ...lines[0]!, functionCode: '2013801', functionName: '行政运行' }
    lines[1] = { ...lines[1]!, functionCode: '2010301', functionName: '别的名称', economicName: '' }
    const r = absorbLineNames(d, lines, catalog)
    expect(r.data.ownCatalog?.functional).toEqual([{ code: '2013801', name: '行政运行', origin: 'typed' }])
    expect(r.conflicts).toEqual([{ code: '2010301', existing: '行政运行', supplied: '别的名称' }])
    for (const l of r.data.lines) {
      expect('functionName' in l).toBe(false)
      expect('economicName' in l).toBe(false)
    }
    const renamed = absorbLineNames(r.data, [{ ...r.data.lines[0]!, functionName: '一般行政' }], catalog)
    expect(renamed.data.ownCatalog?.functional).toEqual([{ code: '2013801', name: '一般行政', origin: 'typed' }])
  })

  it('leaves the document alone when no name was typed', () => {
    const d = syntheticCarryoverDepartment()
    const r = absorbLineNames(d, d.lines, catalog)
    expect(r.data.ownCatalog).toBeUndefined()
    expect(r.data.lines).toEqual(d.lines)
  })
})

describe('the live checks see the document catalog', () => {
  it('validateDraft keeps ownCatalog, so a named code is no error on screen', async () => {
    const { validateDraft } = await import('./validate-draft')
    const d = syntheticCarryoverDepartment()
    d.ownCatalog = { functional: [{ code: '2013801', name: '行政运行' }] }
    expect(validateDraft(d, 2026).data?.ownCatalog).toEqual(d.ownCatalog)
  })
})
