// The officer's PDF attachments (政府购买服务目录 documents …), merged with pdf-lib. Before layout
// we read each file's page sizes so the report reserves same-sized pages at the attachment's place
// after 十二; after pdfmake we draw every attachment page onto its reserved page as a form XObject.
// pdfmake's page objects stay, so its 目录 links, bookmarks and page numbers stay correct.
import { degrees, PDFDocument, type PDFPage } from 'pdf-lib'
import type { Attachment } from '../../../../core/model/disclosure-inputs'
import type { AttachmentPages, ReportDefinition } from '../../../../core/report/types'
import { readAttachmentFile } from './attachment-access'
import { namedDestinationPages } from './named-destinations'

export interface LoadedAttachment {
  info: AttachmentPages
  pdf: PDFDocument
}

function displayedSize(page: PDFPage): { width: number; height: number } {
  const { width, height } = page.getCropBox()
  const turned = Math.abs(page.getRotation().angle) % 180 === 90
  return turned ? { width: height, height: width } : { width, height }
}

/** Reads and parses every attachment before anything is written; throws the first refusal (Chinese). */
export async function loadAttachments(list: readonly Attachment[], documentDir: string): Promise<LoadedAttachment[]> {
  const out: LoadedAttachment[] = []
  for (const a of list) {
    const bytes = await readAttachmentFile(documentDir, a.path, a.title)
    let pdf: PDFDocument
    try {
      pdf = await PDFDocument.load(bytes, { updateMetadata: false })
    } catch (e) {
      const encrypted = e instanceof Error && /encrypt/i.test(e.message)
      throw new Error(encrypted ? `附件“${a.title}”已加密，无法合并，请提供未加密的 PDF：${a.path}` : `附件“${a.title}”不是有效的 PDF 文件：${a.path}`)
    }
    if (pdf.getPageCount() === 0) throw new Error(`附件“${a.title}”没有页面：${a.path}`)
    out.push({ info: { id: a.id, title: a.title, placement: a.placement, pages: pdf.getPages().map(displayedSize) }, pdf })
  }
  return out
}

export interface ListedAttachment {
  title: string
  path: string
  pages: number
}

/** What the PDF will embed, checked in full: the export lists it before writing any file. */
export async function listAttachments(list: readonly Attachment[], documentDir: string): Promise<ListedAttachment[]> {
  const loaded = await loadAttachments(list, documentDir)
  return loaded.map((l, i) => ({ title: l.info.title, path: (list[i] as Attachment).path, pages: l.info.pages.length }))
}

/** Draws each attachment page onto the page reserved for it (same size; rotation applied). */
export async function mergeAttachments(reportPdf: Uint8Array, def: ReportDefinition, loaded: readonly LoadedAttachment[]): Promise<Uint8Array> {
  if (loaded.length === 0) return reportPdf
  const doc = await PDFDocument.load(reportPdf, { updateMetadata: false })
  const pages = doc.getPages()
  const destinations = namedDestinationPages(doc)
  for (const a of loaded) {
    const reserved = def.attachmentDestinations.find((d) => d.id === a.info.id)
    if (!reserved) throw new Error(`附件“${a.info.title}”在报告中没有预留页面`)
    const sources = a.pdf.getPages()
    const embedded = await doc.embedPages(sources, sources.map((p) => p.getCropBox()).map(({ x, y, width, height }) => ({ left: x, bottom: y, right: x + width, top: y + height })))
    reserved.destinations.forEach((name, i) => {
      const index = destinations.get(name)
      const src = sources[i]
      const emb = embedded[i]
      if (index === undefined || !src || !emb) throw new Error(`附件“${a.info.title}”第 ${i + 1} 页的预留页面缺失`)
      const target = pages[index] as PDFPage
      const { width: w, height: h } = src.getCropBox()
      const angle = ((src.getRotation().angle % 360) + 360) % 360
      // /Rotate turns the page clockwise for display; drawing rotates counter-clockwise about (x, y).
      const placement = { 0: { x: 0, y: 0, r: 0 }, 90: { x: 0, y: w, r: -90 }, 180: { x: w, y: h, r: 180 }, 270: { x: h, y: 0, r: 90 } }[angle] ?? { x: 0, y: 0, r: 0 }
      target.drawPage(emb, { x: placement.x, y: placement.y, rotate: degrees(placement.r) })
    })
  }
  return doc.save({ updateFieldAppearances: false })
}
