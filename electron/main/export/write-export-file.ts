// Every export file goes through atomicWrite (architecture rule 9): a temp file, fsync, rename,
// retries while WPS or Excel holds the previous export open, and a Chinese message when it fails.
// `data` may be a writer that streams into the temp file (the workbooks do).
import { atomicWrite, type FileContent } from '../documents/atomic-write'
import type { FileAction } from '../documents/fs-errors'
import { nodeFs, type FsLayer } from '../documents/fs-layer'

export async function writeExportFile(path: string, data: FileContent, fs: FsLayer = nodeFs, action: FileAction = '导出'): Promise<string> {
  const result = await atomicWrite(path, data, { fs, action })
  if (!result.ok) throw new Error(result.error.message)
  return path
}
