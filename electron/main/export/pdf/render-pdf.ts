// ReportDefinition (plain JSON from core/report) → PDF bytes with pdfmake. Each call uses its own
// pdfmake instance (fonts, layouts and the progress callback are per-instance state), denies all
// URL access and allows local reads of the font files only. Dates come from the definition, so the
// same document and export time give the same bytes.
import pdfmakeSingleton from 'pdfmake'
import { resolve } from 'node:path'
import { GRID } from '../../../../core/report/tables'
import { TABLE_LAYOUTS } from '../../../../core/report/styles'
import { TABLE_PADDING_Y } from '../../../../core/report/table-fit'
import type { ReportDefinition } from '../../../../core/report/types'
import { gatherContentWrites } from './content-writes'
import { noWrapFittingCells, pdfkitFaces, pdfkitMeasure } from './fit-cells'
import { openFontFilesOnce } from './font-bytes'
import { fontRuns, stylesOf } from './font-runs'
import { pdfFamilies, type ResolvedFonts } from './fonts'
import { inlineStyles } from './inline-styles'
import { joinInlinesWhenRendering } from './join-inlines'
import { sharedMeasure } from './shared-measure'
import { fastStyleLookups } from './style-lookup'
import { cellWrapper, hasSharedGlyphs, pdfkitLineBreaker, type ColumnLayout } from './wrap-cells'

type PdfMake = typeof pdfmakeSingleton
type Layout = Record<string, unknown>

const gridLayout = {
  hLineWidth: () => GRID.lineWidth,
  vLineWidth: () => GRID.lineWidth,
  hLineColor: () => '#000000',
  vLineColor: () => '#000000',
  paddingLeft: () => GRID.paddingX,
  paddingRight: () => GRID.paddingX,
  paddingTop: () => GRID.paddingY,
  paddingBottom: () => GRID.paddingY,
}

const gridCompactLayout = { ...gridLayout, paddingTop: () => TABLE_PADDING_Y.compact, paddingBottom: () => TABLE_PADDING_Y.compact }

const tocLeadersLayout: Layout = {
  hLineWidth: () => 0.8,
  vLineWidth: () => 0,
  hLineStyle: () => ({ dash: { length: 1, space: 2.5 } }),
  hLineColor: () => '#555555',
  paddingLeft: () => 0,
  paddingRight: () => 0,
  // The row ends just under the descenders, so the dotted rule sits close to the baseline.
  paddingTop: () => 0,
  paddingBottom: () => 0,
}

/** A pdfmake instance of its own with the report's fonts, no URL access and local reads of the font files only. */
export function pdfmakeWithFonts(fonts: ResolvedFonts): PdfMake {
  const Ctor = Object.getPrototypeOf(pdfmakeSingleton).constructor as new () => PdfMake
  const pdfmake = new Ctor()
  // pdfmake rewrites the font dictionary while laying out: give it a copy.
  pdfmake.setFonts(structuredClone(pdfFamilies(fonts)) as never)
  pdfmake.setUrlAccessPolicy(() => false)
  const allowed = new Set(fonts.files)
  pdfmake.setLocalAccessPolicy((p: string) => allowed.has(resolve(p)))
  // The font files are read once and kept (font-bytes).
  openFontFilesOnce()
  return pdfmake
}

export interface RenderOptions {
  /** Fraction 0…1 of pages written (pdfmake calls it while rendering). */
  onProgress?: (fraction: number) => void
}

/** The running footer of a report: pdfmake's footer function (page, pages, page size). */
export function footerFunction(def: ReportDefinition) {
  const { template, fontSize, font, marginTop, alignment } = def.footer
  // GB/T 9704: the number sits one character in from the outer edge of the text area.
  const inset = (margins: number) => margins + fontSize
  return (page: number, pages: number, size: { width: number }) => {
    const text = template.replace('{page}', String(page)).replace('{pages}', String(pages))
    if (alignment !== 'outside') return { text, alignment: 'center', fontSize, font, margin: [0, marginTop, 0, 0] }
    const side = Math.max(inset(40), size.width * 0.1)
    return { text, alignment: page % 2 === 1 ? 'right' : 'left', fontSize, font, margin: [side, marginTop, side, 0] }
  }
}

/**
 * Root sections with a `continuationHeader` (the performance forms) get a header function printing
 * it on every page of the section but its first. pdfmake asks for a section's headers page by page
 * in order once the layout is done, so the first call is the section's first page.
 */
