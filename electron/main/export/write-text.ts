// `--format txt`: 第三部分 情况说明 and 第四部分 名词解释 as plain text for pasting into Word/WPS.
// UTF-8 with BOM and CRLF line ends, so Word, WPS and Notepad open it without asking for an encoding.
import { join } from 'node:path'
import { buildNarrative, narrativeToPlainText } from '../../../core/narrative'
import { loadNarrativeTemplate } from '../templates/narrative-template'
import { writeExportFile } from './write-export-file'
import type { ExportRequest, ExportWriter } from './writers'

export function plainTextFileContent(text: string): string {
  return `\uFEFF${text.replace(/\r?\n/g, '\r\n')}`
}

export function textFileName(req: Pick<ExportRequest, 'outDir' | 'baseName'>): string {
  return join(req.outDir, `${req.baseName}.情况说明.txt`)
}

export const writeText: ExportWriter = async (req) => {
  const narrative = buildNarrative(req.analysis.derivation, loadNarrativeTemplate(req.document.templateYear))
  const file = textFileName(req)
  await writeExportFile(file, plainTextFileContent(narrativeToPlainText(narrative)))
  req.onProgress?.(1, 1, file)
  return [file]
}
