// Reading and writing document files through the injected fs layer, with Chinese Results.
// Save = timed backup of the previous save → atomicWrite with `.bak` → discard the journal.
import { err, ok, type Result } from '../../../core/api/result'
import { loadDocument, serializeDocument, type BudgetDocument, type LoadResult } from '../../../core/document/envelope'
import { atomicWrite } from './atomic-write'
import { megabytes } from './bounded-read'
import { backupBeforeSave, type BackupPolicy } from './backups'
import { fsErrorResult } from './fs-errors'
import type { FsLayer } from './fs-layer'

/** A real document is a few MB (the 150-unit large department is 4.4 MB); larger files are refused before parsing. */
export const MAX_DOCUMENT_BYTES = 64 * 1024 * 1024

export function tooLargeMessage(bytes: number): string {
  return `文件过大（${megabytes(bytes)}，上限 ${megabytes(MAX_DOCUMENT_BYTES)}），不是有效的预算公开文档`
}
const MAX_PROBLEMS = 50

export interface LoadedDocument {
  document: BudgetDocument
  migratedFrom?: number
}

export function loadResultToResult(loaded: LoadResult): Result<LoadedDocument> {
  if (loaded.ok) return ok(loaded.migratedFrom !== undefined ? { document: loaded.document, migratedFrom: loaded.migratedFrom } : { document: loaded.document })
  const details = loaded.problems.slice(0, MAX_PROBLEMS).map((p) => (p.path ? `${p.path}：${p.message}` : p.message))
  if (loaded.problems.length > MAX_PROBLEMS) details.push(`…另有 ${loaded.problems.length - MAX_PROBLEMS} 处问题`)
  return err(loaded.code === 'NEWER_VERSION' ? 'NEWER_VERSION' : 'INVALID_DOCUMENT', loaded.message, details.length > 0 ? details : undefined)
}

export async function readDocumentAt(fs: FsLayer, path: string): Promise<Result<LoadedDocument>> {
  let buf: Buffer
  try {
    const st = await fs.stat(path)
    if (st.isDirectory()) return fsErrorResult({ code: 'EISDIR' }, '读取', path)
    // A FIFO or a device (a *.json named pipe) would block the read forever.
    if (!st.isFile()) return err('INVALID_DOCUMENT', '所选的不是普通文件，无法作为文档打开', [path])
    if (st.size > MAX_DOCUMENT_BYTES) return err('INVALID_DOCUMENT', tooLargeMessage(st.size))
    buf = await fs.readFile(path)
  } catch (e) {
    return fsErrorResult(e, '读取', path)
  }
  return loadResultToResult(loadDocument(buf.toString('utf8')))
}

export interface WriteDocumentDeps {
  fs: FsLayer
  appVersion: string
  backupsDir: string
  backupPolicy?: BackupPolicy
  sleep?: (ms: number) => Promise<void>
  /** The officer confirmed replacing a read-only file. */
  replaceReadOnly?: boolean
}

/** Never mutates `document`: on failure the renderer's copy is exactly what the officer typed. */
export async function writeDocumentAt(deps: WriteDocumentDeps, path: string, document: BudgetDocument, now: Date): Promise<Result<{ savedAt: string }>> {
  const savedAt = now.toISOString()
  const text = serializeDocument(document, deps.appVersion, savedAt)
  await backupBeforeSave(deps.fs, deps.backupsDir, path, now, deps.backupPolicy)
  const written = await atomicWrite(path, text, { fs: deps.fs, keepBak: true, ...(deps.sleep ? { sleep: deps.sleep } : {}), ...(deps.replaceReadOnly ? { replaceReadOnly: true } : {}) })
  return written.ok ? ok({ savedAt }) : written
}
