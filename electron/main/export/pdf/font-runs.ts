// pdfmake sets a text run in one font and has no fallback: a character the font lacks prints as an
// empty box (.notdef) without a word. So before rendering, every printed string of the document
// definition is split into runs by the first font that draws each character: the run's own font
// (the role pdfmake's styles give it, normal or bold), else the fallback chain of fonts.ts (the
// office's fallback files, the installed CJK extension fonts, Noto Sans Symbols 2, Noto Emoji).
// A run a fallback draws becomes a `{ text, font }` fragment. The transform covers everything that
// prints: content, tables, headers and footers (functions are wrapped), continuation headers, the
// 目录. Characters no font of the chain draws are collected: the export refuses them (glyph-check).
// Charts (SVG) and the watermark are drawn in one font by pdfmake: their characters are only checked.
import { FONT_FAMILY, type ReportDefinition } from '../../../../core/report/types'
import type { FallbackFont, FontSource, ResolvedFonts } from './fonts'
import { sourceCoverage, type Coverage } from './glyph-coverage'

type Node = Record<string, unknown>
type Fragment = string | Node

interface RunContext {
  font: string
  bold: boolean
}

/** Keys whose value is content (a node, a string, or a list of them). */
const CONTAINERS = ['content', 'stack', 'columns', 'section', 'ul', 'ol', 'layers'] as const
/** Keys whose value may also be a function of the page (pdfmake calls it while laying out). */
const PAGE_PARTS = ['header', 'footer', 'background', 'continuationHeader'] as const

const BLANK = /^[ \t\n\r]$/

/** Zero-width joiner, variation selectors, combining keycap, skin tones, tag characters: they shape with the character before. */
const isExtender = (cp: number) =>
  cp === 0x200d || (cp >= 0xfe00 && cp <= 0xfe0f) || cp === 0x20e3 || (cp >= 0x1f3fb && cp <= 0x1f3ff) || (cp >= 0xe0020 && cp <= 0xe007f)

const isNode = (v: unknown): v is Node => v !== null && typeof v === 'object' && !Array.isArray(v)

/** `out` (or a copy of `n` when there is none yet) with `key` set, when `value` differs from n's. */
function withValue(n: Node, out: Node | undefined, key: string, value: unknown): Node | undefined {
  if (value === n[key]) return out
  const copy = out ?? { ...n }
  copy[key] = value
  return copy
}

/** `list` itself when `f` changes no element, else the new list. */
function sameOrNew(list: readonly unknown[], f: (v: unknown) => unknown): unknown[] {
  let out: unknown[] | undefined
  list.forEach((v, i) => {
    const w = f(v)
    if (w !== v) (out ??= list.slice())[i] = w
  })
  return out ?? (list as unknown[])
}

export interface FontRuns {
  /** The definition (or any content) with fallback fragments; the input is not changed. */
  apply<T>(value: T): T
  /** Code points no font of their run's chain draws: they would print as boxes. */
  readonly uncovered: ReadonlySet<number>
}