function withContinuationHeaders(content: unknown): unknown {
  if (!Array.isArray(content)) return content
  return content.map((node: unknown) => {
    if (!node || typeof node !== 'object' || !('continuationHeader' in node)) return node
    const { continuationHeader, ...section } = node as Record<string, unknown>
    let first: number | undefined
    const header = (page: number) => {
      first ??= page
      return page === first ? null : structuredClone(continuationHeader)
    }
    return { ...section, header }
  })
}

function withDates(dd: Record<string, unknown>): Record<string, unknown> {
  const info = { ...(dd.info as Record<string, unknown>) }
  for (const k of ['creationDate', 'modDate']) if (typeof info[k] === 'string') info[k] = new Date(info[k] as string)
  return { ...dd, info }
}

export interface PrepareOptions {
  /** false: leave every table cell to pdfmake's own breaking (the pages print the same; for comparing). */
  fitCells?: boolean
}

/** The pdfmake document of a report, and the characters no font of their run's chain draws. */
export interface PreparedPdf {
  docDefinition: Record<string, unknown>
  /** Code points that would print as boxes (the running footer and continuation headers included). */
  uncovered: ReadonlySet<number>
}

/**
 * The definition as pdfmake gets it: a copy (pdfmake rewrites what it lays out) with dates, the
 * named styles written into the nodes, fallback-font runs split once, table cells marked as one
 * line or set in their lines.
 */
export function preparePdf(def: ReportDefinition, fonts: ResolvedFonts, options: PrepareOptions = {}): PreparedPdf {
  // Named styles written into the nodes: pdfmake's lookups end at each text leaf (inline-styles).
  const dated = inlineStyles(withDates(structuredClone(def.docDefinition)))
  // Characters a run's font lacks are set in the fallback fonts (font-runs), pages' parts included.
  const runs = fontRuns(fonts, stylesOf(dated))
  const split: Record<string, unknown> = runs.apply({ ...dated, footer: footerFunction(def) })
  runs.apply({ text: def.footer.template, font: def.footer.font })
  const docDefinition = { ...split, content: withContinuationHeaders(split.content) }
  // Table cells that surely fit their column on one line are set as one run (fit-cells), and
  // the other text cells of the grids in the lines pdfmake would break them into (wrap-cells),
  // unless a character of the document measures differently depending on what came before it.
  if (options.fitCells !== false) {
    const faces = pdfkitFaces(pdfFamilies(fonts), fonts.files)
    const wrap = hasSharedGlyphs(docDefinition.content) ? undefined : cellWrapper(pdfkitLineBreaker(faces), COLUMN_LAYOUTS).wrap
    noWrapFittingCells(docDefinition.content, pdfkitMeasure(faces), wrap)
  }
  return { docDefinition, uncovered: runs.uncovered }
}

/** The report's table layouts whose column gaps wrap-cells may add up (the grids). */
const COLUMN_LAYOUTS: Record<string, ColumnLayout> = { [TABLE_LAYOUTS.grid]: gridLayout, [TABLE_LAYOUTS.gridCompact]: gridCompactLayout }
/** Every table layout of the report, by name. */
const REPORT_LAYOUTS = { ...COLUMN_LAYOUTS, [TABLE_LAYOUTS.tocLeaders]: tocLeadersLayout }

/** pdfmake with the report's fonts and table layouts (pdfmakeWithFonts). */
export function reportPdfmake(fonts: ResolvedFonts): PdfMake {
  const pdfmake = pdfmakeWithFonts(fonts)
  pdfmake.setTableLayouts(REPORT_LAYOUTS as never)
  return pdfmake
}

/** Lays out and writes a prepared document (preparePdf). */
export async function renderPrepared(prepared: PreparedPdf, fonts: ResolvedFonts, options: RenderOptions = {}): Promise<Uint8Array> {
  joinInlinesWhenRendering()
  fastStyleLookups()
  gatherContentWrites()
  sharedMeasure()
  const pdfmake = reportPdfmake(fonts)
  if (options.onProgress) pdfmake.setProgressCallback(options.onProgress as never)
  const buffer = await pdfmake.createPdf(prepared.docDefinition as never).getBuffer()
  return new Uint8Array(buffer.buffer, buffer.byteOffset, buffer.byteLength)
}

export async function renderPdf(def: ReportDefinition, fonts: ResolvedFonts, options: RenderOptions = {}): Promise<Uint8Array> {
  return renderPrepared(preparePdf(def, fonts), fonts, options)
}
