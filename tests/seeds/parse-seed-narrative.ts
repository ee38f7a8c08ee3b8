// Test-only parser for 第三部分 (情况说明, sections 一 … 十二) and 第四部分 (名词解释) of a seed.
import { cleanLines } from './seed-text'

export interface SeedNarrative {
  /** Keyed '一' … '十二': the non-empty paragraphs below the heading, sub-headings included. */
  sections: Record<string, string[]>
  glossary: string[]
}

export const SECTION_NUMERALS = ['一', '二', '三', '四', '五', '六', '七', '八', '九', '十', '十一', '十二'] as const

const isPartThree = (l: string): boolean => /^第三部分\s*\S*情况说明$/.test(l)
const isPartFour = (l: string): boolean => /^第四部分\s*名词解释$/.test(l)
/** Attached performance forms are printed inside 十 (spec §1.7); `（项目绩效目标表公开情况见附件）` is text. */
const isFormTitle = (l: string): boolean => /绩效目标申报表|绩效目标表/.test(l) && !l.includes('见附件')
/** Extraction debris before the attachments (spec §9.10): `1+28`, `附件3`. */
const isStray = (l: string): boolean => /^\d+\+\d+$/.test(l) || /^附件\s*\d*$/.test(l)
/** Sub-headings such as `（一）…`, `(二) …`, `1、整体绩效目标`. */
const isSubHeading = (l: string): boolean => /^(?:（[一二三四五六七八九十]+）|\([一二三四五六七八九十]+\)|\d+、)/.test(l)

function isSectionHeading(line: string, numeral: string): boolean {
  return line.startsWith(`${numeral}、`) && line.length <= 30 && !/[。；;]/.test(line)
}

export function parseSeedNarrative(text: string): SeedNarrative {
  const lines = cleanLines(text).map((l) => l.trim())
  const start = lines.findIndex(isPartThree)
  if (start < 0) throw new Error('第三部分 heading not found')
  const partFour = lines.findIndex((l, i) => i > start && isPartFour(l))
  const end = partFour < 0 ? lines.length : partFour

  const sections: Record<string, string[]> = {}
  let current: string[] | null = null
  let next = 0
  let closed = false // current section has ended before the next heading (attachments follow)
  let afterSecondSub = -1 // paragraphs seen below 十二's `（二）其他`
  for (let i = start + 1; i < end; i++) {
    const line = lines[i] ?? ''
    if (line === '') continue
    const numeral = SECTION_NUMERALS[next]
    if (numeral && isSectionHeading(line, numeral)) {
      current = sections[numeral] = []
      next++
      closed = false
      continue
    }
    if (!current || closed || isStray(line)) continue
    if (next === 10 && isFormTitle(line)) {
      closed = true
      continue
    }
    if (next === 12) {
      // 十二 ends with the paragraph under （二）其他; catalogue documents may be attached after it.
      if (/^(?:（二）|\(二\))/.test(line)) afterSecondSub = 0
      else if (afterSecondSub >= 0 && ++afterSecondSub > 1) {
        closed = true
        continue
      }
      if (/文件$/.test(line)) {
        closed = true
        continue
      }
    }
    current.push(line)
  }
  for (const [key, paragraphs] of Object.entries(sections)) sections[key] = joinPageBreaks(paragraphs)
  const glossary = partFour < 0 ? [] : lines.slice(partFour + 1).filter((l) => l !== '')
  return { sections, glossary }
}

/**
 * A page break can split one paragraph over two lines (004 四: `…国有资本经营` / `预算拨款0万元。…`).
 * A long line that stops without closing punctuation is joined with the following line.
 */
function joinPageBreaks(paragraphs: string[]): string[] {
  const out: string[] = []
  for (const p of paragraphs) {
    const prev = out[out.length - 1]
    if (prev !== undefined && prev.length >= 40 && !/[。；;：:！？!?）)”]$/.test(prev) && !isSubHeading(p)) {
      out[out.length - 1] = prev + p
    } else out.push(p)
  }
  return out
}
