// A large department's PDF in parts: pdfmake lays out and writes a few hundred pages at a time and
// pdf-lib joins them, so only one part's layout is alive at once (pdfmake keeps every laid-out
// line of a document until it is written). Every root node is a section, which starts a new page,
// so a part boundary changes no page. What spans parts is put back after the join:
// - page numbers: each part is written without its running footer; the footers of all pages are
//   written as one small document (one page per numbered page, the same size and margins) and
//   drawn onto their pages, so 第 n 页 / 共 N 页 counts the whole document;
// - the 目录: the cover and 目录 are written last, with the page of each heading filled in;
// - named destinations (目录 links, attachment pages) and bookmarks: gathered from the parts and
//   written once for the whole document, bookmarks from the definition's headings in order.
import { drawObject, PDFArray, PDFContentStream, PDFDict, PDFDocument, PDFHexString, PDFName, PDFObjectCopier, PDFRawStream, PDFString, popGraphicsState, pushGraphicsState, type PDFContext, type PDFRef } from 'pdf-lib'
import type { ReportDefinition } from '../../../../core/report/types'
import { withPagesElsewhere } from './join-inlines'
import { namedDestinations } from './named-destinations'
import { withSharedFontLayouts } from './shared-font-layouts'
import type { ResolvedFonts } from './fonts'
import { footerFunction, renderPrepared, type PreparedPdf, type RenderOptions } from './render-pdf'

type Node = Record<string, unknown>
type PageFunction = (page: number, pages: number, size: { width: number; height: number }) => unknown

const isNode = (v: unknown): v is Node => v !== null && typeof v === 'object' && !Array.isArray(v)

/**
 * Roughly how much a part lays out: the JSON size (characters) of its prepared definition (styles
 * written into the nodes, font runs split). Sample 004 is about 1.7 million and is written at once;
 * the large department (about 26 million) in about seven parts.
 */
export const PART_WEIGHT = 4_000_000

/** The JSON size of a value, counted without writing it out (quotes, commas and brackets roughly). */
export function weightOf(value: unknown): number {
  if (typeof value === 'string') return value.length + 2
  if (typeof value === 'number' || typeof value === 'boolean') return 5
  if (Array.isArray(value)) {
    let w = 2
    for (const v of value) w += weightOf(v) + 1
    return w
  }
  if (!isNode(value)) return 4
  let w = 2
  for (const k in value) {
    const v = value[k]
    if (typeof v !== 'function' && v !== undefined) w += k.length + 4 + weightOf(v)
  }
  return w
}

/** Root sections grouped into parts of about `weight` each (a section is never split). */
export function groupSections(sections: readonly unknown[], weight = PART_WEIGHT): { sections: unknown[]; weight: number }[] {
  const parts: { sections: unknown[]; weight: number }[] = []
  let current: { sections: unknown[]; weight: number } | undefined
  for (const section of sections) {
    const w = weightOf(section)
    if (!current || (current.weight + w > weight && current.sections.length > 0)) {
      current = { sections: [], weight: 0 }
      parts.push(current)
    }
    current.sections.push(section)
    current.weight += w
  }
  return parts
}

export type Part = ReturnType<typeof groupSections>[number]

/**
 * The parts a document is written in after its cover and 目录 (the first two nodes), or undefined
 * when it is small enough to be written at once.
 */
export function partsOf(prepared: PreparedPdf, weight = PART_WEIGHT): Part[] | undefined {
  const content = prepared.docDefinition.content
  if (!Array.isArray(content) || content.length <= 3) return undefined
  const parts = groupSections(content.slice(2), weight)
  return parts.length > 1 ? parts : undefined
}

/** What a written part tells the join: its bytes, the section of each page and the pages with a footer. */
interface WrittenPart {
  bytes: Uint8Array
  /** Index into the document's root sections, per page of the part. */
  pageSections: number[]
  /** Pages (0-based, in the part) that carry the running footer. */
  footerPages: Set<number>
}

