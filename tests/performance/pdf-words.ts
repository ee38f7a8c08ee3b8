// Words of a PDF with their boxes (pdftotext -bbox-layout), to check a layout without looking:
// nothing outside the text area, no two words drawn over each other.
import { execFileSync } from 'node:child_process'
import { mkdtempSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'

export interface PdfWord {
  page: number
  text: string
  x0: number
  y0: number
  x1: number
  y1: number
}

export function writeTemp(bytes: Uint8Array, name: string): string {
  const file = join(mkdtempSync(join(tmpdir(), 'forms-')), name)
  writeFileSync(file, bytes)
  return file
}

export function pdfWords(file: string): { sizes: { width: number; height: number }[]; words: PdfWord[] } {
  const xml = execFileSync('pdftotext', ['-bbox-layout', file, '-'], { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 })
  const pages: { width: number; height: number }[] = []
  const words: PdfWord[] = []
  for (const part of xml.split('<page ').slice(1)) {
    const size = /width="([\d.]+)" height="([\d.]+)"/.exec(part)
    pages.push({ width: Number(size?.[1]), height: Number(size?.[2]) })
    for (const m of part.matchAll(/<word xMin="([\d.]+)" yMin="([\d.]+)" xMax="([\d.]+)" yMax="([\d.]+)">([^<]*)<\/word>/g)) {
      words.push({ page: pages.length, text: m[5] ?? '', x0: Number(m[1]), y0: Number(m[2]), x1: Number(m[3]), y1: Number(m[4]) })
    }
  }
  return { sizes: pages, words }
}

/**
 * The text of each table cell, rebuilt from word boxes: lines of one cell touch (their boxes meet
 * or overlap), while cells are apart by the rules and paddings (≥ 4 pt); words of one line are
 * closer than cells side by side. Per page, spaces removed, in reading order.
 */
export function cellTexts(words: readonly PdfWord[]): string[][] {
  const parent = words.map((_, i) => i)
  const find = (i: number): number => (parent[i] === i ? i : (parent[i] = find(parent[i] as number)))
  for (let i = 0; i < words.length; i++) {
    for (let j = i + 1; j < words.length; j++) {
      const a = words[i] as PdfWord
      const b = words[j] as PdfWord
      if (a.page !== b.page) continue
      const xOverlap = Math.min(a.x1, b.x1) - Math.max(a.x0, b.x0)
      const yOverlap = Math.min(a.y1, b.y1) - Math.max(a.y0, b.y0)
      const stacked = xOverlap > 0 && yOverlap > -1.5 && Math.abs(a.y0 - b.y0) > 1
      const sameLine = Math.abs(a.y0 - b.y0) < 1 && Math.max(a.x0, b.x0) - Math.min(a.x1, b.x1) < 5
      if (stacked || sameLine) parent[find(i)] = find(j)
    }
  }
  const groups = new Map<number, PdfWord[]>()
  words.forEach((w, i) => groups.set(find(i), [...(groups.get(find(i)) ?? []), w]))
  const pages: string[][] = []
  const sorted = [...groups.values()].map((g) => g.sort((a, b) => a.y0 - b.y0 || a.x0 - b.x0)).sort((a, b) => (a[0] as PdfWord).page - (b[0] as PdfWord).page || (a[0] as PdfWord).y0 - (b[0] as PdfWord).y0 || (a[0] as PdfWord).x0 - (b[0] as PdfWord).x0)
  for (const g of sorted) {
    const page = (g[0] as PdfWord).page
    while (pages.length < page) pages.push([])
    ;(pages[page - 1] as string[]).push(g.map((w) => w.text).join(''))
  }
  return pages
}

/** Text of each page in reading order (each cell's lines together), pages split at form feeds. */
export function pdfPages(file: string): string[] {
  return execFileSync('pdftotext', [file, '-'], { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 }).split('\f').slice(0, -1)
}

/** Pairs of words on one page whose boxes overlap by more than `min` pt both ways. */
export function overlappingWords(words: readonly PdfWord[], min = 3): [PdfWord, PdfWord][] {
  const out: [PdfWord, PdfWord][] = []
  const byPage = new Map<number, PdfWord[]>()
  for (const w of words) byPage.set(w.page, [...(byPage.get(w.page) ?? []), w])
  for (const list of byPage.values()) {
    for (let i = 0; i < list.length; i++) {
      for (let j = i + 1; j < list.length; j++) {
        const a = list[i] as PdfWord
        const b = list[j] as PdfWord
        const dx = Math.min(a.x1, b.x1) - Math.max(a.x0, b.x0)
        const dy = Math.min(a.y1, b.y1) - Math.max(a.y0, b.y0)
        if (dx > min && dy > min) out.push([a, b])
      }
    }
  }
  return out
}

/** Words outside the box [left, top, right, bottom] of their page (margins in pt). */
export function wordsOutside(words: readonly PdfWord[], pages: readonly { width: number; height: number }[], margins: readonly [number, number, number, number], tolerance = 1): PdfWord[] {
  return words.filter((w) => {
    const p = pages[w.page - 1] as { width: number; height: number }
    return w.x0 < margins[0] - tolerance || w.y0 < margins[1] - tolerance || w.x1 > p.width - margins[2] + tolerance || w.y1 > p.height - margins[3] + tolerance
  })
}
