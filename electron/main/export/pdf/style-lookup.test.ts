// The allocation-free style lookups answer what pdfmake's own would, for every item, stack and
// property: named styles with `extends` (and a cycle), objects in `style`, sections, defaults.
import { createRequire } from 'node:module'
import { describe, expect, it } from 'vitest'
import { stackValue, styleProperty } from './style-lookup'

interface Stack {
  push(o: unknown): void
  getProperty(p: string): unknown
  styleOverrides: unknown[]
}
interface StackClass {
  new (dictionary: Record<string, unknown>, defaultStyle?: Record<string, unknown>): Stack
  getStyleProperty(item: unknown, stack: Stack | undefined, property: string, defaultValue: unknown): unknown
}

const StackClass = (createRequire(import.meta.url)('pdfmake/js/StyleContextStack') as { default: StackClass }).default
// pdfmake's own, kept before any export in this process patches the class.
const originalGetStyleProperty = StackClass.getStyleProperty
const originalGetProperty = StackClass.prototype.getProperty

const DICTIONARY = {
  body: { fontSize: 12, font: 'Body', color: null },
  heading: { extends: 'body', bold: true, fontSize: 16 },
  caption: { extends: ['heading', 'muted'], italics: true },
  muted: { color: '#555555', decoration: undefined },
  loopA: { extends: 'loopB', opacity: 0.5 },
  loopB: { extends: 'loopA' },
  link: { linkToDestination: 'toc', decoration: 'underline' },
}
const PROPERTIES = ['font', 'fontSize', 'bold', 'italics', 'color', 'decoration', 'opacity', 'linkToDestination', 'lineHeight', 'extends', 'noWrap']
const ITEMS: unknown[] = [
  {},
  'plain text',
  { text: 'x', fontSize: 9 },
  { text: 'x', style: 'caption' },
  { text: 'x', style: ['link', 'muted'], color: null },
  { text: 'x', style: [{ color: 'red' }, 'heading'] },
  { text: 'x', style: 'loopA' },
  { text: 'x', style: 'missing' },
  { section: [], style: 'heading' },
]
const STACKS: unknown[][] = [[], ['body'], ['body', { color: 'blue', lineHeight: 1.2 }, 'caption'], ['loopB', { noWrap: true }, 'link'], [{ bold: null }, 'muted']]

function stack(overrides: unknown[], defaultStyle?: Record<string, unknown>): Stack {
  const s = new StackClass(DICTIONARY, defaultStyle)
  for (const o of overrides) s.push(o)
  return s
}

describe('style lookups', () => {
  it('answer what pdfmake answers for every item, stack, property and default', () => {
    let compared = 0
    for (const overrides of STACKS) {
      for (const defaultStyle of [undefined, { font: 'Default', lineHeight: 1.5 }]) {
        for (const item of ITEMS) {
          for (const property of PROPERTIES) {
            const expected = originalGetStyleProperty.call(StackClass, item, stack(overrides, defaultStyle), property, 'fallback')
            expect(styleProperty(item, stack(overrides, defaultStyle) as never, property, 'fallback'), `${JSON.stringify(item)} ${JSON.stringify(overrides)} ${property}`).toEqual(expected)
            compared++
          }
        }
        for (const property of PROPERTIES) {
          const s = stack(overrides, defaultStyle)
          expect(stackValue(s as never, property)).toEqual(originalGetProperty.call(s, property))
        }
      }
    }
    expect(compared).toBe(STACKS.length * 2 * ITEMS.length * PROPERTIES.length)
  })

  it('leave the stack as it was', () => {
    const s = stack(['body', { color: 'blue' }])
    const before = [...s.styleOverrides]
    styleProperty({ text: 'x', style: ['caption', 'link'] }, s as never, 'decoration', null)
    expect(s.styleOverrides).toEqual(before)
  })

  it('answer the default without a stack', () => {
    expect(styleProperty({ text: 'x' }, undefined, 'fontSize', 12)).toBe(12)
    expect(styleProperty({ text: 'x', fontSize: 8 }, undefined, 'fontSize', 12)).toBe(8)
  })
})