/** Writes root sections `first…` as a document of their own, recording each page's section and footer. */
async function writePart(base: Node, sections: readonly unknown[], first: number, fonts: ResolvedFonts): Promise<WrittenPart> {
  const pageSections: number[] = []
  const footerPages = new Set<number>()
  const content = sections.map((section, i) => {
    if (!isNode(section)) return section
    const own = section.header
    // Every page of a section asks for its header: the call says which section the page is in.
    const header: PageFunction = (page, pages, size) => {
      pageSections[page - 1] = first + i
      if (typeof own === 'function') return (own as PageFunction)(page, pages, size)
      return own ?? null
    }
    return { ...section, header }
  })
  const footer: PageFunction = (page) => {
    footerPages.add(page - 1)
    return null
  }
  const bytes = await renderPrepared({ docDefinition: { ...base, content, footer }, uncovered: new Set() }, fonts)
  return { bytes, pageSections, footerPages }
}

/** How many page references (目录 lines) a node holds. */
function pageReferenceCount(value: unknown): number {
  if (Array.isArray(value)) return value.reduce((n: number, v) => n + pageReferenceCount(v), 0)
  if (!isNode(value)) return 0
  let n = typeof value.pageReference === 'string' ? 1 : 0
  for (const k in value) if (k !== 'pageReference') n += pageReferenceCount(value[k])
  return n
}

interface Heading {
  id: string
  title: string
  parentId?: string
  expanded: boolean
}

const plainText = (text: unknown): string =>
  typeof text === 'string' ? text : Array.isArray(text) ? text.map(plainText).join('') : isNode(text) ? plainText(text.text) : ''

/** The bookmarked headings of the content in document order (pdfmake's `outline` nodes). */
export function bookmarkedHeadings(content: unknown): Heading[] {
  const out: Heading[] = []
  const visit = (value: unknown): void => {
    if (Array.isArray(value)) {
      for (const v of value) visit(v)
      return
    }
    if (!isNode(value)) return
    if (value.outline === true && typeof value.id === 'string') {
      const title = typeof value.outlineText === 'string' && value.outlineText ? value.outlineText : plainText(value.text)
      out.push({ id: value.id, title, expanded: value.outlineExpanded === true, ...(typeof value.outlineParentId === 'string' ? { parentId: value.outlineParentId } : {}) })
    }
    for (const [k, v] of Object.entries(value)) if (k !== 'text' && (isNode(v) || Array.isArray(v))) visit(v)
    if (Array.isArray(value.text) || isNode(value.text)) visit(value.text)
  }
  visit(content)
  return out
}

/** A destination of the joined document: its page and the rest of its array (/XYZ left top zoom). */
interface Destination {
  page: number
  view: PDFArray
}

/** Writes the bookmarks as pdfmake does (a heading under its parent when the parent came first; open ones carry /Count). */
function writeOutline(doc: PDFDocument, headings: readonly Heading[], destinations: ReadonlyMap<string, Destination>): void {
  const context = doc.context
  const pages = doc.getPages()
  interface Item {
    ref: PDFRef
    dict: PDFDict
    expanded: boolean
    children: Item[]
  }
  const rootDict = context.obj({})
  const root: Item = { ref: context.register(rootDict), dict: rootDict, expanded: false, children: [] }
  const byId = new Map<string, Item>()
  for (const h of headings) {
    const dest = destinations.get(h.id)
    const page = dest ? pages[dest.page] : undefined
    if (!dest || !page) continue
    const parent = (h.parentId !== undefined ? byId.get(h.parentId) : undefined) ?? root
    const target = context.obj([page.ref, ...dest.view.asArray()])
    const dict = context.obj({ Title: PDFHexString.fromText(h.title), Parent: parent.ref, Dest: target })
    const item: Item = { ref: context.register(dict), dict, expanded: h.expanded, children: [] }
    parent.children.push(item)
    byId.set(h.id, item)
  }
  const link = (item: Item): void => {
    const kids = item.children
    if (kids.length === 0) return
    if (item !== root && item.expanded) item.dict.set(PDFName.of('Count'), context.obj(kids.length))
    item.dict.set(PDFName.of('First'), (kids[0] as Item).ref)
    item.dict.set(PDFName.of('Last'), (kids[kids.length - 1] as Item).ref)
    kids.forEach((kid, i) => {
      if (i > 0) kid.dict.set(PDFName.of('Prev'), (kids[i - 1] as Item).ref)
      if (i < kids.length - 1) kid.dict.set(PDFName.of('Next'), (kids[i + 1] as Item).ref)
      link(kid)
    })
  }
  link(root)
  if (root.children.length > 0) doc.catalog.set(PDFName.of('Outlines'), root.ref)
}

/** The name of the running footer's form XObject in a page's resources. */
const FOOTER_XOBJECT = 'RunningFooter'

