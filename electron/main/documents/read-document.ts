// Reads a document file from disk into a LoadResult (the CLI's reader); file-system errors become
// Chinese messages. A file over the size limit is refused before it is read into memory.
import { stat } from 'node:fs/promises'
import { readRegularFile } from './bounded-read'
import { loadDocument, type LoadResult } from '../../../core/document/envelope'
import { MAX_DOCUMENT_BYTES, tooLargeMessage } from './document-io'

export { MAX_DOCUMENT_BYTES } from './document-io'

export const FILE_ERROR_MESSAGES: Record<string, string> = {
  ENOENT: '找不到文件',
  EACCES: '没有权限读取此文件',
  EPERM: '没有权限读取此文件',
  EBUSY: '文件被其他程序占用，请关闭后重试',
  EISDIR: '所选路径是文件夹，不是文件',
}

export const NOT_REGULAR = '所选的不是普通文件'

export async function readDocumentFile(path: string): Promise<LoadResult> {
  let text: string
  try {
    const st = await stat(path)
    if (st.isDirectory()) return { ok: false, code: 'NOT_A_DOCUMENT', message: `${FILE_ERROR_MESSAGES['EISDIR']}：${path}`, problems: [] }
    // Opened non-blocking and checked on the handle: a FIFO or a device never hangs the read.
    const read = await readRegularFile(path, MAX_DOCUMENT_BYTES)
    if (!read.ok && read.reason === 'not-regular') return { ok: false, code: 'NOT_A_DOCUMENT', message: `${NOT_REGULAR}：${path}`, problems: [] }
    if (!read.ok) return { ok: false, code: 'INVALID', message: tooLargeMessage(read.size ?? st.size), problems: [] }
    text = read.bytes.toString('utf8')
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code ?? ''
    return { ok: false, code: 'NOT_A_DOCUMENT', message: `${FILE_ERROR_MESSAGES[code] ?? '无法读取文件'}：${path}`, problems: [] }
  }
  return loadDocument(text)
}
