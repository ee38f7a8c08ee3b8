// The fallback chain on real fonts: Noto SC for the roles, HanaMinB (Debian fonts-hanazono, installed
// by scripts/test-deps.mjs) found in the system font folders, Noto Sans Symbols 2 and Noto Emoji.
import { mkdtempSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { fontsDir, pdfFamilies, resolveFonts } from './fonts'
import { fontRuns } from './font-runs'
import { systemFontDirs } from './system-fonts'

const withExtension = resolveFonts(fontsDir(), {}, systemFontDirs())
const withoutExtension = resolveFonts(fontsDir(), {}, [mkdtempSync(join(tmpdir(), 'no-fonts-'))])
const family = (fonts: typeof withExtension, pattern: RegExp) => fonts.fallbacks.find((f) => pattern.test(String(f.source)))?.family

const EXT = family(withExtension, /HanaMinB\.ttf$/)
const SYMBOLS = family(withExtension, /NotoSansSymbols2_400Regular\.ttf$/)
const EMOJI = family(withExtension, /NotoEmoji_400Regular\.ttf$/)

describe('font fallback chain', () => {
  it('orders the chain: installed extension font, then symbols, then emoji; pdfmake gets a family for each', () => {
    expect(EXT, 'HanaMinB 未安装：apt-get install -y fonts-hanazono').toBeDefined()
    expect(withExtension.fallbacks.map((f) => f.origin)).toEqual(['extension', 'bundled', 'bundled'])
    expect(withExtension.fallbacks.map((f) => f.family)).toEqual([EXT, SYMBOLS, EMOJI])
    expect(withoutExtension.fallbacks.map((f) => f.origin)).toEqual(['bundled', 'bundled'])
    expect(Object.keys(pdfFamilies(withExtension))).toEqual(['Body', 'Heading', 'Title', EXT, SYMBOLS, EMOJI])
    for (const f of withExtension.fallbacks) expect(withExtension.files).toContain(String(f.source))
  })

  it('splits a string into runs by the first font that draws each character', () => {
    const runs = fontRuns(withExtension)
    const out = runs.apply({ content: ['𠀀村道路维护项目😀 ☑⚠①'] })
    expect(out.content).toEqual([{ text: [{ text: '𠀀', font: EXT }, '村道路维护项目', { text: '😀', font: EMOJI }, ' ', { text: '☑', font: SYMBOLS }, '⚠①'] }])
    expect(runs.uncovered.size).toBe(0)
    // Text the role's font draws is left as it was: the very same objects, nothing copied.
    const plain = { content: [{ text: '一般公共预算', style: 'heading' }, { table: { body: [['合计', { text: ['一', '二'] }]] } }] }
    expect(fontRuns(withExtension).apply(plain)).toBe(plain)
  })

  it('keeps an emoji sequence in one font: joiners, variation selectors and skin tones stay with their emoji', () => {
    const runs = fontRuns(withExtension)
    // Noto Sans Symbols 2 has 👍 and ☑ but no skin tone or variation selector: the whole sequence goes to Noto Emoji.
    expect(runs.apply({ text: '好👍🏽☑️👨‍👩‍👧' })).toEqual({ text: ['好', { text: '👍🏽☑️👨‍👩‍👧', font: EMOJI }] })
    expect(runs.apply({ text: '👍☑' })).toEqual({ text: [{ text: '👍☑', font: SYMBOLS }] })
    expect(runs.uncovered.size).toBe(0)
  })

  it('reaches tables, stacks, columns, inline arrays, headers, footers and continuation headers', () => {
    const runs = fontRuns(withExtension)
    const header = () => '页眉😀'
    const out = runs.apply({
      content: [
        { table: { widths: ['*', 'auto'], body: [['𠀀村', { text: '100' }]] } },
        { stack: [{ columns: ['☑ 已核对'] }] },
        { text: ['项目：', { text: '𠀀村', bold: true }] },
        { section: ['正文'], continuationHeader: { text: '续表 𠀀村' } },
      ],
      header,
      footer: (page: number) => ({ text: `第 ${page} 页😀` }),
    })
    const [table, stack, inline, section] = out.content as Record<string, unknown>[]
    expect(table).toEqual({ table: { widths: ['*', 'auto'], body: [[{ text: [{ text: '𠀀', font: EXT }, '村'] }, { text: '100' }]] } })
    expect(stack).toEqual({ stack: [{ columns: [{ text: [{ text: '☑', font: SYMBOLS }, ' 已核对'] }] }] })
    expect(inline).toEqual({ text: ['项目：', { text: [{ text: '𠀀', font: EXT }, '村'], bold: true }] })
    expect(section?.continuationHeader).toEqual({ text: ['续表 ', { text: '𠀀', font: EXT }, '村'] })
    expect((out.header as () => unknown)()).toEqual({ text: ['页眉', { text: '😀', font: EMOJI }] })
    expect((out.footer as (p: number) => unknown)(3)).toEqual({ text: ['第 3 页', { text: '😀', font: EMOJI }] })
  })

  it('tries each role font first: a character only the body font draws is unprintable in a heading', () => {
    // Noto Serif SC (body) draws 䶶 (U+4DB6, CJK Extension A of Unicode 13); Noto Sans SC Bold (the heading style) does not.
    const runs = fontRuns(withExtension, { heading: { font: 'Heading', bold: true } })
    const out = runs.apply({ defaultStyle: { font: 'Body' }, content: [{ text: '䶶正文' }, { text: '😀标题', style: 'heading', outline: true, id: 'h1' }] })
    const [body, heading] = out.content as Record<string, unknown>[]
    expect(body).toEqual({ text: '䶶正文' })
    expect(heading?.text).toEqual([{ text: '😀', font: EMOJI }, '标题'])
    // The bookmark keeps the plain heading text; ids and styles are not touched.
    expect(heading).toMatchObject({ outlineText: '😀标题', id: 'h1', style: 'heading' })
    expect(runs.uncovered.size).toBe(0)
    runs.apply({ content: [{ text: '䶶标题', style: 'heading' }] })
    expect([...runs.uncovered]).toEqual([0x4db6])
  })

  it('reports what no font draws and leaves it in place; without an extension font 𠀀 is one of them', () => {
    const runs = fontRuns(withoutExtension)
    const input = { content: [{ text: '𠀀村\u202e' }], watermark: { text: '核对稿' } }
    const copy = structuredClone(input)
    expect(runs.apply(input).content).toEqual([{ text: '𠀀村\u202e' }])
    expect([...runs.uncovered]).toEqual([0x20000, 0x202e])
    expect(input).toEqual(copy)
  })

  it('checks the characters of charts, drawn in their font alone', () => {
    const runs = fontRuns(withExtension)
    runs.apply({ content: [{ svg: '<svg><text>𠀀村 50%</text></svg>' }] })
    expect([...runs.uncovered]).toEqual([0x20000])
  })
})
