// The two exports as the app runs them: the xlsx and PDF writers of electron/main/export (the PDF
// with the 绩效目标表 in section 十), into the output folder.
import { readFile } from 'node:fs/promises'
import type { BudgetDocument } from '../../core/document/envelope'
import type { Analysis } from '../../core/rules/analyze'
import { WRITERS, type ExportRequest } from '../../electron/main/export'

export const GENERATED_AT = new Date('2026-03-01T08:00:00.000Z')

export function exportRequest(document: BudgetDocument, analysis: Analysis, outDir: string, baseName: string): ExportRequest {
  return { document, analysis, outDir, baseName, generatedAt: GENERATED_AT, documentDir: outDir }
}

/** The workbook of the 13 tables; returns its path. */
export async function exportXlsx(req: ExportRequest): Promise<string> {
  const [file] = await WRITERS.xlsx(req)
  if (!file) throw new Error('xlsx export wrote no file')
  return file
}

/** Page objects of a PDF (pdfmake writes its object dictionaries uncompressed). */
export function pageCount(bytes: Uint8Array): number {
  return Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString('latin1').match(/\/Type\s*\/Page(?![s\w])/g)?.length ?? 0
}

/** The whole disclosure as PDF, forms included; returns its path, size and page count. */
export async function exportPdf(req: ExportRequest): Promise<{ file: string; bytes: number; pages: number }> {
  const [file] = await WRITERS.pdf(req)
  if (!file) throw new Error('pdf export wrote no file')
  const bytes = await readFile(file)
  return { file, bytes: bytes.byteLength, pages: pageCount(bytes) }
}
