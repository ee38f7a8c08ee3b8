// Reads a document file from disk into a LoadResult; file-system errors become Chinese messages.
import { readFile } from 'node:fs/promises'
import { loadDocument, type LoadResult } from '../../../core/document/envelope'

export const FILE_ERROR_MESSAGES: Record<string, string> = {
  ENOENT: '找不到文件',
  EACCES: '没有权限读取此文件',
  EPERM: '没有权限读取此文件',
  EBUSY: '文件被其他程序占用，请关闭后重试',
  EISDIR: '所选路径是文件夹，不是文件',
}

/** Larger files are refused before parsing: a real document is a few MB at most. */
export const MAX_DOCUMENT_BYTES = 64 * 1024 * 1024

export async function readDocumentFile(path: string): Promise<LoadResult> {
  let text: string
  try {
    const buf = await readFile(path)
    if (buf.byteLength > MAX_DOCUMENT_BYTES) return { ok: false, code: 'INVALID', message: `文件过大（${Math.round(buf.byteLength / 1048576)} MB），不是有效的预算公开文档`, problems: [] }
    text = buf.toString('utf8')
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code ?? ''
    return { ok: false, code: 'NOT_A_DOCUMENT', message: `${FILE_ERROR_MESSAGES[code] ?? '无法读取文件'}：${path}`, problems: [] }
  }
  return loadDocument(text)
}
