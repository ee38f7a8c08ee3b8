import { writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import { tablesExport } from './export-json'
import type { ExportWriter } from './writers'

export const writeJson: ExportWriter = async (req) => {
  const file = join(req.outDir, `${req.baseName}.tables.json`)
  await writeFile(file, `${JSON.stringify(tablesExport(req.analysis, req.generatedAt.toISOString()), null, 2)}\n`)
  return [file]
}
