// templates/<year>/indicator-library.json: readable by core, current with the extractor, and
// useful: every 二级 has suggestions, and the 004 forms' indicators are among them.
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { LEVEL2_BY_LEVEL1, type Level2 } from '../../core/model/performance'
import { parseIndicatorLibrary, suggestIndicators } from '../../core/performance/indicator-library'
import { LIBRARY_YEARS, libraryText } from '../../scripts/performance/extract-indicator-library'
import { loadSample, REPO_ROOT } from '../samples/sample-files'

const read = (year: number) => readFileSync(join(REPO_ROOT, 'templates', String(year), 'indicator-library.json'), 'utf8')

describe.each(LIBRARY_YEARS)('indicator library %i', (year) => {
  it('is what the extractor writes from the seeds', () => {
    expect(read(year)).toBe(libraryText(year))
  })

  it('parses, and has suggestions under every 二级', () => {
    const lib = parseIndicatorLibrary(read(year))
    expect(lib.length).toBeGreaterThan(300)
    const level2s = Object.values(LEVEL2_BY_LEVEL1).flat() as Level2[]
    for (const l2 of level2s) expect(suggestIndicators(lib, l2, '').length).toBeGreaterThan(0)
    expect(suggestIndicators(lib, 'beneficiary-satisfaction', '满意度')[0]?.name).toMatch(/满意度/)
  })
})

it('holds the indicators of the forms sample 004 was built from', () => {
  const lib = new Set(parseIndicatorLibrary(read(2026)).map((e) => `${e.indicator.level2}|${e.indicator.name}`))
  const names = loadSample('004').data.performance.projectForms.flatMap((f) => f.implementationIndicators).filter((i) => i.name.length >= 2)
  const found = names.filter((i) => lib.has(`${i.level2}|${i.name}`) || [...lib].some((k) => k.startsWith(`${i.level2}|${i.name}`)))
  expect(found.length / names.length).toBeGreaterThan(0.9)
})
