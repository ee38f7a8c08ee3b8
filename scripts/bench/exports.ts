// The two exports as the app runs them: the xlsx and PDF writers of electron/main/export (the PDF
// with the 绩效目标表 in section 十), into the output folder.
import { readFile } from 'node:fs/promises'
import type { BudgetDocument } from '../../core/document/envelope'
import { buildNarrative } from '../../core/narrative'
import { buildReport } from '../../core/report'
import { coverSection } from '../../core/report/cover'
import { tablesPart } from '../../core/report/tables'
import { tocSection } from '../../core/report/toc'
import type { Analysis } from '../../core/rules/analyze'
import { WRITERS, type ExportRequest } from '../../electron/main/export'
import { resolveFonts } from '../../electron/main/export/pdf/fonts'
import { preparePdf, renderPrepared } from '../../electron/main/export/pdf/render-pdf'
import { partsOf, renderInParts } from '../../electron/main/export/pdf/render-parts'
import { loadNarrativeTemplate } from '../../electron/main/templates/narrative-template'

export const GENERATED_AT = new Date('2026-03-01T08:00:00.000Z')

export function exportRequest(document: BudgetDocument, analysis: Analysis, outDir: string, baseName: string): ExportRequest {
  return { document, analysis, outDir, baseName, generatedAt: GENERATED_AT, documentDir: outDir }
}

/** The workbook of the 13 tables; returns its path. */
export async function exportXlsx(req: ExportRequest): Promise<string> {
  const [file] = await WRITERS.xlsx(req)
  if (!file) throw new Error('xlsx export wrote no file')
  return file
}

/** Page objects of a PDF (pdfmake writes its object dictionaries uncompressed). */
export function pageCount(bytes: Uint8Array): number {
  return Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString('latin1').match(/\/Type\s*\/Page(?![s\w])/g)?.length ?? 0
}

/** The whole disclosure as PDF, forms included; returns its path, size and page count. */
export async function exportPdf(req: ExportRequest): Promise<{ file: string; bytes: number; pages: number }> {
  const [file] = await WRITERS.pdf(req)
  if (!file) throw new Error('pdf export wrote no file')
  const bytes = await readFile(file)
  return { file, bytes: bytes.byteLength, pages: pageCount(bytes) }
}

/**
 * The PDF of what LibreOffice is given: the cover, a 目录 and the 13 tables, written by the same
 * writer as the whole disclosure (prepared, in parts when large). Returns its page count.
 */
export async function exportTablesPdf(req: ExportRequest): Promise<number> {
  const { derivation, findings } = req.analysis
  const { displayName, budgetYear } = derivation.data.department
  const level = derivation.data.settings.disclosureLevel
  const narrative = buildNarrative(derivation, loadNarrativeTemplate(req.document.templateYear))
  const full = buildReport({ derivation, findings, narrative, generatedAt: req.generatedAt.toISOString() }, { charts: {}, attachments: [], performanceForms: [] })
  const part = tablesPart(derivation.tables, budgetYear, findings, level)
  const def = { ...full, toc: part.toc, docDefinition: { ...full.docDefinition, content: [coverSection(displayName, budgetYear, level), tocSection(part.toc), ...part.sections] } }
  const fonts = resolveFonts()
  const prepared = preparePdf(def, fonts)
  const parts = partsOf(prepared)
  const bytes = parts ? await renderInParts(prepared, parts, def, fonts) : await renderPrepared(prepared, fonts)
  return pageCount(bytes)
}
