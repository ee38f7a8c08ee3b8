// The only writer of user files (architecture rule 9): temp file in the same directory → fsync →
// rename over the target, retrying while antivirus or an indexer holds a lock. The previous copy
// is kept as `<file>.bak`, itself copied to a temp file and renamed, so a crash mid-copy never
// leaves a torn `.bak` (tests/faults/kill-during-save.test.ts found one). On any failure the old
// file is untouched and the temp file removed; temp files a crash left are removed by a later save.
import { randomBytes } from 'node:crypto'
import { basename, dirname, join } from 'node:path'
import { Writable } from 'node:stream'
import { err, ok, type Result } from '../../../core/api/result'
import { fsErrorResult, isTransientLock, type FileAction } from './fs-errors'
import { errnoCode, type FileHandleLike, type FsLayer } from './fs-layer'

/** Waits before each retry of the rename: ~1.5 s in all, enough for a virus scan of a small file. */
export const RENAME_RETRY_DELAYS_MS = [50, 100, 200, 400, 800] as const

export interface AtomicWriteOptions {
  fs: FsLayer
  /** Copy the file being replaced to `<file>.bak` first. */
  keepBak?: boolean
  sleep?: (ms: number) => Promise<void>
  retryDelaysMs?: readonly number[]
  action?: FileAction
  /** The officer confirmed replacing a read-only file (else READ_ONLY is returned and nothing is written). */
  replaceReadOnly?: boolean
}

export function readOnlyMessage(path: string): string {
  return `“${basename(path)}”是只读文件，需要您确认后才能替换`
}

/** No write bit for anyone: Windows' read-only attribute reads as 0o444. */
export const isReadOnlyMode = (mode: number | undefined): boolean => mode !== undefined && (mode & 0o222) === 0

export const BAK_SUFFIX = '.bak'

const defaultSleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms))

export function tempPathFor(path: string): string {
  return join(dirname(path), `.${basename(path)}.${randomBytes(6).toString('hex')}.tmp`)
}

/**
 * What goes into the file: its bytes, or a writer that streams them into `out` and resolves once
 * `out` has finished (a large workbook is written part by part, never held whole in memory).
 */
export type FileContent = string | Uint8Array | ((out: Writable) => Promise<void>)

/** A stream over the temp file's handle: chunks are appended in order, those queued meanwhile in one write. */
function handleStream(handle: FileHandleLike): Writable {
  return new Writable({
    highWaterMark: 1 << 20,
    write(chunk: Buffer, _encoding, done) {
      handle.writeFile(chunk).then(() => done(), done)
    },
    writev(chunks, done) {
      handle.writeFile(Buffer.concat(chunks.map((c) => c.chunk as Buffer))).then(() => done(), done)
    },
  })
}

async function writeContent(handle: FileHandleLike, data: FileContent): Promise<void> {
  if (typeof data !== 'function') return handle.writeFile(data)
  const out = handleStream(handle)
  // A failed write (a full disk) fails the writer even while it waits on something else; the
  // listener stays so a late write error after the failure is not an uncaught one.
  const failed = new Promise<never>((_, reject) => out.on('error', reject))
  try {
    await Promise.race([data(out), failed])
  } catch (e) {
    out.destroy()
    throw e
  }
  if (!out.writableFinished) throw new Error('文件内容未写完')
}

export async function atomicWrite(path: string, data: FileContent, options: AtomicWriteOptions): Promise<Result<{ path: string }>> {
  const { fs } = options
  const action = options.action ?? '保存'
  const sleep = options.sleep ?? defaultSleep
  const delays = options.retryDelaysMs ?? RENAME_RETRY_DELAYS_MS
  // The replaced file's permissions carry over (a 0600 document stays private); a read-only file
  // is replaced only when the officer has confirmed.
  const existing = await fs.stat(path).catch(() => undefined)
  const mode = existing?.isFile() ? existing.mode : undefined
  if (isReadOnlyMode(mode) && options.replaceReadOnly !== true) return err('READ_ONLY', readOnlyMessage(path), [path])
  const temp = tempPathFor(path)
  let handle: FileHandleLike | undefined
  const cleanup = async () => {
    if (handle) await handle.close().catch(() => undefined)
    handle = undefined
    await fs.unlink(temp).catch(() => undefined)
  }
  try {
    handle = await fs.open(temp, 'wx')
    await writeContent(handle, data)
    await handle.sync()
    const h = handle
    handle = undefined
    await h.close()
    if (mode !== undefined && fs.chmod) await fs.chmod(temp, mode & 0o7777)
  } catch (e) {
    await cleanup()
    return fsErrorResult(e, action, path)
  }
  if (options.keepBak) {
    try {
      await atomicCopy(fs, path, path + BAK_SUFFIX)
    } catch (e) {
      // A missing target (first save) needs no .bak; a full disk must stop the save; any other
      // failure only costs the .bak, which must not block saving the officer's work.
      if (errnoCode(e) === 'ENOSPC') {
        await cleanup()
        return fsErrorResult(e, action, path)
      }
    }
  }
  // Windows refuses to rename over a read-only file; the officer confirmed, so lift the attribute.
  if (isReadOnlyMode(mode) && process.platform === 'win32' && fs.chmod) await fs.chmod(path, 0o666).catch(() => undefined)
  for (let attempt = 0; ; attempt++) {
    try {
      await fs.rename(temp, path)
      break
    } catch (e) {
      const delay = delays[attempt]
      if (isTransientLock(e) && delay !== undefined) {
        await sleep(delay)
        continue
      }
      await cleanup()
      return fsErrorResult(e, action, path)
    }
  }
  await syncDirectory(fs, dirname(path))
  await removeStaleTemps(fs, path)
  return ok({ path })
}

/** A temp file this old beside its target was left by a crash, not by a save in progress. */
export const STALE_TEMP_MS = 10 * 60 * 1000

/** Best effort: removes the temp files of `path` and of its `.bak` that a crash left behind. */
export async function removeStaleTemps(fs: FsLayer, path: string, now = Date.now()): Promise<void> {
  const name = basename(path).replace(/[.*+?^${}()|[\]\\]/g, '\\$&')
  const ours = new RegExp(`^\\.${name}(\\${BAK_SUFFIX})?\\.[0-9a-f]{12}\\.tmp$`)
  try {
    for (const entry of await fs.readdir(dirname(path))) {
      if (!ours.test(entry)) continue
      const temp = join(dirname(path), entry)
      const st = await fs.stat(temp).catch(() => undefined)
      if (st && now - st.mtime.getTime() > STALE_TEMP_MS) await fs.unlink(temp).catch(() => undefined)
    }
  } catch {
    // a folder that cannot be listed keeps its leftovers; the save itself succeeded
  }
}

/** Copies `from` to `to` through a synced temp file and a rename: `to` is the old or the new copy, never half of one. */
export async function atomicCopy(fs: FsLayer, from: string, to: string): Promise<void> {
  const temp = tempPathFor(to)
  try {
    await fs.copyFile(from, temp)
    const h = await fs.open(temp, 'r')
    try {
      await h.sync()
    } finally {
      await h.close()
    }
    await fs.rename(temp, to)
  } catch (e) {
    await fs.unlink(temp).catch(() => undefined)
    throw e
  }
}

/** Makes the rename durable on POSIX; Windows cannot open a directory, which is fine there. */
async function syncDirectory(fs: FsLayer, dir: string): Promise<void> {
  try {
    const h = await fs.open(dir, 'r')
    await h.sync().catch(() => undefined)
    await h.close()
  } catch {
    // not supported on this platform
  }
}
