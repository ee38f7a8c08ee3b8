// Free text typed by the officer → paragraph nodes: one per non-empty line, first line indented
// two characters (公文). Lines are printed as typed; wrapping is left to the layout (spec §9.7).
import type { PdfNode } from './types'

export function splitParagraphs(text: string): string[] {
  return text
    .split(/\r?\n/)
    .map((l) => l.trim())
    .filter((l) => l !== '')
}

export function paragraphNodes(text: string, style = 'paragraph'): PdfNode[] {
  return splitParagraphs(text).map((t) => ({ text: t, style }))
}
