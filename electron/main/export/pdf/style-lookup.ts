// pdfmake asks its style stack for some twenty properties of every inline it measures. Most are
// answered at the leaf (inline-styles), but the ones whose value is "none" (decoration, link,
// background, font features …) walk the whole stack of the node's ancestors every time, and each
// walk allocates a closure, pushes and pops the inline and makes a Set per named style it reads.
// On a large department that is a tenth of the export. The two lookups are replaced by versions
// that answer the same values without allocating: the same order (the inline, its named styles,
// the stack from the top, the default style) and the same `extends` rules with their cycle guard.
import { createRequire } from 'node:module'

type Style = Record<string, unknown> & { extends?: string | string[] }
type Override = string | Record<string, unknown>

interface Stack {
  styleDictionary: Record<string, Style | undefined>
  defaultStyle?: Record<string, unknown>
  styleOverrides: Override[]
  getProperty(property: string): unknown
}

interface StackClass {
  prototype: Stack & { __fastLookup?: true }
  getStyleProperty(item: unknown, stack: Stack | undefined, property: string, defaultValue: unknown): unknown
}

/** pdfmake's isValue: null and undefined mean "not set here". */
const isValue = (v: unknown) => v !== undefined && v !== null

/** A property of a named style, through its `extends` chain (each style visited once). */
export function namedStyleValue(dictionary: Stack['styleDictionary'], name: string, property: string, visited?: Set<string>): unknown {
  if (visited?.has(name)) return undefined
  const style = dictionary[name]
  if (!style) return undefined
  const own = style[property]
  if (isValue(own)) return own
  if (!style.extends) return undefined
  const seen = visited ?? new Set<string>()
  seen.add(name)
  const parents = Array.isArray(style.extends) ? style.extends : [style.extends]
  for (let i = parents.length - 1; i >= 0; i--) {
    const value = namedStyleValue(dictionary, parents[i] as string, property, seen)
    if (isValue(value)) return value
  }
  return undefined
}

/** The stack's value of a property: its overrides from the top, then the default style. */
export function stackValue(stack: Stack, property: string): unknown {
  const overrides = stack.styleOverrides
  for (let i = overrides.length - 1; i >= 0; i--) {
    const item = overrides[i] as Override
    if (typeof item === 'string' || item instanceof String) {
      const value = namedStyleValue(stack.styleDictionary, String(item), property)
      if (isValue(value)) return value
    } else if (isValue(item[property])) return item[property]
  }
  return stack.defaultStyle && stack.defaultStyle[property]
}

/** `getStyleProperty(item, stack, property, default)`: the item, its named styles, then the stack. */
export function styleProperty(item: unknown, stack: Stack | undefined, property: string, defaultValue: unknown): unknown {
  const node = item as Record<string, unknown>
  const own = node[property]
  if (isValue(own)) return own
  if (!stack) return defaultValue
  // pdfmake pushes the item's named styles and the item itself (not a string, not a section).
  if (typeof item !== 'string' && !(item instanceof String) && typeof node.section === 'undefined' && node.style) {
    const names = Array.isArray(node.style) ? (node.style as unknown[]) : [node.style]
    for (let i = names.length - 1; i >= 0; i--) {
      const name = names[i]
      const value = typeof name === 'string' || name instanceof String ? namedStyleValue(stack.styleDictionary, String(name), property) : (name as Record<string, unknown>)[property]
      if (isValue(value)) return value
    }
  }
  const value = stackValue(stack, property)
  return isValue(value) ? value : defaultValue
}

/** Makes pdfmake's style stack answer lookups without allocating (once per process). */
export function fastStyleLookups(): void {
  const stackClass = (createRequire(import.meta.url)('pdfmake/js/StyleContextStack') as { default: StackClass }).default
  if (stackClass.prototype.__fastLookup) return
  stackClass.getStyleProperty = styleProperty
  stackClass.prototype.getProperty = function (this: Stack, property: string) {
    return stackValue(this, property)
  }
  stackClass.prototype.__fastLookup = true
}
