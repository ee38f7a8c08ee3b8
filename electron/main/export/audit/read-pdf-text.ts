// Reads a PDF the way a checker does (official-rules (c)14): PDF.js text per page with positions,
// the outline (bookmarks) with target pages, link annotations, named destinations and metadata. No
// normalisation of the text: the audit must see the code points a checker sees.
// PDF.js comes from `unpdf` (its serverless build, pure JavaScript): pdfjs-dist itself pulls the
// native @napi-rs/canvas into a packaged app (architecture: zero native dependencies). unpdf's entry
// is small; it imports its PDF.js build on first use.
import { getDocumentProxy } from 'unpdf'
import { DRAFT_MARK_COMPACT } from '../../../../core/report/draft-mark'

type PDFDocumentProxy = Awaited<ReturnType<typeof getDocumentProxy>>

export interface TextItem {
  str: string
  x: number
  y: number
  width: number
  /** Font size (height of the text box) in pt. */
  height: number
}

export interface PageText {
  /** 1-based page number. */
  page: number
  width: number
  height: number
  items: TextItem[]
}

export interface OutlineEntry {
  title: string
  depth: number
  /** 1-based target page. */
  page: number
  children: number
}

export interface LinkTarget {
  page: number
  target: number
}

export interface ReadPdf {
  pageCount: number
  pages: PageText[]
  outline: OutlineEntry[]
  links: LinkTarget[]
  info: Record<string, unknown>
  destinationPage(name: string): Promise<number | undefined>
}

async function destPage(pdf: PDFDocumentProxy, dest: unknown): Promise<number | undefined> {
  const explicit = typeof dest === 'string' ? await pdf.getDestination(dest) : dest
  if (!Array.isArray(explicit) || explicit.length === 0) return undefined
  return (await pdf.getPageIndex(explicit[0])) + 1
}

type RawOutline = { title: string; dest: unknown; items: RawOutline[] }

export async function readPdf(bytes: Uint8Array): Promise<ReadPdf> {
  const pdf = await getDocumentProxy(new Uint8Array(bytes), { verbosity: 0, useSystemFonts: false })
  const pages: PageText[] = []
  const links: LinkTarget[] = []
  for (let p = 1; p <= pdf.numPages; p++) {
    const page = await pdf.getPage(p)
    const content = await page.getTextContent({ disableNormalization: true })
    const items: TextItem[] = []
    for (const it of content.items) {
      if (!('str' in it)) continue
      items.push({ str: it.str, x: it.transform[4] as number, y: it.transform[5] as number, width: it.width, height: it.height })
    }
    const [, , width, height] = page.view as [number, number, number, number]
    pages.push({ page: p, width, height, items })
    for (const a of (await page.getAnnotations()) as { subtype: string; dest?: unknown }[]) {
      if (a.subtype !== 'Link' || a.dest === undefined) continue
      const target = await destPage(pdf, a.dest)
      if (target !== undefined) links.push({ page: p, target })
    }
  }
  const outline: OutlineEntry[] = []
  const walk = async (items: RawOutline[] | null, depth: number) => {
    for (const it of items ?? []) {
      outline.push({ title: it.title, depth, page: (await destPage(pdf, it.dest)) ?? -1, children: it.items.length })
      await walk(it.items, depth + 1)
    }
  }
  await walk((await pdf.getOutline()) as RawOutline[] | null, 0)
  const meta = await pdf.getMetadata()
  return {
    pageCount: pdf.numPages,
    pages,
    outline,
    links,
    info: meta.info as Record<string, unknown>,
    destinationPage: (name) => destPage(pdf, name),
  }
}

/** Items in reading order: lines top to bottom (same baseline within 1.5 pt), left to right. */
export function readingOrder(items: readonly TextItem[]): TextItem[] {
  return [...items].sort((a, b) => (Math.abs(a.y - b.y) > 1.5 ? b.y - a.y : a.x - b.x))
}

/** The running footer in either page-number style: `第 N 页 / 共 M 页` or GB/T 9704's `— N —`. */
export const FOOTER_PATTERN = /第\d+页\/共\d+页|—\d+—/g

/** A page's text with every whitespace, the running footer and the 核对稿 mark removed. */
export function compactPageText(page: PageText): string {
  return page.items
    .map((i) => i.str)
    .join('')
    .replace(/\s+/g, '')
    .replace(FOOTER_PATTERN, '')
    .replaceAll(DRAFT_MARK_COMPACT, '')
}

export function compact(s: string): string {
  return s.replace(/\s+/g, '')
}

/** Code points of the Kangxi radicals and the CJK radicals supplement (⼀ ⽀ ⻔ …). */
export const RADICALS = /[\u2e80-\u2eff\u2f00-\u2fdf]/u
export const RADICALS_GLOBAL = /[\u2e80-\u2eff\u2f00-\u2fdf]/gu