/**
 * Draws page k of `footers` onto page `targets[k]` of `doc`: the footer page becomes a form
 * XObject on its compressed content as written (nothing is decoded or compressed again), and each
 * page's content is wrapped in q … Q before the footer is drawn (pdfkit's pages start by flipping
 * the y axis). The two small content streams this adds are shared by every page.
 */
function drawFooters(doc: PDFDocument, footers: PDFDocument, targets: readonly number[]): void {
  const context = doc.context
  const copier = PDFObjectCopier.for(footers.context, context)
  const push = context.register(PDFContentStream.of(context.obj({}), [pushGraphicsState()], false))
  const draw = context.register(PDFContentStream.of(context.obj({}), [popGraphicsState(), pushGraphicsState(), drawObject(FOOTER_XOBJECT), popGraphicsState()], false))
  const pages = doc.getPages()
  footers.getPages().forEach((source, k) => {
    const target = pages[targets[k] as number]
    if (!target) throw new Error(`页脚第 ${k + 1} 页没有对应页面`)
    const stream = source.node.Contents()
    const resources = source.node.Resources()
    if (!(stream instanceof PDFRawStream) || !resources) throw new Error(`页脚第 ${k + 1} 页的内容无法合并`)
    const form = context.obj({ Type: 'XObject', Subtype: 'Form', BBox: copier.copy(source.node.MediaBox()), Resources: copier.copy(resources) })
    const filter = stream.dict.get(PDFName.of('Filter'))
    if (filter) form.set(PDFName.of('Filter'), copier.copy(filter))
    const xobject = context.register(PDFRawStream.of(form, stream.contents))
    const own = target.node.Resources()
    if (!own) throw new Error(`第 ${(targets[k] as number) + 1} 页没有资源字典`)
    let xobjects = own.lookupMaybe(PDFName.of('XObject'), PDFDict)
    if (!xobjects) {
      xobjects = context.obj({})
      own.set(PDFName.of('XObject'), xobjects)
    }
    xobjects.set(PDFName.of(FOOTER_XOBJECT), xobject)
    const contents = target.node.get(PDFName.of('Contents'))
    const list = contents instanceof PDFArray ? contents.asArray() : contents ? [contents] : []
    target.node.set(PDFName.of('Contents'), context.obj([push, ...list, draw]))
  })
}

/** The joined document's /Names /Dests: every named destination of every part, sorted by name. */
function writeDestinations(doc: PDFDocument, destinations: ReadonlyMap<string, Destination>): void {
  const context: PDFContext = doc.context
  const pages = doc.getPages()
  const names: unknown[] = []
  for (const name of [...destinations.keys()].sort()) {
    const d = destinations.get(name) as Destination
    const page = pages[d.page]
    if (page) names.push(PDFString.of(name), context.obj([page.ref, ...d.view.asArray()]))
  }
  const dests = context.obj({ Names: context.obj(names as never) })
  doc.catalog.set(PDFName.of('Names'), context.register(context.obj({ Dests: context.register(dests) })))
}

/** Copies the front part's document information and catalog settings (language, title display, page mode). */
function copyDocumentSettings(from: PDFDocument, to: PDFDocument): void {
  const copier = PDFObjectCopier.for(from.context, to.context)
  for (const key of ['Lang', 'ViewerPreferences', 'PageMode']) {
    const value = from.catalog.get(PDFName.of(key))
    if (value) to.catalog.set(PDFName.of(key), copier.copy(value))
  }
  const info = from.context.trailerInfo.Info
  if (info) to.context.trailerInfo.Info = copier.copy(info)
}

/**
 * Writes a prepared report (preparePdf) in its parts (partsOf) and joins them. The pages, their text, the 目录,
 * page numbers, links and bookmarks are those of writing it at once (test: pdf-parts).
 */
export function renderInParts(prepared: PreparedPdf, parts: readonly Part[], def: ReportDefinition, fonts: ResolvedFonts, options: RenderOptions = {}): Promise<Uint8Array> {
  // The parts lay out the same words in the same fonts: once is enough (shared-font-layouts).
  return withSharedFontLayouts(() => writeInParts(prepared, parts, def, fonts, options))
}

