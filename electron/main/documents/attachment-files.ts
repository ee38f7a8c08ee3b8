// PDF attachments (十二 其他说明): the chosen file is checked to be a PDF the export can merge, then
// kept beside the document — copied into `附件/` unless it is already there — so the document stores
// a path relative to its own folder and still finds the file when the folder is moved or copied. The
// export reads attachments from `附件/` only (export/pdf/attachment-access.ts).
import { basename, extname, isAbsolute, join, relative, sep } from 'node:path'
import { err, ok, type Result } from '../../../core/api/result'
import { atomicWrite } from './atomic-write'
import { fsErrorResult } from './fs-errors'
import type { FsLayer } from './fs-layer'
import { exists } from './fs-layer'
import { megabytes, readRegularFile } from './bounded-read'
import { PDFDocument } from 'pdf-lib'

export const ATTACHMENT_FOLDER = '附件'
/** Larger files are refused before they are read: a 政府购买服务目录 is a few MB. */
export const MAX_ATTACHMENT_BYTES = 100 * 1024 * 1024

export interface CheckedPdf {
  bytes: Uint8Array
  pages: number
}

/** Reads `path` and checks it is a PDF pdf-lib can open (not encrypted, at least one page). */
export async function readCheckedPdf(path: string): Promise<Result<CheckedPdf>> {
  const name = basename(path)
  let bytes: Buffer
  try {
    const read = await readRegularFile(path, MAX_ATTACHMENT_BYTES)
    if (!read.ok && read.reason === 'not-regular') return err('INVALID_REQUEST', `“${name}”不是普通文件，请选择 PDF 文件`)
    if (!read.ok) return err('INVALID_REQUEST', `附件“${name}”过大（${megabytes(read.size ?? 0)}，上限 ${megabytes(MAX_ATTACHMENT_BYTES)}）`)
    bytes = read.bytes
  } catch (e) {
    return fsErrorResult(e, '读取', path)
  }
  // The PDF header may follow a little junk (PDF 1.7 §7.5.2 readers accept it within the first 1024 bytes).
  if (!bytes.subarray(0, 1024).toString('latin1').includes('%PDF-')) return err('INVALID_REQUEST', `“${name}”不是 PDF 文件，请选择 PDF 格式的附件`)
  try {
    const pdf = await PDFDocument.load(bytes, { updateMetadata: false })
    const pages = pdf.getPageCount()
    if (pages === 0) return err('INVALID_REQUEST', `附件“${name}”没有页面`)
    return ok({ bytes, pages })
  } catch (e) {
    const encrypted = e instanceof Error && /encrypt/i.test(e.message)
    return err('INVALID_REQUEST', encrypted ? `附件“${name}”已加密，无法合并到公开文件，请提供未加密的 PDF` : `“${name}”不是有效的 PDF 文件（文件可能已损坏）`)
  }
}

/** `a/b.pdf` relative to `base` when `path` is inside it, else undefined. */
export function relativeInside(base: string, path: string): string | undefined {
  const rel = relative(base, path)
  if (rel === '' || rel.startsWith('..') || isAbsolute(rel)) return undefined
  return rel.split(sep).join('/')
}

function sameBytes(a: Uint8Array, b: Uint8Array): boolean {
  return a.length === b.length && Buffer.compare(Buffer.from(a.buffer, a.byteOffset, a.length), Buffer.from(b.buffer, b.byteOffset, b.length)) === 0
}

async function realFolder(fs: FsLayer, folder: string): Promise<string> {
  try {
    return await fs.realpath(folder)
  } catch {
    return folder
  }
}

/**
 * Keeps the PDF beside the document: a file already inside `base/附件` is used where it is; another is
 * copied to `附件/<name>.pdf` (`<name>（2）.pdf` … when a different file has that name).
 */
export async function placeAttachment(fs: FsLayer, base: string, source: string, pdf: CheckedPdf): Promise<Result<{ path: string; copied: boolean }>> {
  const folder = join(base, ATTACHMENT_FOLDER)
  const inside = relativeInside(await realFolder(fs, folder), await fs.realpath(source).catch(() => source))
  if (inside !== undefined) return ok({ path: `${ATTACHMENT_FOLDER}/${inside}`, copied: false })
  try {
    await fs.mkdir(folder)
  } catch (e) {
    return fsErrorResult(e, '保存', folder)
  }
  const ext = extname(source) || '.pdf'
  const stem = basename(source, ext)
  for (let n = 1; n < 100; n++) {
    const name = n === 1 ? `${stem}${ext}` : `${stem}（${n}）${ext}`
    const target = join(folder, name)
    if (await exists(fs, target)) {
      let current: Buffer
      try {
        current = await fs.readFile(target)
      } catch {
        continue
      }
      if (sameBytes(current, pdf.bytes)) return ok({ path: `${ATTACHMENT_FOLDER}/${name}`, copied: false })
      continue
    }
    const written = await atomicWrite(target, pdf.bytes, { fs })
    return written.ok ? ok({ path: `${ATTACHMENT_FOLDER}/${name}`, copied: true }) : written
  }
  return err('INVALID_REQUEST', `“${ATTACHMENT_FOLDER}”文件夹中同名文件过多，请先整理`)
}
