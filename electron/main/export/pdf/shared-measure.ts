// pdfmake measures a text by breaking it into pieces (in Chinese, a piece per character) and asking
// its style stack, for every piece, some twenty properties: font, size, colour, decoration, link …
// A piece cut from a plain string has no style of its own, so every piece of one text gets the same
// answers. Here they are asked once per text and given to each such piece; a piece with a style of
// its own (a run of a rich text) is asked as before. Each piece still gets its own width and cuts.
// The inlines are those pdfmake makes, property for property (test: shared-measure).
import { createRequire } from 'node:module'

type Item = Record<string, unknown> & { text: string }
type Lookup = (item: unknown, stack: unknown, property: string, defaultValue: unknown) => unknown

interface Font {
  lineHeight(fontSize: number): number
}

interface TextInlinesLike {
  pdfDocument: { provideFont(font: unknown, bold: unknown, italics: unknown): Font }
  widthOfText(text: string, inline: Item): number
  measure(array: Item[], stack: unknown): Item[]
}

interface TextInlinesClass {
  prototype: TextInlinesLike & { __sharedMeasure?: true }
}

/** Keys a piece cut from a string may carry that no style lookup reads. */
const UNSTYLED_KEYS = new Set(['text', 'lineEnd', 'noNewLine', 'leadingCut', 'leadingIndent'])

/** The inherited properties pdfmake writes onto each piece, in its order, with its defaults. */
const PROPERTIES: readonly (readonly [string, unknown])[] = [
  ['alignment', 'left'],
  ['fontSize', 12],
  ['fontFeatures', null],
  ['characterSpacing', 0],
  ['color', 'black'],
  ['decoration', null],
  ['decorationColor', null],
  ['decorationStyle', null],
  ['decorationThickness', null],
  ['background', null],
  ['link', null],
  ['linkToPage', null],
  ['linkToDestination', null],
  ['noWrap', null],
  ['opacity', 1],
  ['sup', false],
  ['sub', false],
]

interface PieceStyle {
  /** The properties in pdfmake's order: font first, then PROPERTIES (font size already reduced for sup/sub). */
  values: [string, unknown][]
  font: Font
  fontSize: number
  lineHeight: number
  preserveLeadingSpaces: unknown
  preserveTrailingSpaces: unknown
}

const LEADING = /^(\s)+/g
const TRAILING = /(\s)+$/g

function isUnstyled(item: Item): boolean {
  for (const key in item) if (!UNSTYLED_KEYS.has(key)) return false
  return true
}

export function sharedMeasure(): void {
  const load = createRequire(import.meta.url)
  const textInlines = (load('pdfmake/js/TextInlines') as { default: TextInlinesClass }).default
  const stackClass = (load('pdfmake/js/StyleContextStack') as { default: { getStyleProperty: Lookup } }).default
  const proto = textInlines.prototype
  if (proto.__sharedMeasure) return

  function styleOf(self: TextInlinesLike, item: Item, stack: unknown): PieceStyle {
    // Looked up when called: fastStyleLookups may have replaced pdfmake's lookup.
    const get = (property: string, defaultValue: unknown) => stackClass.getStyleProperty(item, stack, property, defaultValue)
    const font = self.pdfDocument.provideFont(get('font', 'Roboto'), get('bold', false), get('italics', false))
    const values: [string, unknown][] = [['font', font]]
    for (const [property, defaultValue] of PROPERTIES) values.push([property, get(property, defaultValue)])
    const sized = values.find(([k]) => k === 'fontSize') as [string, number]
    const raised = values.some(([k, v]) => (k === 'sup' || k === 'sub') && v)
    // Font size reduction as pdfmake takes it (Wikipedia: Subscript and superscript, desktop publishing).
    if (raised) sized[1] *= 0.58
    return {
      values,
      font,
      fontSize: sized[1],
      lineHeight: get('lineHeight', 1) as number,
      preserveLeadingSpaces: get('preserveLeadingSpaces', false),
      preserveTrailingSpaces: get('preserveTrailingSpaces', false),
    }
  }

  proto.measure = function (this: TextInlinesLike, array: Item[], stack: unknown): Item[] {
    const first = array[0]
    if (first) {
      const leadingIndent = stackClass.getStyleProperty(first, stack, 'leadingIndent', 0) as number
      if (leadingIndent) {
        first.leadingCut = -leadingIndent
        first.leadingIndent = leadingIndent
      }
    }
    let shared: PieceStyle | undefined
    for (const item of array) {
      const style = isUnstyled(item) ? (shared ??= styleOf(this, item, stack)) : styleOf(this, item, stack)
      for (const [key, value] of style.values) item[key] = value
      item.width = this.widthOfText(item.text, item)
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
