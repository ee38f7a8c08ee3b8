// 导入科目表: a .csv (UTF-8, or GBK as Excel on Chinese Windows saves it) or .xlsx file → the rows
// core/catalogs reads. Every sheet of a workbook is read; rows of all sheets are concatenated per
// sheet in order, each sheet keeping its own header.
import { readFile, stat } from 'node:fs/promises'
import { extname } from 'node:path'
import { readCatalogRows, type CatalogFileRead } from '../../../core/catalogs/catalog-file'
import { parseCsv } from '../../../core/catalogs/csv'
import { err, ok, type Result } from '../../../core/api/result'
import { fsErrorResult } from '../documents/fs-errors'

/** A 科目表 is a few thousand rows at most; larger files are refused before parsing. */
export const MAX_CATALOG_FILE_BYTES = 16 * 1024 * 1024

/** UTF-8 unless the bytes are not valid UTF-8; then GBK (GB18030), the encoding of Excel's “CSV”. */
export function decodeCsv(bytes: Uint8Array): string {
  let text: string
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes)
  } catch {
    text = new TextDecoder('gb18030').decode(bytes)
  }
  return text.replace(/^\uFEFF/, '')
}

export async function readCatalogFile(path: string): Promise<Result<CatalogFileRead>> {
  try {
    const st = await stat(path)
    if (st.size > MAX_CATALOG_FILE_BYTES) return err('INVALID_DOCUMENT', `科目表文件过大（${Math.round(st.size / 1048576)} MB，上限 ${MAX_CATALOG_FILE_BYTES / 1048576} MB）`)
  } catch (e) {
    return fsErrorResult(e, '读取', path)
  }
  const ext = extname(path).toLowerCase()
  if (ext === '.csv') {
    try {
      return ok(readCatalogRows(parseCsv(decodeCsv(await readFile(path)))))
    } catch (e) {
      return fsErrorResult(e, '读取', path)
    }
  }
  if (ext !== '.xlsx') return err('INVALID_REQUEST', '只能导入 .xlsx 或 .csv 格式的科目表')
  const { openWorkbook } = await import('./read-workbook')
  const opened = await openWorkbook(path)
  if (!opened.ok) return opened
  const read: CatalogFileRead = { entries: [], problems: [] }
  for (const sheet of opened.value) {
    const r = readCatalogRows(sheet.rows)
    if (r.entries.length === 0) continue
    read.entries.push(...r.entries)
    read.problems.push(...r.problems.map((p) => ({ ...p, message: `工作表“${sheet.name}”${p.message}` })))
  }
  if (read.entries.length === 0) {
    const first = opened.value[0]
    return ok(first ? readCatalogRows(first.rows) : read)
  }
  return ok(read)
}
