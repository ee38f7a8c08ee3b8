// pdfmake measures a text by breaking it into pieces (in Chinese, a piece per character) and asking
// its style stack, for every piece, some twenty properties: font, size, colour, decoration, link …
// A piece cut from a plain string has no style of its own, so every piece of one text gets the same
// answers. Here they are asked once per text and given to each such piece; a piece with a style of
// its own (a run of a rich text) is asked as before. Each piece still gets its own width and cuts.
// The inlines are those pdfmake makes, property for property (test: shared-measure).
import { createRequire } from 'node:module'
import { COMPLETE_STYLE } from './inline-styles'

type Item = Record<string, unknown> & { text: string }
type Lookup = (item: unknown, stack: unknown, property: string, defaultValue: unknown) => unknown

/** pdfmake's style stack: what it holds, the top last. */
interface Stack {
  styleOverrides: unknown[]
}

interface Font {
  lineHeight(fontSize: number): number
}

interface TextInlinesLike {
  pdfDocument: { provideFont(font: unknown, bold: unknown, italics: unknown): Font }
  widthOfText(text: string, inline: Item): number
  measure(array: Item[], stack: Stack): Item[]
}

interface TextInlinesClass {
  prototype: TextInlinesLike & { __sharedMeasure?: true }
}

/**
 * The key of a piece's width set before layout (wrap-cells), on the piece or, for a text of one
 * piece, on its node: a line given as one piece keeps the width pdfmake added up from the pieces it
 * would have cut it into, which the width of the line as one string may miss by a kerning pair
 * across two pieces.
 */
export const PRESET_WIDTH = '_presetWidth'

/** Keys a piece cut from a string may carry that no style lookup reads. */
const UNSTYLED_KEYS = new Set(['text', 'lineEnd', 'noNewLine', 'leadingCut', 'leadingIndent'])

/** What pdfmake writes onto each piece from its style stack, font size already reduced for sup/sub. */
interface PieceStyle {
  font: Font
  alignment: unknown
  fontSize: number
  fontFeatures: unknown
  characterSpacing: unknown
  color: unknown
  decoration: unknown
  decorationColor: unknown
  decorationStyle: unknown
  decorationThickness: unknown
  background: unknown
  link: unknown
  linkToPage: unknown
  linkToDestination: unknown
  noWrap: unknown
  opacity: unknown
  sup: unknown
  sub: unknown
  lineHeight: number
  preserveLeadingSpaces: unknown
  preserveTrailingSpaces: unknown
}

/** The blanks pdfmake cuts from the start and the end of a piece (TextInlines). */
export const LEADING = /^(\s)+/g
export const TRAILING = /(\s)+$/g

function isUnstyled(item: Item): boolean {
  for (const key in item) if (!UNSTYLED_KEYS.has(key)) return false
  return true
}

/**
 * Writes the style onto the piece as pdfmake does: the same properties, in the same order, each by
 * name (a piece keeps the fast object layout pdfmake's own writes give it).
 */
function styled(item: Item, s: PieceStyle): void {
  item.font = s.font
  item.alignment = s.alignment
  item.fontSize = s.fontSize
  item.fontFeatures = s.fontFeatures
  item.characterSpacing = s.characterSpacing
  item.color = s.color
  item.decoration = s.decoration
  item.decorationColor = s.decorationColor
  item.decorationStyle = s.decorationStyle
  item.decorationThickness = s.decorationThickness
  item.background = s.background
  item.link = s.link
  item.linkToPage = s.linkToPage
  item.linkToDestination = s.linkToDestination
  item.noWrap = s.noWrap
  item.opacity = s.opacity
  item.sup = s.sup
  item.sub = s.sub
}