export function fontRuns(fonts: Pick<ResolvedFonts, 'families' | 'fallbacks'>, styles: Readonly<Record<string, unknown>> = {}): FontRuns {
  const uncovered = new Set<number>()
  const fallbackCoverage: (Coverage | undefined)[] = []
  const fallbackHas = (i: number, cp: number) => (fallbackCoverage[i] ??= sourceCoverage((fonts.fallbacks[i] as FallbackFont).source)).has(cp)
  // By family, then [normal, bold], each read when first asked for: looked up for every text.
  const faceCoverage = new Map<string, Array<Coverage | undefined>>()
  const face = (ctx: RunContext): Coverage | undefined => {
    const family = fonts.families[ctx.font]
    if (!family) return undefined
    let faces = faceCoverage.get(ctx.font)
    if (!faces) faceCoverage.set(ctx.font, (faces = []))
    const i = ctx.bold ? 1 : 0
    return (faces[i] ??= sourceCoverage((ctx.bold ? family.bold : family.normal) as FontSource))
  }
  // Per code point (and the emoji modifier after it): the first fallback drawing both, or null.
  const fallbackFor = new Map<string, string | null>()
  const fallback = (cp: number, modifier?: number): string | null => {
    const key = modifier === undefined ? `${cp}` : `${cp}+${modifier}`
    let hit = fallbackFor.get(key)
    if (hit === undefined) {
      let i = modifier === undefined ? -1 : fonts.fallbacks.findIndex((_, n) => fallbackHas(n, cp) && fallbackHas(n, modifier))
      if (i < 0) i = fonts.fallbacks.findIndex((_, n) => fallbackHas(n, cp))
      hit = i < 0 ? null : (fonts.fallbacks[i] as FallbackFont).family
      fallbackFor.set(key, hit)
    }
    return hit
  }
  const familyHas = (family: string, cp: number) => fallbackHas(fonts.fallbacks.findIndex((f) => f.family === family), cp)

  /** '' = the run's own font; a family name = that fallback. `prev`: the font of the run before. */
  const fontOf = (cp: number, next: number | undefined, own: Coverage, prev: string | undefined): string => {
    if (own.has(cp)) return ''
    // A joiner, variation selector or skin tone stays in the emoji run it belongs to.
    if (prev && isExtender(cp) && familyHas(prev, cp)) return prev
    const f = fallback(cp, next !== undefined && isExtender(next) ? next : undefined)
    if (f !== null) return f
    uncovered.add(cp)
    return ''
  }

  /** Index of the first character the font lacks (blanks aside), or -1: most text has none. */
  const firstMissing = (text: string, own: Coverage): number => {
    for (let i = 0; i < text.length; i++) {
      const c = text.charCodeAt(i)
      if (c === 0x20 || c === 0x0a || c === 0x0d || c === 0x09) continue
      if (c >= 0xd800 && c <= 0xdbff) {
        if (!own.has(text.codePointAt(i) as number)) return i
        i++
      } else if (!own.has(c)) return i
    }
    return -1
  }

  const split = (text: string, ctx: RunContext): string | Fragment[] => {
    const own = face(ctx)
    if (own === undefined || firstMissing(text, own) < 0) return text
    const runs: { font: string; text: string }[] = []
    const chars = [...text]
    chars.forEach((ch, i) => {
      const last = runs[runs.length - 1]
      const font = BLANK.test(ch) ? '' : fontOf(ch.codePointAt(0) as number, chars[i + 1]?.codePointAt(0), own, last?.font)
      if (last && last.font === font) last.text += ch
      else runs.push({ font, text: ch })
    })
    if (runs.every((r) => r.font === '')) return text
    return runs.map((r) => (r.font === '' ? r.text : { text: r.text, font: r.font }))
  }

  /** Characters drawn in the context's font alone (charts, watermark): only recorded. */
  const check = (text: string, ctx: RunContext) => {
    const own = face(ctx)
    if (own === undefined || firstMissing(text, own) < 0) return
    for (const ch of text) if (!BLANK.test(ch) && !own.has(ch.codePointAt(0) as number)) uncovered.add(ch.codePointAt(0) as number)
  }

  const contextOf = (node: Node, parent: RunContext): RunContext => {
    let { font, bold } = parent
    if (node.style !== undefined) {
      for (const n of Array.isArray(node.style) ? node.style : [node.style]) {
        const style = typeof n === 'string' ? styles[n] : n
        if (!isNode(style)) continue
        if (typeof style.font === 'string') font = style.font
        if (typeof style.bold === 'boolean') bold = style.bold
      }
    }
    if (typeof node.font === 'string') font = node.font
    if (typeof node.bold === 'boolean') bold = node.bold
    // Most nodes say what their parent says: the parent's context is kept, not copied.
    return font === parent.font && bold === parent.bold ? parent : { font, bold }
  }

  const inline = (text: unknown, ctx: RunContext): unknown => {
    if (typeof text === 'string') return split(text, ctx)
    if (!Array.isArray(text)) return content(text, ctx)
    const parts = text.flatMap((t: unknown) => {
      if (typeof t !== 'string') return [content(t, ctx)]
      const runs = split(t, ctx)
      return typeof runs === 'string' ? [runs] : runs
    })
    return parts.length === text.length && parts.every((p, i) => p === text[i]) ? text : parts
  }

  const part = (value: unknown, ctx: RunContext): unknown =>
    typeof value === 'function' ? (...args: unknown[]) => content((value as (...a: unknown[]) => unknown)(...args), ctx) : content(value, ctx)

  // Only what changes is copied: most nodes need no fallback and are passed on as they are.
  function node(n: Node, parent: RunContext): Node {
    const ctx = contextOf(n, parent)
    let out: Node | undefined
    if ('text' in n) {
      const text = inline(n.text, ctx)
      out = withValue(n, out, 'text', text)
      // A bookmark shows the plain text: a split heading keeps it as outlineText.
      if (text !== n.text && n.outline && typeof n.text === 'string' && n.outlineText === undefined) out = withValue(n, out, 'outlineText', n.text)
    }
    for (const k of CONTAINERS) if (k in n) out = withValue(n, out, k, content(n[k], ctx))
    for (const k of PAGE_PARTS) if (k in n) out = withValue(n, out, k, part(n[k], ctx))
    if (isNode(n.table) && Array.isArray(n.table.body)) {
      const body = sameOrNew(n.table.body, (row) => (Array.isArray(row) ? sameOrNew(row, (cell) => content(cell, ctx)) : row))
      if (body !== n.table.body) out = withValue(n, out, 'table', { ...n.table, body })
    }
    if (isNode(n.toc) && 'title' in n.toc) {
      const title = content(n.toc.title, ctx)
      if (title !== n.toc.title) out = withValue(n, out, 'toc', { ...n.toc, title })
    }
    if (typeof n.svg === 'string') check(n.svg, ctx)
    if (typeof n.watermark === 'string') check(n.watermark, ctx)
    else if (isNode(n.watermark) && typeof n.watermark.text === 'string') check(n.watermark.text, contextOf(n.watermark, ctx))
    return out ?? n
  }

  function content(value: unknown, ctx: RunContext): unknown {
    if (typeof value === 'string') {
      const parts = split(value, ctx)
      return typeof parts === 'string' ? parts : { text: parts }
    }
    if (Array.isArray(value)) return sameOrNew(value, (v) => content(v, ctx))
    return isNode(value) ? node(value, ctx) : value
  }

  const root: RunContext = { font: FONT_FAMILY.body, bold: false }
  return {
    apply<T>(value: T): T {
      if (!isNode(value)) return content(value, root) as T
      const start = isNode(value.defaultStyle) ? contextOf(value.defaultStyle, root) : root
      return node(value, start) as T
    },
    uncovered,
  }
}

/** A definition's styles (pdfmake's `styles`), for fontRuns. */
export function stylesOf(docDefinition: unknown): Record<string, unknown> {
  return isNode(docDefinition) && isNode(docDefinition.styles) ? docDefinition.styles : {}
}

/** The code points of the report that no font of their chain draws (the running footer included). */
export function unprintableCodePoints(def: ReportDefinition, fonts: Pick<ResolvedFonts, 'families' | 'fallbacks'>): ReadonlySet<number> {
  const runs = fontRuns(fonts, stylesOf(def.docDefinition))
  runs.apply(def.docDefinition)
  runs.apply({ text: def.footer.template, font: def.footer.font })
  return runs.uncovered
}
