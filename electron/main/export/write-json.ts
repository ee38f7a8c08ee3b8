import { join } from 'node:path'
import { tablesExport } from './export-json'
import { writeExportFile } from './write-export-file'
import type { ExportWriter } from './writers'

export const writeJson: ExportWriter = async (req) => {
  const file = join(req.outDir, `${req.baseName}.tables.json`)
  return [await writeExportFile(file, `${JSON.stringify(tablesExport(req.analysis, req.generatedAt.toISOString()), null, 2)}\n`)]
}
