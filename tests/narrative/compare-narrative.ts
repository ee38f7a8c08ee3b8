// Generated 情况说明 against a seed's published paragraphs: both are flattened to lines (sub-headings,
// paragraphs, chart captions), normalised (whitespace, punctuation width: 000/001 mix half-width,
// spec §3, and we generate full width by decision) and aligned by edit distance.
import type { Narrative, NarrativeBlock } from '../../core/narrative'
import type { SeedNarrative } from '../seeds/parse-seed-narrative'

export interface NarrativeDifference {
  seed: string
  /** '一' … '十二', or '名词解释'. */
  section: string
  /** The seed's line ('' when the seed has no counterpart). */
  published: string
  /** The generated line ('' when we generate none). */
  generated: string
}

const WIDTH: Record<string, string> = { ',': '，', ':': '：', ';': '；', '(': '（', ')': '）', '!': '！', '?': '？' }

export function normalise(s: string): string {
  return s.replace(/[\s\u3000]+/g, '').replace(/[,:;()!?]/g, (c) => WIDTH[c] ?? c)
}

function blockLines(b: NarrativeBlock): string[] {
  if (b.kind === 'subheading' || b.kind === 'paragraph') return [b.text]
  if (b.kind === 'chart') return b.chart.items.length > 0 ? [b.chart.caption] : []
  return []
}

export function generatedSections(n: Narrative): Record<string, string[]> {
  const out: Record<string, string[]> = {}
  for (const s of n.sections) out[s.id] = s.blocks.flatMap(blockLines)
  out['名词解释'] = n.glossary.flatMap((e) => e.split('\n'))
  return out
}

export function publishedSections(seed: SeedNarrative): Record<string, string[]> {
  return { ...seed.sections, 名词解释: seed.glossary }
}

/** Dice coefficient of character bigrams: how alike two lines are (0…1), to pair a changed line with its counterpart. */
function similarity(a: string, b: string): number {
  const grams = (s: string) => {
    const m = new Map<string, number>()
    for (let i = 0; i + 1 < s.length; i++) m.set(s.slice(i, i + 2), (m.get(s.slice(i, i + 2)) ?? 0) + 1)
    return m
  }
  const ga = grams(a)
  const gb = grams(b)
  let common = 0
  for (const [g, n] of ga) common += Math.min(n, gb.get(g) ?? 0)
  const total = Math.max(a.length - 1, 0) + Math.max(b.length - 1, 0)
  return total === 0 ? (a === b ? 1 : 0) : (2 * common) / total
}

/**
 * Alignment of two line lists (insert/delete cost 1, substitution 2 × dissimilarity, so a line pairs
 * with a similar one rather than with whatever stands at its index); returns the unequal pairs.
 */
export function alignLines(published: readonly string[], generated: readonly string[]): { published: string; generated: string }[] {
  const p = published.map(normalise)
  const g = generated.map(normalise)
  const n = p.length
  const m = g.length
  const sub = (i: number, j: number) => (p[i] === g[j] ? 0 : 2 * (1 - similarity(p[i] as string, g[j] as string)))
  const cost: number[][] = Array.from({ length: n + 1 }, (_, i) => Array.from({ length: m + 1 }, (_, j) => (i === 0 ? j : j === 0 ? i : 0)))
  const at = (i: number, j: number) => cost[i]?.[j] as number
  for (let i = 1; i <= n; i++) {
    for (let j = 1; j <= m; j++) (cost[i] as number[])[j] = Math.min(at(i - 1, j - 1) + sub(i - 1, j - 1), at(i - 1, j) + 1, at(i, j - 1) + 1)
  }
  const out: { published: string; generated: string }[] = []
  let i = n
  let j = m
  while (i > 0 || j > 0) {
    if (i > 0 && j > 0 && at(i, j) === at(i - 1, j - 1) + sub(i - 1, j - 1)) {
      if (p[i - 1] !== g[j - 1]) out.push({ published: published[i - 1] as string, generated: generated[j - 1] as string })
      i--
      j--
    } else if (j > 0 && (i === 0 || at(i, j) === at(i, j - 1) + 1)) {
      out.push({ published: '', generated: generated[j - 1] as string })
      j--
    } else {
      out.push({ published: published[i - 1] as string, generated: '' })
      i--
    }
  }
  return out.reverse()
}

export function compareNarrative(seed: string, published: SeedNarrative, generated: Narrative): { differences: NarrativeDifference[]; matching: number; total: number } {
  const pub = publishedSections(published)
  const gen = generatedSections(generated)
  const differences: NarrativeDifference[] = []
  let total = 0
  for (const section of Object.keys(gen)) {
    const p = pub[section] ?? []
    const g = gen[section] ?? []
    total += p.length
    for (const d of alignLines(p, g)) differences.push({ seed, section, ...d })
  }
  const unmatchedPublished = differences.filter((d) => d.published !== '').length
  return { differences, matching: total - unmatchedPublished, total }
}

export function differenceKey(d: NarrativeDifference): string {
  return [d.seed, d.section, normalise(d.published), normalise(d.generated)].join(' | ')
}
