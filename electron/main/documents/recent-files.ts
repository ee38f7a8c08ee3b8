// The 最近打开 list, persisted in the app data folder. The renderer sees an opaque id per entry and
// sends that back, never a path (architecture rule 7).
import { createHash } from 'node:crypto'
import { join } from 'node:path'
import { atomicWrite } from './atomic-write'
import type { FsLayer } from './fs-layer'

export const RECENT_FILE = 'recent-files.json'
export const MAX_RECENT = 10

export interface RecentEntry {
  path: string
  openedAt: string
}

export function recentId(path: string): string {
  return createHash('sha256').update(path).digest('hex').slice(0, 16)
}

/** Newest first, one entry per path (case-insensitive on Windows, where paths are). */
export function addRecent(list: readonly RecentEntry[], path: string, openedAt: string, caseInsensitive: boolean): RecentEntry[] {
  const key = (p: string) => (caseInsensitive ? p.toLowerCase() : p)
  return [{ path, openedAt }, ...list.filter((e) => key(e.path) !== key(path))].slice(0, MAX_RECENT)
}

export function parseRecent(text: string): RecentEntry[] {
  try {
    const raw: unknown = JSON.parse(text)
    if (!Array.isArray(raw)) return []
    return raw
      .filter((e): e is RecentEntry => typeof e === 'object' && e !== null && typeof (e as RecentEntry).path === 'string' && typeof (e as RecentEntry).openedAt === 'string')
      .map((e) => ({ path: e.path, openedAt: e.openedAt }))
      .slice(0, MAX_RECENT)
  } catch {
    return []
  }
}

export interface RecentFiles {
  list(): Promise<RecentEntry[]>
  add(path: string, at: Date): Promise<RecentEntry[]>
  clear(): Promise<void>
  find(id: string): Promise<RecentEntry | undefined>
}

export function createRecentFiles(fs: FsLayer, appDataDir: string, caseInsensitive = process.platform === 'win32'): RecentFiles {
  const file = join(appDataDir, RECENT_FILE)
  let cache: RecentEntry[] | undefined
  const load = async () => {
    if (cache) return cache
    try {
      cache = parseRecent((await fs.readFile(file)).toString('utf8'))
    } catch {
      cache = []
    }
    return cache
  }
  // The list is a convenience: failing to persist it never fails opening or saving a document.
  const persist = async (list: RecentEntry[]) => {
    cache = list
    try {
      await fs.mkdir(appDataDir)
      await atomicWrite(file, JSON.stringify(list, null, 2), { fs })
    } catch {
      // ignored, see above
    }
  }
  return {
    list: load,
    async add(path, at) {
      const next = addRecent(await load(), path, at.toISOString(), caseInsensitive)
      await persist(next)
      return next
    },
    async clear() {
      await persist([])
    },
    async find(id) {
      return (await load()).find((e) => recentId(e.path) === id)
    },
  }
}
