// Reads the printed 目录 back from the PDF: one entry per line that ends in a page number at the
// right; a title that wraps continues on the next line(s) without a number.
import { readingOrder, type ReadPdf } from './read-pdf'

export interface PrintedTocEntry {
  text: string
  page: number
  /** The PDF page the line is printed on. */
  onPage: number
}

function lines(read: ReadPdf, page: number): { y: number; items: { str: string; x: number }[] }[] {
  const out: { y: number; items: { str: string; x: number }[] }[] = []
  for (const it of readingOrder(read.pages[page - 1]?.items ?? [])) {
    if (it.str.trim() === '') continue
    const last = out[out.length - 1]
    if (last && Math.abs(last.y - it.y) <= 1.5) last.items.push(it)
    else out.push({ y: it.y, items: [it] })
  }
  return out
}

export function printedToc(read: ReadPdf, firstPage: number, lastPage: number): PrintedTocEntry[] {
  const out: PrintedTocEntry[] = []
  for (let p = firstPage; p <= lastPage; p++) {
    for (const line of lines(read, p)) {
      const text = line.items.map((i) => i.str).join('').replace(/\s+/g, '')
      if (text === '目录' || /^第\d+页\/共\d+页$/.test(text)) continue
      const last = line.items[line.items.length - 1] as { str: string }
      const number = /^\d+$/.test(last.str.trim()) && line.items.length > 1 ? Number(last.str.trim()) : undefined
      if (number !== undefined) {
        out.push({ text: line.items.slice(0, -1).map((i) => i.str).join('').replace(/\s+/g, ''), page: number, onPage: p })
      } else if (out.length > 0) {
        ;(out[out.length - 1] as PrintedTocEntry).text += text
      }
    }
  }
  return out
}
