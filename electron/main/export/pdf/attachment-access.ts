// Where an export may read an attachment from. The document names its attachments by path, and a
// document is untrusted (it can come from anyone): the path must lead, after every symlink, to a
// regular file inside the document's own 附件 folder, no larger than the limit. Every refusal gives
// one neutral message so the export never tells whether some other file exists.
import { realpath } from 'node:fs/promises'
import { isAbsolute, join, relative, sep } from 'node:path'
import { ATTACHMENT_FOLDER, MAX_ATTACHMENT_BYTES } from '../../documents/attachment-files'
import { megabytes, readRegularFile } from '../../documents/bounded-read'

export function attachmentRefused(title: string, maxBytes = MAX_ATTACHMENT_BYTES): string {
  return `附件“${title}”无法使用：附件须是文档所在文件夹中“${ATTACHMENT_FOLDER}”文件夹里的 PDF 文件（不超过 ${megabytes(maxBytes)}），请在“其他说明”中重新选择`
}

/** The path's segments when it names a file under 附件/ without leaving it; undefined otherwise. */
export function attachmentSegments(path: string): string[] | undefined {
  if (path.includes('\0') || isAbsolute(path) || /^[a-zA-Z]:/.test(path) || path.startsWith('\\') || path.startsWith('/')) return undefined
  const parts = path.split(/[\\/]/)
  if (parts.length < 2 || parts[0] !== ATTACHMENT_FOLDER) return undefined
  if (parts.some((p) => p === '' || p === '.' || p === '..')) return undefined
  return parts
}

function inside(folder: string, file: string): boolean {
  const rel = relative(folder, file)
  return rel !== '' && !rel.startsWith('..') && !isAbsolute(rel) && !rel.split(sep).includes('..')
}

export class AttachmentRefused extends Error {}

/** The attachment's bytes, or throws AttachmentRefused with the neutral message. */
export async function readAttachmentFile(documentDir: string, path: string, title: string, maxBytes = MAX_ATTACHMENT_BYTES): Promise<Uint8Array> {
  const refused = () => new AttachmentRefused(attachmentRefused(title, maxBytes))
  const parts = attachmentSegments(path)
  if (!parts) throw refused()
  let bytes: Buffer
  try {
    const folder = await realpath(join(documentDir, ATTACHMENT_FOLDER))
    const file = await realpath(join(documentDir, ...parts))
    if (!inside(folder, file)) throw refused()
    const read = await readRegularFile(file, maxBytes)
    if (!read.ok) throw refused()
    bytes = read.bytes
  } catch {
    throw refused()
  }
  return bytes
}
