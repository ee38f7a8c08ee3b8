// Exports a sample (or any document) to PDF the way the CLI does, with a fixed export time, and
// keeps the bytes and the pieces the tests compare against (tables, narrative, report definition).
import { analyze } from '../../../core/rules/analyze'
import type { BudgetDocument } from '../../../core/document/envelope'
import type { DraftStatus } from '../../../core/report/draft-mark'
import { buildPdf, type PdfBuildOptions, type PdfBuildResult } from '../../../electron/main/export/pdf/build-pdf'
import { loadCatalog } from '../../../electron/main/templates/catalog-loader'
import type { Analysis } from '../../../core/rules/analyze'
import { loadSample } from '../../samples/sample-files'
import type { SeedId } from '../../seeds/seed-files'
import { readPdf, type ReadPdf } from './read-pdf'

export const FIXED_TIME = new Date('2026-03-01T08:00:00.000Z')

export interface ExportedPdf extends PdfBuildResult {
  analysis: Analysis
  read: ReadPdf
}

export async function exportDocumentPdf(document: BudgetDocument, documentDir = '.', options: PdfBuildOptions = {}, generatedAt = FIXED_TIME, draft?: DraftStatus): Promise<ExportedPdf> {
  const analysis = analyze(document.data, loadCatalog(document.templateYear))
  const result = await buildPdf({ document, analysis, outDir: '.', baseName: 'x', generatedAt, documentDir, ...(draft ? { draft } : {}) }, options)
  return { ...result, analysis, read: await readPdf(result.bytes) }
}

const cache = new Map<SeedId, Promise<ExportedPdf>>()

/** One export per sample and test file (vitest runs each file in its own process). */
export function exportSamplePdf(id: SeedId): Promise<ExportedPdf> {
  let hit = cache.get(id)
  if (!hit) {
    hit = exportDocumentPdf(loadSample(id))
    cache.set(id, hit)
  }
  return hit
}

export const SAMPLE_IDS: readonly SeedId[] = ['000', '001', '004']
