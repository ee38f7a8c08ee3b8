// Which of a form's indicators 添加到我的指标库 would add: named ones the merged library (the year's
// and the officer's) does not have yet, compared as the core compares them (二级 + name without spaces).
import type { Indicator } from '../../../../core/model/performance'
import type { LibraryEntry } from '../../../../core/performance/indicator-library'

const compact = (s: string) => s.replace(/\s+/g, '')

export function newIndicators(indicators: readonly Indicator[], library: readonly LibraryEntry[]): Indicator[] {
  const known = new Set(library.map((e) => `${e.indicator.level2}|${compact(e.indicator.name)}`))
  const out: Indicator[] = []
  for (const i of indicators) {
    const k = `${i.level2}|${compact(i.name)}`
    if (compact(i.name) === '' || known.has(k)) continue
    known.add(k)
    out.push(i)
  }
  return out
}
