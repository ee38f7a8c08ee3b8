// Remembered column mappings (core/import/saved-mappings.ts), kept as one JSON file in the app data
// folder; the path is injected (main: app.getPath('userData')/import-mappings.json; tests: a temp dir).
// A missing or unreadable file is an empty store: losing a remembered mapping costs a few clicks.
import { readFile } from 'node:fs/promises'
import { nodeFs } from '../documents/fs-layer'
import { writeExportFile } from '../export/write-export-file'
import { ok, type Result } from '../../../core/api/result'
import type { ColumnMappingInput } from '../../../core/import/mapping'
import { emptyMappingStore, recallMapping, rememberMapping, SavedMappingStore } from '../../../core/import/saved-mappings'
import type { SheetData } from '../../../core/import/sheet'
import { fsErrorResult } from '../documents/fs-errors'

export const MAPPING_STORE_FILE = 'import-mappings.json'

export async function loadMappingStore(path: string): Promise<SavedMappingStore> {
  let text: string
  try {
    text = await readFile(path, 'utf8')
  } catch {
    return emptyMappingStore()
  }
  try {
    const parsed = SavedMappingStore.safeParse(JSON.parse(text))
    return parsed.success ? parsed.data : emptyMappingStore()
  } catch {
    return emptyMappingStore()
  }
}

export async function saveMappingStore(path: string, store: SavedMappingStore): Promise<Result<{ path: string }>> {
  try {
    await writeExportFile(path, `${JSON.stringify(store, null, 2)}\n`, nodeFs, '保存')
    return ok({ path })
  } catch (e) {
    return fsErrorResult(e, '保存', path)
  }
}

export interface MappingStore {
  /** The remembered mapping for this sheet's headers, if any. */
  recall(sheet: SheetData): Promise<ColumnMappingInput | undefined>
  remember(sheet: SheetData, mapping: ColumnMappingInput): Promise<Result<{ path: string }>>
}

export function mappingStoreAt(path: string, now: () => Date = () => new Date()): MappingStore {
  return {
    async recall(sheet) {
      return recallMapping(await loadMappingStore(path), sheet)
    },
    async remember(sheet, mapping) {
      const store = rememberMapping(await loadMappingStore(path), sheet, mapping, now().toISOString())
      return saveMappingStore(path, store)
    },
  }
}
