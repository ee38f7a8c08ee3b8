// Reads the indicator grids (一级 → 二级 → 三级 + 指标值) of the project forms and the 2026 整体 form
// printed in the seeds, tolerant of the extraction's shifted cells and of 001's placeholder forms
// (`指标 1：`). Used to build templates/<year>/indicator-library.json.
import type { Level2 } from '../../core/model/performance'
import { formatIndicatorValue, parseIndicatorValue } from '../../core/performance/indicator-value'
import { cleanLines } from '../../tests/seeds/seed-text'

export const LEVEL2_OF_LABEL: Record<string, Level2> = {
  数量指标: 'quantity',
  质量指标: 'quality',
  时效指标: 'timeliness',
  成本指标: 'cost',
  经济效益: 'economic',
  经济效益指标: 'economic',
  社会效益: 'social',
  社会效益指标: 'social',
  生态效益: 'ecological',
  生态效益指标: 'ecological',
  可持续影响: 'sustainable',
  可持续影响指标: 'sustainable',
  服务对象满意度: 'beneficiary-satisfaction',
  服务对象满意度指标: 'beneficiary-satisfaction',
}
const LEVEL1_LABELS = new Set(['产出指标', '效益指标', '满意度指标', '满意度'])
const squeeze = (s: string) => s.replace(/[\s\u3000]+/g, '')

export interface SeedIndicator {
  level2: Level2
  name: string
  /** The 指标值 as printed, normalised through the app's parser/formatter. */
  value: string
  /** Index of the form in the seed (an indicator counts once per form). */
  form: number
}

/** A 三级 name worth suggesting: not a placeholder (`指标 1：`), not a label, not a bare number. */
function usefulName(name: string): boolean {
  return name.length >= 2 && name.length <= 40 && !/^指标\s*\d/.test(name) && !/^[.…]+$/.test(name) && !/^[\d.%≥≤<>=]+$/.test(name) && !LEVEL1_LABELS.has(name) && !(name in LEVEL2_OF_LABEL)
}

/** Name/value pairs of one row segment under a 二级 (odd segments: first is the name, last the value). */
function pairs(segment: string[]): [string, string][] {
  if (segment.length === 0) return []
  if (segment.length % 2 === 1) return segment.length === 1 ? [[segment[0] as string, '']] : [[segment[0] as string, segment[segment.length - 1] as string]]
  const out: [string, string][] = []
  for (let i = 0; i < segment.length; i += 2) out.push([segment[i] as string, segment[i + 1] as string])
  return out
}

export function seedIndicators(text: string): SeedIndicator[] {
  const lines = cleanLines(text)
  const out: SeedIndicator[] = []
  let form = -1
  for (let i = 0; i < lines.length; i++) {
    const head = (lines[i] as string).split('\t').map(squeeze)
    if (!head.includes('一级指标') || !head.includes('三级指标')) continue
    form++
    let level2: Level2 | undefined
    for (let j = i + 1; j < lines.length; j++) {
      const line = lines[j] as string
      if (line.trim() === '' || /^(负责人|填表人|项目负责人|经办人)/.test(squeeze(line))) break
      const tokens = line.split('\t').map(squeeze).filter((t) => t !== '' && !LEVEL1_LABELS.has(t) && !/^[.…]+$/.test(t))
      let segment: string[] = []
      const flush = () => {
        if (level2) for (const [name, value] of pairs(segment)) if (usefulName(name)) out.push({ level2, name, value: formatIndicatorValue(parseIndicatorValue(value)), form })
        segment = []
      }
      for (const t of tokens) {
        if (t in LEVEL2_OF_LABEL) {
          flush()
          level2 = LEVEL2_OF_LABEL[t]
        } else segment.push(t)
      }
      flush()
    }
  }
  return out
}
