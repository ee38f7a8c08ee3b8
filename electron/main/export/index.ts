import { writeDocx } from './write-docx'
import { writeImportTemplateExport } from './write-import-template'
import { writeJson } from './write-json'
import { writePdf } from './write-pdf'
import { writeText } from './write-text'
import { writeXlsx } from './write-xlsx'
import type { ExportWriter } from './writers'

export const EXPORT_FORMATS = ['json', 'xlsx', 'pdf', 'txt', 'docx', 'import-xlsx'] as const
export type ExportFormat = (typeof EXPORT_FORMATS)[number]

export const WRITERS: Record<ExportFormat, ExportWriter> = { json: writeJson, xlsx: writeXlsx, pdf: writePdf, txt: writeText, docx: writeDocx, 'import-xlsx': writeImportTemplateExport }
export type { ExportRequest, ExportWriter } from './writers'
