// The recovery journal: the renderer's whole editing state, written every few seconds to the app
// data folder (never over the officer's file), checked on start, discarded after a save or a
// deliberate close. It is written with atomicWrite, so a crash mid-write leaves the previous entry.
import { join } from 'node:path'
import { ok, type Result } from '../../../core/api/result'
import { atomicWrite } from './atomic-write'
import { fsErrorResult } from './fs-errors'
import { errnoCode, type FsLayer } from './fs-layer'

export const JOURNAL_FILE = 'journal.json'
/** Far above any real document; stops a runaway renderer from filling the disk. */
export const MAX_JOURNAL_BYTES = 64 * 1024 * 1024

export interface JournalEntry {
  journaledAt: string
  /** The file the state belongs to, when it was opened or saved; restoring re-binds it. */
  documentPath?: string
  state: unknown
}

export type JournalRead = { kind: 'none' } | { kind: 'entry'; entry: JournalEntry } | { kind: 'corrupt'; movedTo?: string }

export interface Journal {
  write(state: unknown, journaledAt: Date, documentPath: string | null): Promise<Result<{ journaledAt: string }>>
  read(): Promise<JournalRead>
  discard(): Promise<Result<Record<string, never>>>
}

export function createJournal(fs: FsLayer, recoveryDir: string): Journal {
  const file = join(recoveryDir, JOURNAL_FILE)
  return {
    async write(state, at, documentPath) {
      const entry: JournalEntry = { journaledAt: at.toISOString(), state, ...(documentPath ? { documentPath } : {}) }
      const text = JSON.stringify(entry)
      if (Buffer.byteLength(text) > MAX_JOURNAL_BYTES) return fsErrorResult({ code: 'EFBIG' }, '写入恢复记录')
      try {
        await fs.mkdir(recoveryDir)
      } catch (e) {
        return fsErrorResult(e, '写入恢复记录', recoveryDir)
      }
      const written = await atomicWrite(file, text, { fs, action: '写入恢复记录' })
      return written.ok ? ok({ journaledAt: entry.journaledAt }) : written
    },
    async read() {
      let text: string
      try {
        text = (await fs.readFile(file)).toString('utf8')
      } catch {
        return { kind: 'none' }
      }
      const entry = parseEntry(text)
      if (entry) return { kind: 'entry', entry }
      // Keep a broken journal for support instead of offering it or deleting it.
      const movedTo = `${file}.corrupt-${Date.now()}`
      try {
        await fs.rename(file, movedTo)
        return { kind: 'corrupt', movedTo }
      } catch {
        return { kind: 'corrupt' }
      }
    },
    async discard() {
      try {
        await fs.unlink(file)
      } catch (e) {
        if (errnoCode(e) !== 'ENOENT') return fsErrorResult(e, '写入恢复记录', file)
      }
      return ok({})
    },
  }
}

function parseEntry(text: string): JournalEntry | undefined {
  let raw: unknown
  try {
    raw = JSON.parse(text)
  } catch {
    return undefined
  }
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) return undefined
  const r = raw as Record<string, unknown>
  if (typeof r['journaledAt'] !== 'string' || !('state' in r)) return undefined
  const documentPath = typeof r['documentPath'] === 'string' ? r['documentPath'] : undefined
  return { journaledAt: r['journaledAt'], state: r['state'], ...(documentPath ? { documentPath } : {}) }
}
