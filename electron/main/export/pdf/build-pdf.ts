// The whole 部门预算公开 as one PDF: narrative → charts (SVG) → attachment page sizes → report
// definition (core) → pdfmake → attachments drawn in with pdf-lib. The CLI and the app's export
// step both come through here (via writePdf); progress is reported in steps for long documents.
import { buildNarrative } from '../../../../core/narrative'
import type { ChartSpec, Narrative } from '../../../../core/narrative/narrative-model'
import { buildReport } from '../../../../core/report'
import { uncoveredCharacters, uncoveredError } from '../../../../core/report/glyph-check'
import { ANCHOR } from '../../../../core/report/anchors'
import { performanceFormsForReport } from '../../../../core/report/performance-forms'
import { FONT_FAMILY, type ChartImage, type PdfContent, type ReportDefinition } from '../../../../core/report/types'
import { loadNarrativeTemplate } from '../../templates/narrative-template'
import type { ExportRequest } from '../writers'
import { loadAttachments, mergeAttachments } from './attachments'
import { renderChartSvg } from './charts'
import { resolveFonts, type ResolvedFonts } from './fonts'
import { preparePdf, renderPrepared } from './render-pdf'
import { partsOf, renderInParts } from './render-parts'

export interface PdfBuildOptions {
  /** Defaults to buildNarrative with the year's template. */
  narrative?: Narrative
  /** Content for the 'performance-forms' slot of 十; defaults to every form of the document. */
  performanceForms?: readonly PdfContent[]
  fonts?: ResolvedFonts
  /** Part size for writing in parts (render-parts); by default only a large document is split. */
  partWeight?: number
}

export interface PdfBuildResult {
  bytes: Uint8Array
  definition: ReportDefinition
  narrative: Narrative
  warnings: string[]
}

const STEPS = 100

export function chartImages(n: Narrative, fontFamily = FONT_FAMILY.body): Partial<Record<ChartSpec['id'], ChartImage>> {
  const out: Partial<Record<ChartSpec['id'], ChartImage>> = {}
  for (const s of n.sections) {
    for (const b of s.blocks) {
      if (b.kind !== 'chart') continue
      const image = renderChartSvg(b.chart, fontFamily)
      if (image) out[b.chart.id] = image
    }
  }
  return out
}

/** Lets a progress message reach the window before the next synchronous stretch (pdfmake's layout). */
const yieldToEventLoop = () => new Promise<void>((resolve) => setImmediate(resolve))

export async function buildPdf(req: ExportRequest, options: PdfBuildOptions = {}): Promise<PdfBuildResult> {
  let last = ''
  // pdfmake reports every page: pass a step on only when the rounded figure or the label changes.
  const progress = (done: number, label: string) => {
    const key = `${Math.round(done)}|${label}`
    if (key !== last) req.onProgress?.(Math.round(done), STEPS, label)
    last = key
  }
  const { derivation, findings } = req.analysis
  progress(0, '生成情况说明')
  const narrative = options.narrative ?? buildNarrative(derivation, loadNarrativeTemplate(req.document.templateYear))
  const fonts = options.fonts ?? resolveFonts()
  progress(5, '绘制图表')
  const charts = chartImages(narrative)
  progress(8, '读取附件')
  const attachments = await loadAttachments(derivation.data.attachments, req.documentDir)
  progress(10, '排版')
  await yieldToEventLoop()
  const sectionTen = narrative.sections.findIndex((section) => section.id === '十')
  const performanceForms =
    options.performanceForms ?? performanceFormsForReport(derivation, { templateYear: req.document.templateYear, bookmarkParent: ANCHOR.section(Math.max(0, sectionTen)) })
  const definition = buildReport(
    { derivation, findings, narrative, generatedAt: req.generatedAt.toISOString(), ...(req.draft ? { draft: req.draft } : {}) },
    { charts, attachments: attachments.map((a) => a.info), performanceForms },
  )
  // A character no embedded font draws (its run's font nor a fallback) would print as a box:
  // refuse before anything is written.
  // The runs are split once, for the check and for pdfmake (preparePdf).
  const prepared = preparePdf(definition, fonts)
  const missing = uncoveredCharacters(derivation.data, definition, (cp) => !prepared.uncovered.has(cp))
  if (missing.length > 0) throw new Error(uncoveredError(missing))
  // pdfmake lays out first (no callback), then reports the fraction of pages written.
  // A large department is written a few hundred pages at a time (render-parts).
  const onProgress = (f: number) => progress(40 + f * 50, '写入页面')
  const parts = partsOf(prepared, options.partWeight)
  const rendered = parts ? await renderInParts(prepared, parts, definition, fonts, { onProgress }) : await renderPrepared(prepared, fonts, { onProgress })
  progress(92, '合并附件')
  const bytes = await mergeAttachments(rendered, definition, attachments)
  progress(STEPS, '完成')
  return { bytes, definition, narrative, warnings: fonts.warnings }
}
