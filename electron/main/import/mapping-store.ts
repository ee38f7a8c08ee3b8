// Remembered column mappings (core/import/saved-mappings.ts), kept as one JSON file in the app data
// folder; the path is injected (main: app.getPath('userData')/import-mappings.json; tests: a temp dir).
// A missing or unreadable file is an empty store: losing a remembered mapping costs a few clicks. A
// file written by a newer version of the program is refused with the reason and never overwritten.
import { readFile } from 'node:fs/promises'
import { nodeFs } from '../documents/fs-layer'
import { writeExportFile } from '../export/write-export-file'
import { err, ok, type Result } from '../../../core/api/result'
import type { ColumnMappingInput } from '../../../core/import/mapping'
import { deleteMapping, emptyMappingStore, matchingMappings, readMappingStore, rememberMapping, renameMapping, type RecalledMapping, type SavedMappingStore, type StoreChange } from '../../../core/import/saved-mappings'
import type { SheetData } from '../../../core/import/sheet'
import { fsErrorResult } from '../documents/fs-errors'

export const MAPPING_STORE_FILE = 'import-mappings.json'

/** The store in the file; a file of a newer format is an error (NEWER_VERSION) with the reason in Chinese. */
export async function loadMappingStore(path: string): Promise<Result<SavedMappingStore>> {
  let text: string
  try {
    text = await readFile(path, 'utf8')
  } catch {
    return ok(emptyMappingStore())
  }
  let json: unknown
  try {
    json = JSON.parse(text)
  } catch {
    return ok(emptyMappingStore())
  }
  const read = readMappingStore(json)
  if (read.ok) return ok(read.store)
  return read.newer ? err('NEWER_VERSION', read.message) : ok(emptyMappingStore())
}

export async function saveMappingStore(path: string, store: SavedMappingStore): Promise<Result<{ path: string }>> {
  try {
    await writeExportFile(path, `${JSON.stringify(store, null, 2)}\n`, nodeFs, '保存')
    return ok({ path })
  } catch (e) {
    return fsErrorResult(e, '保存', path)
  }
}

export interface SavedMappingInfo {
  name: string
  sheetName: string
  savedAt: string
  headers: string[]
}

export interface MappingStore {
  /** The remembered mappings for this sheet's headers, newest first (none when the file cannot be read). */
  matching(sheet: SheetData): Promise<RecalledMapping[]>
  /** The newest of them. */
  recall(sheet: SheetData): Promise<RecalledMapping | undefined>
  remember(sheet: SheetData, mapping: ColumnMappingInput, name?: string): Promise<Result<{ path: string }>>
  list(): Promise<Result<SavedMappingInfo[]>>
  rename(from: string, to: string): Promise<Result<{ path: string }>>
  remove(name: string): Promise<Result<{ path: string }>>
}

export function mappingStoreAt(path: string, now: () => Date = () => new Date()): MappingStore {
  // Changes run one after another: two sheets remembered at once must both be kept.
  let queue: Promise<unknown> = Promise.resolve()
  const change = (edit: (store: SavedMappingStore) => StoreChange): Promise<Result<{ path: string }>> => {
    const run = async (): Promise<Result<{ path: string }>> => {
      const loaded = await loadMappingStore(path)
      if (!loaded.ok) return loaded
      const changed = edit(loaded.value)
      return changed.ok ? saveMappingStore(path, changed.store) : err('INVALID_REQUEST', changed.message)
    }
    const next = queue.then(run, run)
    queue = next
    return next
  }
  const matching = async (sheet: SheetData) => {
    const loaded = await loadMappingStore(path)
    return loaded.ok ? matchingMappings(loaded.value, sheet) : []
  }
  return {
    matching,
    async recall(sheet) {
      return (await matching(sheet))[0]
    },
    remember(sheet, mapping, name) {
      return change((store) => ({ ok: true, store: rememberMapping(store, sheet, mapping, now().toISOString(), name) }))
    },
    async list() {
      const loaded = await loadMappingStore(path)
      if (!loaded.ok) return loaded
      return ok(loaded.value.entries.map((e) => ({ name: e.name, sheetName: e.sheetName, savedAt: e.savedAt, headers: e.headers })))
    },
    rename(from, to) {
      return change((store) => renameMapping(store, from, to))
    },
    remove(name) {
      return change((store) => deleteMapping(store, name))
    },
  }
}
