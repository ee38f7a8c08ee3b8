// pdfmake looks up some twenty text properties (font, size, bold, line height, colour, …) for every
// inline it measures, walking the stack of the node's ancestors and, for each named style on it,
// the style dictionary. A Chinese line is one inline per character, so a large department makes
// tens of millions of such walks. Before layout the named styles are written into the nodes that
// name them, and every text leaf gets the values it would inherit: the lookups then end at the
// leaf. What pdfmake draws is the same: each value is the one its own lookup would have found.
// Styles pdfmake treats specially (`extends`, single-side margins) are left to pdfmake.

type Node = Record<string, unknown>

const isNode = (v: unknown): v is Node => v !== null && typeof v === 'object' && !Array.isArray(v)
/** pdfmake's isValue: null and undefined mean "not set here". */
const isValue = (v: unknown) => v !== undefined && v !== null

/** The properties pdfmake's text measuring looks up through the style stack. */
const INHERITED = [
  'font',
  'bold',
  'italics',
  'alignment',
  'fontSize',
  'fontFeatures',
  'characterSpacing',
  'color',
  'decoration',
  'decorationColor',
  'decorationStyle',
  'decorationThickness',
  'background',
  'link',
  'linkToPage',
  'linkToDestination',
  'noWrap',
  'opacity',
  'sup',
  'sub',
  'lineHeight',
  'preserveLeadingSpaces',
  'preserveTrailingSpaces',
  'wordBreak',
  'leadingIndent',
] as const

/** pdfmake's default where every one of its lookups of the property uses the same one. */
const DEFAULTS: Partial<Record<(typeof INHERITED)[number], unknown>> = {
  bold: false,
  italics: false,
  characterSpacing: 0,
  noWrap: false,
  opacity: 1,
  sup: false,
  sub: false,
  lineHeight: 1,
  preserveLeadingSpaces: false,
  preserveTrailingSpaces: false,
  wordBreak: 'normal',
}

/** Keys of child content that pdfmake measures inside the node's style context. */
const CHILDREN = ['section', 'columns', 'stack', 'ul', 'ol', 'layers'] as const

const hasChildren = (n: Node): boolean => {
  for (const k of CHILDREN) if (k in n) return true
  return false
}

const SINGLE_MARGINS = ['marginLeft', 'marginTop', 'marginRight', 'marginBottom'] as const

type Context = Readonly<Record<string, unknown>>

/**
 * Set on a text leaf that carries every inherited property any of its ancestors, its styles or the
 * default style give it: a property it lacks is pdfmake's default (shared-measure reads it so). A
 * symbol: pdfmake's copies and structuredClone leave it out, so a copied leaf is looked up as before.
 */
export const COMPLETE_STYLE = Symbol('completeStyle')

/**
 * Writes the definition's named styles into the nodes and the inherited text properties into the
 * text leaves, in place (give it a copy pdfmake may change anyway). Returns the definition.
 */
export function inlineStyles<T>(docDefinition: T): T {
  if (!isNode(docDefinition)) return docDefinition
  const styles = isNode(docDefinition.styles) ? docDefinition.styles : {}
  // Only plain styles are written in; a name pdfmake resolves in its own way stays a name.
  const plainStyle = (name: unknown): Node | undefined => {
    if (typeof name !== 'string') return undefined
    const style = styles[name]
    if (!isNode(style) || 'extends' in style || SINGLE_MARGINS.some((k) => k in style)) return undefined
    return style
  }

  const base: Record<string, unknown> = {}
  if (isNode(docDefinition.defaultStyle)) for (const k of INHERITED) if (isValue(docDefinition.defaultStyle[k])) base[k] = docDefinition.defaultStyle[k]

  /** Replaces the node's style names by their properties (the node's own win); false when a name must stay. */
  const writeStyle = (n: Node): boolean => {
    if (n.style === undefined) return true
    const names = Array.isArray(n.style) ? n.style : [n.style]
    const merged: Node = {}
    for (const name of names) {
      const style = plainStyle(name)
      if (!style) return false
      for (const [k, v] of Object.entries(style)) if (isValue(v)) merged[k] = v
    }
    // pdfmake applies a node's single-side margins over its style's margin: keep that to pdfmake.
    if ('margin' in merged && SINGLE_MARGINS.some((k) => k in n)) return false
    for (const [k, v] of Object.entries(merged)) if (!isValue(n[k])) n[k] = v
    delete n.style
    return true
  }

  const contextOf = (n: Node, parent: Context): Context => {
    let ctx: Record<string, unknown> | undefined
    for (const k of INHERITED) {
      const v = n[k]
      if (isValue(v) && v !== parent[k]) (ctx ??= { ...parent })[k] = v
    }
    return ctx ?? parent
  }

  // What a text leaf in a context gets, in INHERITED's order: the context's value, else the default.
  const fills = new WeakMap<Context, Array<[string, unknown]>>()
  const fillOf = (ctx: Context): Array<[string, unknown]> => {
    let fill = fills.get(ctx)
    if (!fill) {
      fill = []
      for (const k of INHERITED) {
        const v = isValue(ctx[k]) ? ctx[k] : DEFAULTS[k]
        if (v !== undefined) fill.push([k, v])
      }
      fills.set(ctx, fill)
    }
    return fill
  }

  const content = (value: unknown, parent: Context): void => {
    if (Array.isArray(value)) for (const v of value) content(v, parent)
    else if (isNode(value)) node(value, parent)
  }

  function node(n: Node, parent: Context): void {
    // A node whose style stays a name: its subtree keeps pdfmake's own lookups.
    if (!writeStyle(n)) return
    if (Array.isArray(n.text)) for (const part of n.text) if (isNode(part)) writeStyle(part)
    const container = hasChildren(n) || n.table !== undefined
    // Only what holds other nodes needs its own context; a text leaf is filled from its parent's.
    if (container || isNode(n.toc)) {
      const ctx = contextOf(n, parent)
      for (const k of CHILDREN) if (k in n) content(n[k], ctx)
      if (isNode(n.table) && Array.isArray(n.table.body)) for (const row of n.table.body) content(row, ctx)
      if (isNode(n.toc) && isNode(n.toc.title)) node(n.toc.title, ctx)
    }
    if (n.text !== undefined && !container) {
      // Where the leaf has no value of its own, its context's is its parent's (shared by siblings).
      for (const [k, v] of fillOf(parent)) if (!isValue(n[k])) n[k] = v
      ;(n as Record<symbol, unknown>)[COMPLETE_STYLE] = true
    }
  }

  content(docDefinition.content, base)
  if (isNode(docDefinition.continuationHeader)) node(docDefinition.continuationHeader, base)
  if (Array.isArray(docDefinition.content)) {
    for (const section of docDefinition.content) if (isNode(section) && isNode(section.continuationHeader)) node(section.continuationHeader, base)
  }
  return docDefinition
}