export function sharedMeasure(): void {
  const load = createRequire(import.meta.url)
  const textInlines = (load('pdfmake/js/TextInlines') as { default: TextInlinesClass }).default
  const stackClass = (load('pdfmake/js/StyleContextStack') as { default: { getStyleProperty: Lookup } }).default
  const proto = textInlines.prototype
  if (proto.__sharedMeasure) return

  function styleOf(self: TextInlinesLike, item: Item, stack: Stack, leaf: unknown): PieceStyle {
    // The text's own node is the top of the stack (pdfmake's measureLeaf pushes it). When
    // inline-styles gave it every inherited value and the piece names no style, a property is the
    // piece's own, else the node's, else the default; otherwise the stack is asked (looked up when
    // called: fastStyleLookups may have replaced pdfmake's lookup).
    const complete = typeof leaf === 'object' && leaf !== null && (leaf as Record<symbol, unknown>)[COMPLETE_STYLE] === true && item.style === undefined
    const get = complete
      ? (property: string, defaultValue: unknown) => {
          const own = item[property]
          if (own !== undefined && own !== null) return own
          const value = (leaf as Record<string, unknown>)[property]
          return value !== undefined && value !== null ? value : defaultValue
        }
      : (property: string, defaultValue: unknown) => stackClass.getStyleProperty(item, stack, property, defaultValue)
    const font = self.pdfDocument.provideFont(get('font', 'Roboto'), get('bold', false), get('italics', false))
    const style: PieceStyle = {
      font,
      alignment: get('alignment', 'left'),
      fontSize: get('fontSize', 12) as number,
      fontFeatures: get('fontFeatures', null),
      characterSpacing: get('characterSpacing', 0),
      color: get('color', 'black'),
      decoration: get('decoration', null),
      decorationColor: get('decorationColor', null),
      decorationStyle: get('decorationStyle', null),
      decorationThickness: get('decorationThickness', null),
      background: get('background', null),
      link: get('link', null),
      linkToPage: get('linkToPage', null),
      linkToDestination: get('linkToDestination', null),
      noWrap: get('noWrap', null),
      opacity: get('opacity', 1),
      sup: get('sup', false),
      sub: get('sub', false),
      lineHeight: 1,
      preserveLeadingSpaces: false,
      preserveTrailingSpaces: false,
    }
    // Font size reduction as pdfmake takes it (Wikipedia: Subscript and superscript, desktop publishing).
    if (style.sup || style.sub) style.fontSize *= 0.58
    style.lineHeight = get('lineHeight', 1) as number
    style.preserveLeadingSpaces = get('preserveLeadingSpaces', false)
    style.preserveTrailingSpaces = get('preserveTrailingSpaces', false)
    return style
  }

  proto.measure = function (this: TextInlinesLike, array: Item[], stack: Stack): Item[] {
    const first = array[0]
    if (first) {
      const leadingIndent = stackClass.getStyleProperty(first, stack, 'leadingIndent', 0) as number
      if (leadingIndent) {
        first.leadingCut = -leadingIndent
        first.leadingIndent = leadingIndent
      }
    }
    let shared: PieceStyle | undefined
    // The text's own node is the top of the stack (pdfmake's measureLeaf pushes it). A text set on
    // one line as one piece carries its width on that node (wrap-cells).
    const leaf = stack.styleOverrides[stack.styleOverrides.length - 1] as Record<string, unknown> | undefined
    const leafPreset = array.length === 1 && typeof leaf === 'object' && leaf !== null && isUnstyled(array[0] as Item) ? leaf[PRESET_WIDTH] : undefined
    for (const item of array) {
      const style = isUnstyled(item) ? (shared ??= styleOf(this, item, stack, leaf)) : styleOf(this, item, stack, leaf)
      styled(item, style)
      const preset = item[PRESET_WIDTH] ?? leafPreset
      item.width = typeof preset === 'number' ? preset : this.widthOfText(item.text, item)
      item.height = style.font.lineHeight(style.fontSize) * style.lineHeight
      if (!item.leadingCut) item.leadingCut = 0
      if (!style.preserveLeadingSpaces) {
        const leadingSpaces = item.text.match(LEADING)
        if (leadingSpaces) (item.leadingCut as number) += this.widthOfText(leadingSpaces[0], item)
      }
      item.trailingCut = 0
      if (!style.preserveTrailingSpaces) {
        const trailingSpaces = item.text.match(TRAILING)
        if (trailingSpaces) item.trailingCut = this.widthOfText(trailingSpaces[0], item)
      }
    }
    return array
  }
  proto.__sharedMeasure = true
}
