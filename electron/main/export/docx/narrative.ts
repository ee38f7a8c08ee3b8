// 第三部分 情况说明 of the .docx in the PDF's order (core/report/narrative): part title (标题 1),
// each section heading (标题 2), 十二's sub-headings (标题 3, 目录 entries), paragraphs, the charts
// (chart.ts), the performance forms at the slot of 十 (or at its end) in sections of their own,
// and the officer's attached PDFs named at the slots of 十二 (their pages stay in the PDF copy).
import { HeadingLevel, Paragraph, Table } from 'docx'
import type { Attachment } from '../../../../core/model/disclosure-inputs'
import type { Narrative, NarrativeBlock, NarrativeSection } from '../../../../core/narrative/narrative-model'
import { ANCHOR } from '../../../../core/report/anchors'
import { narrativePartTitle } from '../../../../core/report/narrative'
import { chartContent, type ChartPng } from './chart'
import { TEXT_PAGE } from './parts'
import type { DocxSection } from './sections'
import { STYLE } from './styles'
import { headingParagraph, paragraph } from './text'

/** Sections whose sub-headings are 目录 entries: 十二 (spec §1.2), as in the PDF. */
const SUBHEADINGS_IN_TOC = new Set(['十二'])
const FORMS = '#performance-forms'

export interface NarrativeAssets {
  /** One section per performance form, in the report's order. */
  forms: readonly DocxSection[]
  attachments: readonly Attachment[]
  charts: Partial<Record<string, ChartPng>>
}

export function attachmentNote(a: Attachment): string {
  return `附件：${a.title}（PDF 文件，其页面见同时导出的 PDF 版）`
}

class Splitter {
  readonly sections: DocxSection[] = []
  private current: (Paragraph | Table)[] = []
  add(...nodes: (Paragraph | Table)[]): void {
    this.current.push(...nodes)
  }
  section(s: DocxSection): void {
    this.flush()
    this.sections.push(s)
  }
  flush(): void {
    if (this.current.length > 0) this.sections.push({ page: TEXT_PAGE, children: this.current })
    this.current = []
  }
}

interface Ctx {
  index: number
  section: NarrativeSection
  assets: NarrativeAssets
  placed: Set<string>
  out: Splitter
}

function placeForms(ctx: Pick<Ctx, 'placed' | 'out' | 'assets'>): void {
  if (ctx.placed.has(FORMS)) return
  ctx.placed.add(FORMS)
  for (const s of ctx.assets.forms) ctx.out.section(s)
}

function placeAttachments(ctx: Pick<Ctx, 'placed' | 'out'>, list: readonly Attachment[]): void {
  for (const a of list) {
    if (ctx.placed.has(a.id)) continue
    ctx.placed.add(a.id)
    ctx.out.add(paragraph(attachmentNote(a), STYLE.body))
  }
}

function addBlock(ctx: Ctx, block: NarrativeBlock, subIndex: number): void {
  switch (block.kind) {
    case 'subheading':
      if (SUBHEADINGS_IN_TOC.has(ctx.section.id)) ctx.out.add(headingParagraph(block.text, HeadingLevel.HEADING_3, ANCHOR.subsection(ctx.index, subIndex)))
      else ctx.out.add(paragraph(block.text, STYLE.subheading))
      return
    case 'paragraph':
      ctx.out.add(paragraph(block.text, STYLE.body))
      return
    case 'chart':
      ctx.out.add(...chartContent(block.chart, ctx.assets.charts[block.chart.id]))
      return
    case 'attachments':
      if (block.slot === 'performance-forms') placeForms(ctx)
      else placeAttachments(ctx, ctx.assets.attachments.filter((a) => a.placement === block.slot))
      return
  }
}

export function narrativeSections(n: Narrative, assets: NarrativeAssets): DocxSection[] {
  const out = new Splitter()
  const placed = new Set<string>()
  out.add(headingParagraph(narrativePartTitle(n), HeadingLevel.HEADING_1, 'part-3'))
  n.sections.forEach((section, index) => {
    out.add(headingParagraph(section.heading, HeadingLevel.HEADING_2, ANCHOR.section(index)))
    const ctx: Ctx = { index, section, assets, placed, out }
    let sub = 0
    for (const block of section.blocks) addBlock(ctx, block, block.kind === 'subheading' ? sub++ : sub)
    if (section.id === '十') placeForms(ctx)
    if (section.id === '十二') placeAttachments(ctx, assets.attachments)
  })
  placeAttachments({ placed, out }, assets.attachments)
  out.flush()
  return out.sections
}
