// `--format pdf`: the complete 部门预算公开 document (electron/main/export/pdf/build-pdf.ts).
import { join } from 'node:path'
import writeFileAtomic from 'write-file-atomic'
import { buildPdf } from './pdf/build-pdf'
import type { ExportWriter } from './writers'

export const writePdf: ExportWriter = async (req) => {
  const { bytes } = await buildPdf(req)
  const file = join(req.outDir, `${req.baseName}.pdf`)
  await writeFileAtomic(file, Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength))
  return [file]
}
