// Shared steps of the xlsx export tests: derive a document, export it, and read the result back
// with exceljs, with openpyxl (a second, independent reader) and through LibreOffice's PDF.
import { execFileSync } from 'node:child_process'
import { existsSync, mkdtempSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { basename, dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'
import ExcelJS from 'exceljs'
import type { BudgetDocument } from '../../core/document/envelope'
import { analyze, type Analysis } from '../../core/rules/analyze'
import { writeXlsx } from '../../electron/main/export/write-xlsx'
import type { ExportRequest } from '../../electron/main/export/writers'
import { catalogFor } from '../builders/catalog'

export const GENERATED_AT = new Date('2026-03-01T08:30:00Z')

export function tempDir(prefix: string): string {
  return mkdtempSync(join(tmpdir(), prefix))
}

export function analyzeDocument(doc: BudgetDocument): Analysis {
  return analyze(doc.data, catalogFor(doc.templateYear))
}

export function exportRequest(doc: BudgetDocument, analysis: Analysis, outDir: string, extra: Partial<ExportRequest> = {}): ExportRequest {
  return { document: doc, analysis, outDir, baseName: 'doc', generatedAt: GENERATED_AT, documentDir: outDir, ...extra }
}

export async function exportXlsx(doc: BudgetDocument, analysis: Analysis, outDir: string, extra: Partial<ExportRequest> = {}): Promise<string[]> {
  return writeXlsx(exportRequest(doc, analysis, outDir, extra))
}

export async function readWorkbook(file: string): Promise<ExcelJS.Workbook> {
  const wb = new ExcelJS.Workbook()
  await wb.xlsx.readFile(file)
  return wb
}

// ---- openpyxl ----------------------------------------------------------------------------

/** Debian's python3-openpyxl installs for /usr/bin/python3, which a pyenv shim may hide. */
export const PYTHON = existsSync('/usr/bin/python3') ? '/usr/bin/python3' : 'python3'
const OPENPYXL_DUMP = join(dirname(fileURLToPath(import.meta.url)), 'openpyxl-dump.py')

export interface OpenpyxlSheet {
  name: string
  merged: string[]
  /** [row, col, value, data_type, number_format] of every cell with a value. */
  cells: [number, number, string | number | boolean, string, string][]
  printTitleRows: string | null
  printArea: string | null
  orientation: string
  paperSize: number | null
  fitToPage: boolean | null
  fitToWidth: number | null
  fitToHeight: number | null
  horizontalCentered: boolean | null
  freeze: string | null
  footer: string | null
}

export interface OpenpyxlWorkbook {
  properties: { title: string | null; creator: string | null; created: string | null }
  sheets: OpenpyxlSheet[]
}

export function readWithOpenpyxl(file: string): OpenpyxlWorkbook {
  const out = execFileSync(PYTHON, [OPENPYXL_DUMP, file], { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 })
  return JSON.parse(out) as OpenpyxlWorkbook
}

// ---- LibreOffice → PDF → text ------------------------------------------------------------

/** Converts with a throw-away profile (a shared one is locked by a concurrent run). Returns the PDF path. */
export function convertToPdf(xlsx: string, outDir: string): string {
  const profile = tempDir('lo-profile-')
  execFileSync('libreoffice', [`-env:UserInstallation=file://${profile}`, '--headless', '--convert-to', 'pdf', '--outdir', outDir, xlsx], { stdio: 'pipe', timeout: 120_000 })
  const pdf = join(outDir, basename(xlsx).replace(/\.xlsx$/, '.pdf'))
  if (!existsSync(pdf)) throw new Error(`LibreOffice wrote no PDF for ${xlsx}`)
  return pdf
}

/** pdftotext per page (pages are separated by form feeds), in drawing order (`-raw`): a wrapped cell's lines stay together. */
export function pdfPages(pdf: string): string[] {
  const text = execFileSync('pdftotext', ['-raw', '-enc', 'UTF-8', pdf, '-'], { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 })
  const pages = text.split('\f')
  if (pages.at(-1)?.trim() === '') pages.pop()
  return pages
}

/** Width × height in points of every page, from pdfinfo. */
export function pdfPageSizes(pdf: string): { width: number; height: number }[] {
  const info = execFileSync('pdfinfo', ['-f', '1', '-l', '9999', pdf], { encoding: 'utf8' })
  return [...info.matchAll(/^Page\s+\d+ size:\s+([\d.]+) x ([\d.]+) pts/gm)].map((m) => ({ width: Number(m[1]), height: Number(m[2]) }))
}
