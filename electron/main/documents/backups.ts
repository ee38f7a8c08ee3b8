// Timed backups of previous saves, in the app data folder (not beside the officer's file): before a
// save overwrites a document, its previous content is copied to
// `<appData>/backups/<name>-<hash of path>/<yyyyMMdd-HHmmss>.ysgk.json` when the newest backup is
// older than the interval; only the newest `keep` are kept (Actual Budget keeps timed backups too).
import { createHash } from 'node:crypto'
import { basename, join } from 'node:path'
import { DOCUMENT_EXTENSION } from '../../../core/document/envelope'
import { atomicCopy } from './atomic-write'
import type { FsLayer } from './fs-layer'

export interface BackupPolicy {
  minIntervalMs: number
  keep: number
}

export const DEFAULT_BACKUP_POLICY: BackupPolicy = { minIntervalMs: 10 * 60 * 1000, keep: 20 }

const STAMP = /^(\d{4})(\d{2})(\d{2})-(\d{2})(\d{2})(\d{2})(?:-\d+)?\.ysgk\.json$/

export function backupStamp(d: Date): string {
  const p = (n: number) => String(n).padStart(2, '0')
  return `${d.getFullYear()}${p(d.getMonth() + 1)}${p(d.getDate())}-${p(d.getHours())}${p(d.getMinutes())}${p(d.getSeconds())}`
}

function stampTime(name: string): number | undefined {
  const m = STAMP.exec(name)
  if (!m) return undefined
  const [, y, mo, d, h, mi, s] = m.map(Number) as number[]
  return new Date(y as number, (mo as number) - 1, d, h, mi, s).getTime()
}

export function backupFolderFor(backupsRoot: string, documentPath: string): string {
  const hash = createHash('sha256').update(documentPath).digest('hex').slice(0, 10)
  const name = Array.from(basename(documentPath).replace(/\.ysgk\.json$|\.json$/i, '')).slice(0, 60).join('')
  return join(backupsRoot, `${name}-${hash}`)
}

export async function listBackups(fs: FsLayer, folder: string): Promise<string[]> {
  try {
    return (await fs.readdir(folder)).filter((n) => stampTime(n) !== undefined).sort()
  } catch {
    return []
  }
}

export type BackupOutcome = 'created' | 'recent-enough' | 'nothing-to-back-up' | 'failed'

/** Never fails a save: a backup that cannot be written is reported, not thrown. */
export async function backupBeforeSave(fs: FsLayer, backupsRoot: string, documentPath: string, now: Date, policy: BackupPolicy = DEFAULT_BACKUP_POLICY): Promise<BackupOutcome> {
  try {
    await fs.stat(documentPath)
  } catch {
    return 'nothing-to-back-up'
  }
  const folder = backupFolderFor(backupsRoot, documentPath)
  try {
    const existing = await listBackups(fs, folder)
    const newest = existing.at(-1)
    const newestTime = newest ? stampTime(newest) : undefined
    if (newestTime !== undefined && now.getTime() - newestTime < policy.minIntervalMs) return 'recent-enough'
    await fs.mkdir(folder)
    let name = `${backupStamp(now)}${DOCUMENT_EXTENSION}`
    if (existing.includes(name)) name = `${backupStamp(now)}-${existing.length}${DOCUMENT_EXTENSION}`
    // Through a temp file and a rename: a crash mid-copy leaves no torn backup behind.
    await atomicCopy(fs, documentPath, join(folder, name))
    const all = [...existing, name].sort()
    for (const old of all.slice(0, Math.max(0, all.length - policy.keep))) await fs.unlink(join(folder, old)).catch(() => undefined)
    return 'created'
  } catch {
    return 'failed'
  }
}
