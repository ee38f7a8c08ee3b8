// Dev tool: writes templates/<year>/indicator-library.json (2024–2027) from the indicator grids of
// the seeds' published forms (000 2025, 001 2024, 004 2026). No year has enough forms of its own,
// so every year ships the same union (as the catalogs do, templates/README.md); `seen` says where
// each indicator was printed.
//   npx tsx scripts/performance/extract-indicator-library.ts
import { writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { LEVEL1, LEVEL2_BY_LEVEL1, type Level1, type Level2 } from '../../core/model/performance'
import type { IndicatorLibraryFile } from '../../core/performance/indicator-library'
import { REPO_ROOT } from '../../tests/samples/sample-files'
import { readSeedText, SEED_IDS } from '../../tests/seeds/seed-files'
import { seedIndicators } from './seed-indicators'

export const LIBRARY_YEARS = [2024, 2025, 2026, 2027] as const

const LEVEL2_ORDER: Level2[] = LEVEL1.flatMap((l1) => [...LEVEL2_BY_LEVEL1[l1]])
const level1Of = (l2: Level2): Level1 => LEVEL1.find((l1) => (LEVEL2_BY_LEVEL1[l1] as readonly string[]).includes(l2)) ?? 'output'

export function libraryEntries(): IndicatorLibraryFile['entries'] {
  const acc = new Map<string, { level2: Level2; name: string; forms: Set<string>; values: Map<string, number>; seen: Set<string> }>()
  for (const seed of SEED_IDS) {
    for (const ind of seedIndicators(readSeedText(seed))) {
      const key = `${ind.level2}|${ind.name}`
      const e = acc.get(key) ?? { level2: ind.level2, name: ind.name, forms: new Set<string>(), values: new Map<string, number>(), seen: new Set<string>() }
      e.forms.add(`${seed}#${ind.form}`)
      if (ind.value !== '') e.values.set(ind.value, (e.values.get(ind.value) ?? 0) + 1)
      e.seen.add(seed)
      acc.set(key, e)
    }
  }
  // 004 and 000 print some 三级 names cut off (`“三百一随机”评` for `“三百一随机”评标系统建设`): a name
  // that is the start of a longer one under the same 二级 is folded into it.
  const all = [...acc.values()]
  const kept = all.filter((e) => {
    const longer = all.find((o) => o !== e && o.level2 === e.level2 && o.name.length > e.name.length && o.name.startsWith(e.name))
    if (!longer) return true
    for (const f of e.forms) longer.forms.add(f)
    for (const s of e.seen) longer.seen.add(s)
    return false
  })
  return kept
    .map((e) => {
      // The most frequent value; ties go to the first printed.
      const typical = [...e.values].sort((a, b) => b[1] - a[1])[0]?.[0] ?? ''
      return { level1: level1Of(e.level2), level2: e.level2, name: e.name, value: typical, count: e.forms.size, seen: [...e.seen].sort() }
    })
    .sort((a, b) => LEVEL2_ORDER.indexOf(a.level2) - LEVEL2_ORDER.indexOf(b.level2) || b.count - a.count || a.name.localeCompare(b.name, 'zh-CN'))
}

export function libraryFile(year: number): IndicatorLibraryFile {
  return {
    description: '绩效指标库：从已公开的项目支出绩效目标表与整体支出绩效目标申报表（孝义市2024、2025年，大同市2026年）中提取的三级指标及常用指标值，作为录入时的参考；用户可在文档中补充自己的指标。',
    year,
    entries: libraryEntries(),
  }
}

export function libraryText(year: number): string {
  return `${JSON.stringify(libraryFile(year), null, 2)}\n`
}

if (process.argv[1]?.endsWith('extract-indicator-library.ts')) {
  for (const year of LIBRARY_YEARS) {
    const file = join(REPO_ROOT, 'templates', String(year), 'indicator-library.json')
    writeFileSync(file, libraryText(year))
    console.log(`${file}: ${libraryFile(year).entries.length} indicators`)
  }
}
