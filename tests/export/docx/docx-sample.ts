// Exports a sample to .docx as the CLI does (fixed export time) and keeps the pieces the Word tests
// compare with: the analysis, the narrative, the sections and the package's XML parts.
import { strFromU8, unzipSync } from 'fflate'
import type { BudgetDocument } from '../../../core/document/envelope'
import type { DraftStatus } from '../../../core/report/draft-mark'
import { analyze, type Analysis } from '../../../core/rules/analyze'
import { buildDocx, type DocxBuildResult } from '../../../electron/main/export/docx/build-docx'
import { loadCatalog } from '../../../electron/main/templates/catalog-loader'
import { loadSample } from '../../samples/sample-files'
import type { SeedId } from '../../seeds/seed-files'

export const FIXED_TIME = new Date('2026-03-01T08:00:00.000Z')

export interface ExportedDocx extends DocxBuildResult {
  analysis: Analysis
  document: BudgetDocument
  /** Text of every part in the zip, by name. */
  parts: Record<string, string>
}

export async function exportDocumentDocx(document: BudgetDocument, generatedAt = FIXED_TIME, draft?: DraftStatus): Promise<ExportedDocx> {
  const analysis = analyze(document.data, loadCatalog(document.templateYear))
  const result = await buildDocx({ document, analysis, outDir: '.', baseName: 'x', generatedAt, documentDir: '.', ...(draft ? { draft } : {}) })
  const files = unzipSync(result.bytes)
  const parts: Record<string, string> = {}
  for (const [name, data] of Object.entries(files)) if (/\.(xml|rels)$/.test(name)) parts[name] = strFromU8(data)
  return { ...result, analysis, document, parts }
}

const cache = new Map<SeedId, Promise<ExportedDocx>>()

export function exportSampleDocx(id: SeedId): Promise<ExportedDocx> {
  let hit = cache.get(id)
  if (!hit) {
    hit = exportDocumentDocx(loadSample(id))
    cache.set(id, hit)
  }
  return hit
}

export const SAMPLE_IDS: readonly SeedId[] = ['000', '001', '004']

/** The part text, or a failed expectation naming the missing part. */
export function part(d: ExportedDocx, name: string): string {
  const xml = d.parts[name]
  if (xml === undefined) throw new Error(`the package has no ${name}`)
  return xml
}

/** Each <w:tbl>…</w:tbl> of the body at the outer level, in order. */
export function bodyTables(xml: string): string[] {
  const out: string[] = []
  let depth = 0
  let start = 0
  for (const m of xml.matchAll(/<w:tbl>|<\/w:tbl>/g)) {
    if (m[0] === '<w:tbl>') {
      if (depth === 0) start = m.index
      depth++
    } else if (--depth === 0) out.push(xml.slice(start, m.index + m[0].length))
  }
  return out
}

export function rows(tableXml: string): string[] {
  return [...tableXml.matchAll(/<w:tr>[\s\S]*?<\/w:tr>/g)].map((m) => m[0])
}
