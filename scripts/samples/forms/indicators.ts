// The indicator grid of a printed 绩效目标表 (spec §5.2, §5.4), read from the seeds' tab-separated text:
// 一级/二级 labels and their variants, the two halves of a row (实施期 | 年度), and a reader that
// carries the 二级 of a block down its rows. Shared by the sample scripts of 000, 001 and 004.
import type { Level1, Level2 } from '../../../core/model/performance'
import { parseIndicatorValue } from '../../../core/performance/indicator-value'

export interface IndicatorInput {
  level1: Level1
  level2: Level2
  name: string
  value: { comparator: '' | '≥' | '≤' | '>' | '<' | '='; value: string; unit: string }
}

export const LEVEL1: Record<string, Level1> = { 产出指标: 'output', 效益指标: 'benefit', 满意度指标: 'satisfaction', 满意度: 'satisfaction' }
export const LEVEL2: Record<string, Level2> = {
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
  可持续性影响: 'sustainable',
  可持续性: 'sustainable',
  可持续影响指标: 'sustainable',
  // 000 (2025 county) spellings.
  可持续性影响指标: 'sustainable',
  可持续发展指标: 'sustainable',
  服务对象: 'beneficiary-satisfaction',
  服务对象满意度: 'beneficiary-satisfaction',
  服务对象满意度指标: 'beneficiary-satisfaction',
}
export const LEVEL1_OF: Record<Level2, Level1> = {
  quantity: 'output',
  quality: 'output',
  timeliness: 'output',
  cost: 'output',
  economic: 'benefit',
  social: 'benefit',
  ecological: 'benefit',
  sustainable: 'benefit',
  'beneficiary-satisfaction': 'satisfaction',
}

export const tokens = (line: string): string[] => line.split('\t').map((c) => c.trim()).filter((c) => c !== '')
export const isLevel2 = (t: string): boolean => t in LEVEL2

/** Template filler rows (`.....`, `……`, `-- | ---`) carry no indicator. */
export const isFiller = (t: string[]): boolean => t.length > 0 && t.every((x) => /^[.…\-—]+$/.test(x))

/** `≥95%` → ≥ / 95 / %; `114.72万元` → '' / 114.72 / 万元; `及时` → '' / 及时 / '' (core's parser, spec §5.4). */
export function indicatorValue(text: string): IndicatorInput['value'] {
  return parseIndicatorValue(text)
}

/** One half of an indicator row: an optional 二级 label, then an optional 三级 name with its value. */
export type Half = { level2?: string; name?: string; value?: string }
const HALF_SHAPES = ['LNV', 'L', 'NV', 'LN', 'N', ''] as const

function readHalf(shape: string, t: string[]): Half | undefined {
  const h: Half = {}
  for (let i = 0; i < shape.length; i++) {
    const tok = t[i] as string
    const kind = shape[i]
    if (kind === 'L') {
      if (!isLevel2(tok)) return undefined
      h.level2 = tok
    } else if (kind === 'N') {
      // A 三级 name may repeat its 二级 label (服务对象满意度 | 服务对象满意度 | ≥95%) only after it.
      if (isLevel2(tok) && shape[0] !== 'L') return undefined
      h.name = tok
    } else {
      if (isLevel2(tok)) return undefined
      h.value = tok
    }
  }
  return h
}

/** Extra cost of a reading, for layouts whose rows need a tie-break (001's placeholders). */
export type HalfPenalty = (a: Half, b: Half) => number

function candidates(t: string[], penalty: HalfPenalty | undefined): [Half, Half, number][] {
  const out: [Half, Half, number][] = []
  for (const a of HALF_SHAPES) {
    for (const b of HALF_SHAPES) {
      if (a.length + b.length !== t.length) continue
      const h1 = readHalf(a, t.slice(0, a.length))
      const h2 = readHalf(b, t.slice(a.length))
      if (h1 && h2) out.push([h1, h2, (a === b ? 0 : 10) + HALF_SHAPES.indexOf(a) + HALF_SHAPES.indexOf(b) + (penalty?.(h1, h2) ?? 0)])
    }
  }
  return out
}

/**
 * Splits a row of the two-half indicator block (实施期 | 年度) into its halves, preferring symmetric
 * shapes. A row no shape fits may print a cell twice (000 `成本指标 | CPU服务单价 | CPU服务单价 |
 * 300元/年/核`, `成本指标 | 成本指标 | CPU服务单价 …`); it is read again with such repeats collapsed.
 */
export function splitHalves(t: string[], penalty?: HalfPenalty): [Half, Half] {
  let found = candidates(t, penalty)
  if (found.length === 0) {
    const collapsed = t.filter((x, i) => i === 0 || x !== t[i - 1])
    if (collapsed.length < t.length) found = candidates(collapsed, penalty)
  }
  found.sort((x, y) => x[2] - y[2])
  const best = found[0]
  if (!best) throw new Error(`indicator row not understood: ${t.join(' | ')}`)
  return [best[0], best[1]]
}

export class IndicatorReader {
  private level2: Level2 | undefined
  readonly out: IndicatorInput[] = []

  /** Sets the 二级 of the following rows (a label printed on its own line). */
  setLevel2(label: string): void {
    this.level2 = LEVEL2[label]
  }

  take(h: Half, level1: Level1 | undefined): void {
    if (h.level2) this.level2 = LEVEL2[h.level2]
    if (h.name === undefined || !this.level2) return
    const l1 = LEVEL1_OF[this.level2]
    // The 一级 cell is sometimes shifted a row (Z政务服务能力提升经费: 效益指标 | 成本指标); the fixed
    // hierarchy of spec §5.4 gives it from the 二级.
    if (level1 && level1 !== l1) console.warn(`一级指标 ${level1} printed beside ${this.level2} (${h.name}); using ${l1}`)
    this.out.push({ level1: l1, level2: this.level2, name: h.name, value: indicatorValue(h.value ?? '') })
  }
}