async function writeInParts(prepared: PreparedPdf, parts: readonly Part[], def: ReportDefinition, fonts: ResolvedFonts, options: RenderOptions): Promise<Uint8Array> {
  const { content, footer: _footer, ...base } = prepared.docDefinition as Node & { content: unknown[] }
  const [cover, toc] = content
  const frontSections = [cover, toc]
  // Read before pdfmake lays the nodes out (it hangs every line and position on them).
  const headings = bookmarkedHeadings(content)
  const joined = await PDFDocument.create({ updateMetadata: false })
  const destinations = new Map<string, Destination>()
  /** Per page of the joined document (front pages added at the end): its section and whether it has a footer. */
  const bodyPages: { section: number; footer: boolean }[] = []

  const addPart = async (written: WrittenPart, at: number): Promise<void> => {
    const part = await PDFDocument.load(written.bytes, { updateMetadata: false })
    const copied = await joined.copyPages(part, part.getPageIndices())
    copied.forEach((page, i) => joined.insertPage(at + i, page))
    for (const [name, dest] of namedDestinations(part)) destinations.set(name, { page: at + dest.page, view: dest.view })
  }

  let sectionIndex = 2
  for (const [i, part] of parts.entries()) {
    const written = await writePart(base, part.sections, sectionIndex, fonts)
    await addPart(written, bodyPages.length)
    written.pageSections.forEach((section, p) => bodyPages.push({ section, footer: written.footerPages.has(p) }))
    sectionIndex += part.sections.length
    options.onProgress?.(((i + 1) / (parts.length + 1)) * 0.95)
  }

  // The cover and 目录, with each heading's page: the 目录's own length decides where the body starts.
  // A first guess of its length (a 目录 page holds about 28 lines) saves writing it twice.
  const tocLines = pageReferenceCount(toc)
  let frontPages = 1 + Math.ceil(tocLines / 28)
  let front: WrittenPart | undefined
  for (let attempt = 0; attempt < 4; attempt++) {
    const start = frontPages
    const pagesOf = new Map([...destinations].map(([id, d]) => [id, start + d.page + 1]))
    front = await withPagesElsewhere(pagesOf, () => writePart(base, structuredClone(frontSections), 0, fonts))
    const pages = front.pageSections.length
    if (pages === frontPages) break
    frontPages = pages
  }
  if (!front) throw new Error('封面和目录未能生成')
  // Body destinations move behind the front pages.
  for (const d of destinations.values()) d.page += frontPages
  await addPart(front, 0)
  const frontDoc = await PDFDocument.load(front.bytes, { updateMetadata: false })
  copyDocumentSettings(frontDoc, joined)
  const pages = [...front.pageSections.map((section, p) => ({ section, footer: front.footerPages.has(p) })), ...bodyPages]

  // The running footers of the whole document, drawn onto their pages.
  const numbered = pages.flatMap((p, index) => (p.footer ? [{ index, section: content[p.section] as Node }] : []))
  if (numbered.length > 0) {
    const footerOf = footerFunction(def)
    const footerDefinition = {
      ...base,
      watermark: undefined,
      // One page per numbered page, in its section's size, orientation and margins.
      content: numbered.map(({ section }) => ({
        section: [{ text: ' ', fontSize: 1 }],
        pageOrientation: section.pageOrientation,
        pageMargins: section.pageMargins,
        ...(section.pageSize ? { pageSize: section.pageSize } : {}),
      })),
      footer: ((k, _pages, size) => footerOf((numbered[k - 1] as { index: number }).index + 1, pages.length, size)) as PageFunction,
    }
    const footerBytes = await renderPrepared({ docDefinition: footerDefinition, uncovered: new Set() }, fonts)
    drawFooters(joined, await PDFDocument.load(footerBytes, { updateMetadata: false }), numbered.map((n) => n.index))
  }

  writeDestinations(joined, destinations)
  writeOutline(joined, headings, destinations)
  options.onProgress?.(1)
  return asPdf13(await joined.save({ useObjectStreams: false, updateFieldAppearances: false }))
}

/**
 * pdfmake writes PDF 1.3 and nothing the join adds needs more (a cross-reference table, form
 * XObjects), but pdf-lib always heads its file `%PDF-1.7`: the header says 1.3 again, same length.
 */
function asPdf13(bytes: Uint8Array): Uint8Array {
  const header = new TextEncoder().encode('%PDF-1.3')
  if (new TextDecoder().decode(bytes.subarray(0, 5)) === '%PDF-') bytes.set(header, 0)
  return bytes
}
