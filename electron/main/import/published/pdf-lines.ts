// The text layer of a published PDF as lines the core reader understands: items on one baseline
// form a line, a horizontal gap between items becomes a tab (a cell boundary), pages are separated
// by form feeds. PDF.js comes from `unpdf` (pure JavaScript, as the export audit uses it).
import { getDocumentProxy } from 'unpdf'

interface Item {
  str: string
  x: number
  y: number
  width: number
  height: number
}

/** Items whose baselines differ by less than this (pt) are one line. */
const SAME_LINE = 2
/** A gap wider than this (pt) between two items is a cell boundary. */
const CELL_GAP = 1.5

export function pageLines(items: readonly Item[]): string[] {
  const visible = items.filter((i) => i.str.trim() !== '')
  const lines: { y: number; items: Item[] }[] = []
  for (const it of [...visible].sort((a, b) => b.y - a.y)) {
    const line = lines.find((l) => Math.abs(l.y - it.y) <= SAME_LINE)
    if (line) line.items.push(it)
    else lines.push({ y: it.y, items: [it] })
  }
  return lines.map((l) => {
    let text = ''
    let end: number | undefined
    for (const it of l.items.sort((a, b) => a.x - b.x)) {
      if (end !== undefined && it.x - end > CELL_GAP) text += '\t'
      text += it.str
      end = it.x + it.width
    }
    return text
  })
}

export interface PdfText {
  text: string
  pageCount: number
}

export class PdfReadError extends Error {
  constructor(
    message: string,
    readonly kind: 'password' | 'damaged' | 'too-many-pages',
  ) {
    super(message)
  }
}

export async function pdfText(bytes: Uint8Array, maxPages: number): Promise<PdfText> {
  let pdf: Awaited<ReturnType<typeof getDocumentProxy>>
  try {
    pdf = await getDocumentProxy(new Uint8Array(bytes), { verbosity: 0, useSystemFonts: false, isEvalSupported: false })
  } catch (e) {
    const name = (e as { name?: string }).name ?? ''
    throw new PdfReadError(String(e), name === 'PasswordException' ? 'password' : 'damaged')
  }
  try {
    if (pdf.numPages > maxPages) throw new PdfReadError(`pages: ${pdf.numPages}`, 'too-many-pages')
    const pages: string[] = []
    for (let p = 1; p <= pdf.numPages; p++) {
      const page = await pdf.getPage(p)
      const content = await page.getTextContent()
      const items: Item[] = []
      for (const it of content.items) {
        if (!('str' in it)) continue
        items.push({ str: it.str, x: it.transform[4] as number, y: it.transform[5] as number, width: it.width, height: it.height })
      }
      pages.push(pageLines(items).join('\n'))
      page.cleanup()
    }
    return { text: pages.join('\n\f'), pageCount: pdf.numPages }
  } catch (e) {
    if (e instanceof PdfReadError) throw e
    throw new PdfReadError(String(e), 'damaged')
  } finally {
    await pdf.destroy()
  }
}
