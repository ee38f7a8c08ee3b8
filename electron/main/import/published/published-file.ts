// Last year's published file (PDF, .docx or text) → its text for core/published. Limits keep a
// hostile or accidental file from stalling the app: size, pages, unzipped size and time (the text is
// extracted in the import worker, which is stopped when the time is up). Every refusal says, in
// Chinese, what is wrong with the file and what to do instead.
import { readPublished, type ReadPublishedResult } from '../../../../core/published'
import { DocxReadError, docxText } from './docx-lines'
import { PdfReadError, pdfText } from './pdf-lines'
import { runInWorker, type PublishedWorkerAnswer } from '../workbook-thread'

export interface PublishedFileLimits {
  maxBytes: number
  maxPages: number
  maxUnzippedBytes: number
  timeoutMs: number
}

export const PUBLISHED_FILE_LIMITS: PublishedFileLimits = {
  maxBytes: 60 * 1024 * 1024,
  maxPages: 600,
  maxUnzippedBytes: 200 * 1024 * 1024,
  timeoutMs: 120_000,
}

export type PublishedFileKind = 'pdf' | 'docx' | 'text'
export const PUBLISHED_FILE_KIND_LABELS: Record<PublishedFileKind, string> = { pdf: 'PDF', docx: 'Word 文档', text: '文本文件' }

export type PublishedTextResult = { ok: true; kind: PublishedFileKind; text: string; pageCount?: number } | { ok: false; message: string }

const startsWith = (b: Uint8Array, sig: number[]) => sig.every((v, i) => b[i] === v)
const PDF = [0x25, 0x50, 0x44, 0x46, 0x2d]
const ZIP = [0x50, 0x4b, 0x03, 0x04]
const OLE = [0xd0, 0xcf, 0x11, 0xe0]

function decodeText(bytes: Uint8Array): string | undefined {
  if (bytes.subarray(0, 4096).includes(0)) return undefined
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes).replace(/^\uFEFF/, '')
  } catch {
    // Older office PCs save plain text as GBK.
    try {
      return new TextDecoder('gb18030', { fatal: true }).decode(bytes)
    } catch {
      return undefined
    }
  }
}

/** The text of a file whose size was checked; runs in the import worker (workbook-worker.ts). */
export async function extractPublishedText(bytes: Uint8Array, name: string, limits: PublishedFileLimits): Promise<PublishedTextResult> {
  if (startsWith(bytes, PDF)) {
    try {
      const r = await pdfText(bytes, limits.maxPages)
      return { ok: true, kind: 'pdf', text: r.text, pageCount: r.pageCount }
    } catch (e) {
      if (e instanceof PdfReadError && e.kind === 'password') return { ok: false, message: `“${name}”有密码保护，无法读取。请使用公开发布的无密码版本` }
      if (e instanceof PdfReadError && e.kind === 'too-many-pages') return { ok: false, message: `“${name}”超过${limits.maxPages}页，不像一份部门预算公开文件` }
      return { ok: false, message: `“${name}”不是有效的 PDF 文件或已损坏，无法读取。请重新下载上年公开文件后再试` }
    }
  }
  if (startsWith(bytes, ZIP)) {
    try {
      return { ok: true, kind: 'docx', text: docxText(bytes, limits.maxUnzippedBytes) }
    } catch (e) {
      if (e instanceof DocxReadError && e.message === 'no-document') return { ok: false, message: `“${name}”是压缩文件，但不是 Word 文档（.docx），无法读取` }
      if (e instanceof DocxReadError && e.message !== 'damaged') return { ok: false, message: `“${name}”${e.message}，无法读取` }
      return { ok: false, message: `“${name}”已损坏，无法作为 Word 文档（.docx）读取` }
    }
  }
  if (startsWith(bytes, OLE)) return { ok: false, message: `“${name}”是旧版 Word（.doc）或其他 Office 文件，无法直接读取。请在 Word 或 WPS 中另存为 .docx 或 PDF 后再选择` }
  const text = decodeText(bytes)
  if (text === undefined) return { ok: false, message: `“${name}”既不是 PDF、Word 文档（.docx），也不是文本文件，无法读取` }
  return { ok: true, kind: 'text', text }
}

export async function publishedFileText(bytes: Uint8Array, name: string, limits: PublishedFileLimits = PUBLISHED_FILE_LIMITS): Promise<PublishedTextResult> {
  if (bytes.byteLength === 0) return { ok: false, message: `“${name}”是空文件` }
  if (bytes.byteLength > limits.maxBytes) return { ok: false, message: `“${name}”超过${Math.round(limits.maxBytes / 1024 / 1024)}MB，不像一份部门预算公开文件` }
  return runInWorker<PublishedWorkerAnswer, PublishedTextResult>({
    job: { kind: 'published', bytes, name, limits },
    timeoutMs: limits.timeoutMs,
    answered: (a) => (a.ok ? a.result : { ok: false, message: `“${name}”无法读取：${a.message}` }),
    failed: (outOfMemory) => ({ ok: false, message: outOfMemory ? `读取“${name}”超出内存上限，文件可能过大或已损坏` : `“${name}”已损坏，无法读取` }),
    timedOut: () => ({ ok: false, message: `读取“${name}”超过${Math.max(1, Math.round(limits.timeoutMs / 1000))}秒仍未完成，已停止：文件可能过大或已损坏` }),
  })
}

export type PublishedFileReading = (ReadPublishedResult & { kind?: PublishedFileKind; pageCount?: number })

/** Extraction and reading together; a file whose text is not a disclosure is refused by the reader. */
export async function readPublishedFile(bytes: Uint8Array, name: string, limits: PublishedFileLimits = PUBLISHED_FILE_LIMITS): Promise<PublishedFileReading> {
  const t = await publishedFileText(bytes, name, limits)
  if (!t.ok) return t
  const r = readPublished(t.text)
  if (!r.ok) return { ok: false, message: `“${name}”：${r.message}` }
  return { ...r, kind: t.kind, ...(t.pageCount !== undefined ? { pageCount: t.pageCount } : {}) }
}
