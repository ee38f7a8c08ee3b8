// Inlines that print alike and sit side by side are drawn as one run; anything that would print
// differently (font, size, colour, link, page number, justification, spacing) stays apart.
import { describe, expect, it } from 'vitest'
import { joinedInlines } from './join-inlines'

const FONT = { name: 'Body' }
const OTHER = { name: 'Fallback' }

type Inline = Parameters<typeof joinedInlines>[0][number]

/** Inlines laid side by side from x = 10, as pdfmake's Line does. */
function line(...parts: [string, number, Partial<Inline>?][]): Inline[] {
  let x = 10
  return parts.map(([text, width, extra]) => {
    const inline: Inline = { text, x, width, height: 14, font: FONT, fontSize: 10, color: 'black', opacity: 1, characterSpacing: 0, ...extra }
    x += width
    return inline
  })
}

describe('joined inlines', () => {
  it('joins neighbours in the same font, size and colour into one run of their summed width', () => {
    const inlines = line(['一', 10], ['般', 10], ['公共', 20], ['服务 ', 23.3])
    const before = structuredClone(inlines)
    const out = joinedInlines(inlines)
    expect(out).toHaveLength(1)
    expect(out[0]).toMatchObject({ text: '一般公共服务 ', x: 10, font: FONT, fontSize: 10 })
    expect(out[0]?.width).toBeCloseTo(63.3, 9)
    // The laid-out inlines are left as they were.
    expect(inlines).toEqual(before)
  })

  it('keeps a run apart where the font, size, colour or link changes', () => {
    const out = joinedInlines(
      line(['村', 10], ['𠀀', 10, { font: OTHER }], ['道', 10], ['路', 10, { fontSize: 12 }], ['维', 10, { color: 'red' }], ['护', 10, { linkToDestination: 'toc' }], ['项', 10, { linkToDestination: 'toc' }]),
    )
    expect(out.map((i) => i.text)).toEqual(['村', '𠀀', '道', '路', '维', '护项'])
  })

  it('leaves page numbers, justified gaps, character spacing and raised text alone', () => {
    const gap = line(['甲', 10], ['乙', 10])
    ;(gap[1] as Inline).x += 3
    expect(joinedInlines(gap).map((i) => i.text)).toEqual(['甲', '乙'])
    expect(joinedInlines(line(['第', 10], ['0', 5, { _pageNodeRef: {} }])).map((i) => i.text)).toEqual(['第', '0'])
    expect(joinedInlines(line(['宽', 10, { characterSpacing: 1 }], ['字', 10, { characterSpacing: 1 }])).map((i) => i.text)).toEqual(['宽', '字'])
    expect(joinedInlines(line(['m', 5], ['2', 3, { sup: true }])).map((i) => i.text)).toEqual(['m', '2'])
    expect(joinedInlines(line(['两', 10, { justifyShift: 2 }], ['端', 10, { justifyShift: 2 }])).map((i) => i.text)).toEqual(['两', '端'])
  })
})
