// `--format docx`: the whole disclosure as an editable Word document (electron/main/export/docx/).
import { join } from 'node:path'
import { buildDocx } from './docx/build-docx'
import { writeExportFile } from './write-export-file'
import type { ExportWriter } from './writers'

export const writeDocx: ExportWriter = async (req) => {
  const { bytes } = await buildDocx(req)
  return [await writeExportFile(join(req.outDir, `${req.baseName}.docx`), bytes)]
}
