// `--format pdf`: the complete 部门预算公开 document (electron/main/export/pdf/build-pdf.ts).
import { join } from 'node:path'
import { buildPdf } from './pdf/build-pdf'
import { writeExportFile } from './write-export-file'
import type { ExportWriter } from './writers'

export const writePdf: ExportWriter = async (req) => {
  const { bytes } = await buildPdf(req)
  const file = join(req.outDir, `${req.baseName}.pdf`)
  return [await writeExportFile(file, bytes)]
}
