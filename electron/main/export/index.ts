import { writeDocx } from './write-docx'
import { writeJson } from './write-json'
import { writePdf } from './write-pdf'
import { writeText } from './write-text'
import { writeXlsx } from './write-xlsx'
import type { ExportWriter } from './writers'

export const EXPORT_FORMATS = ['json', 'xlsx', 'pdf', 'txt', 'docx'] as const
export type ExportFormat = (typeof EXPORT_FORMATS)[number]

export const WRITERS: Record<ExportFormat, ExportWriter> = { json: writeJson, xlsx: writeXlsx, pdf: writePdf, txt: writeText, docx: writeDocx }
export type { ExportRequest, ExportWriter } from './writers'
