// 第三部分 情况说明 (spec §1.5, §4): the Narrative model as text sections, with its charts (SVG from
// main), the performance forms at the 'performance-forms' slot of 十 and the officer's attachments
// at the slots of 十二. Attachment pages are root sections, so the part is split around them.
import { chartDisplay } from '../narrative/chart-display'
import type { Narrative, NarrativeBlock, NarrativeSection } from '../narrative/narrative-model'
import { ANCHOR, headingNode, type PartContent } from './anchors'
import { attachmentSections } from './attachment-pages'
import { textSection, textWidth, TEXT_MARGINS } from './styles'
import type { AttachmentPages, PdfContent, PdfNode, ReportAssets, TocEntry } from './types'

export function narrativePartTitle(n: Narrative): string {
  return `第三部分 ${n.title}`
}

/** Sections whose sub-headings are 目录 entries and bookmarks: 十二 (spec §1.2). */
const SUBHEADINGS_IN_TOC = new Set(['十二'])

class SectionSplitter {
  readonly sections: PdfNode[] = []
  private current: PdfNode[] = []

  add(node: PdfContent): void {
    if (typeof node !== 'string' && 'section' in node) {
      this.flush()
      this.sections.push(node)
    } else this.current.push(typeof node === 'string' ? { text: node } : node)
  }

  flush(): void {
    if (this.current.length > 0) this.sections.push(textSection(this.current))
    this.current = []
  }
}

export { chartCaption, DOMINANT_SHARE, dominantSentence } from '../narrative/chart-display'

function chartNodes(block: Extract<NarrativeBlock, { kind: 'chart' }>, assets: ReportAssets): PdfNode[] {
  const image = assets.charts[block.chart.id]
  const shown = chartDisplay(block.chart)
  if (shown.kind === 'none' || !image) return []
  if (shown.kind === 'sentence') return [{ text: shown.text, style: 'paragraph' }]
  const width = Math.min(image.width, textWidth('portrait', TEXT_MARGINS))
  return [{ stack: [{ svg: image.svg, width, alignment: 'center' }, { text: shown.caption, style: 'caption' }], unbreakable: true, margin: [0, 6, 0, 0] }]
}

/** Key in `placed` for the performance forms (attachment ids are officer ids, never this). */
const FORMS = '#performance-forms'

interface SectionContext {
  index: number
  section: NarrativeSection
  assets: ReportAssets
  /** Attachment ids (and FORMS) already placed. */
  placed: Set<string>
  out: SectionSplitter
  toc: TocEntry[]
}

function placeAttachments(ctx: Pick<SectionContext, 'placed' | 'out'>, list: readonly AttachmentPages[], parent: string): void {
  for (const a of list) {
    if (ctx.placed.has(a.id)) continue
    ctx.placed.add(a.id)
    for (const s of attachmentSections(a, parent)) ctx.out.add(s)
  }
}

function placeForms(ctx: SectionContext): void {
  if (ctx.placed.has(FORMS)) return
  ctx.placed.add(FORMS)
  for (const n of ctx.assets.performanceForms) ctx.out.add(n)
}

function addBlock(ctx: SectionContext, block: NarrativeBlock, subIndex: number): void {
  const { out, index, section, assets } = ctx
  switch (block.kind) {
    case 'subheading':
      if (SUBHEADINGS_IN_TOC.has(section.id)) {
        const id = ANCHOR.subsection(index, subIndex)
        out.add(headingNode(block.text, { id, style: 'subheading', parent: ANCHOR.section(index) }))
        ctx.toc.push({ id, text: block.text, level: 2 })
      } else out.add({ text: block.text, style: 'subheading', keepWithNext: true })
      return
    case 'paragraph':
      out.add({ text: block.text, style: 'paragraph' })
      return
    case 'chart':
      for (const n of chartNodes(block, assets)) out.add(n)
      return
    case 'attachments':
      if (block.slot === 'performance-forms') placeForms(ctx)
      else placeAttachments(ctx, assets.attachments.filter((a) => a.placement === block.slot), ANCHOR.section(index))
      return
  }
}

export function narrativePart(n: Narrative, assets: ReportAssets): PartContent {
  const out = new SectionSplitter()
  const title = narrativePartTitle(n)
  const toc: TocEntry[] = [{ id: 'part-3', text: title, level: 0 }]
  const placed = new Set<string>()
  out.add(headingNode(title, { id: 'part-3', style: 'partTitle', expanded: true }))
  n.sections.forEach((section, index) => {
    const id = ANCHOR.section(index)
    out.add(headingNode(section.heading, { id, parent: 'part-3', style: 'heading', expanded: SUBHEADINGS_IN_TOC.has(section.id) }))
    toc.push({ id, text: section.heading, level: 1 })
    const ctx: SectionContext = { index, section, assets, placed, out, toc }
    let sub = 0
    for (const block of section.blocks) addBlock(ctx, block, block.kind === 'subheading' ? sub++ : sub)
    // Content whose slot the text lacks still goes in its section: forms at the end of 十,
    // attachments after 十二 in the officer's order.
    if (section.id === '十') placeForms(ctx)
    if (section.id === '十二') placeAttachments(ctx, assets.attachments, id)
  })
  // A narrative without 十二 still carries the officer's attachments, at its end.
  placeAttachments({ placed, out }, assets.attachments, 'part-3')
  out.flush()
  return { sections: out.sections, toc }
}
