// Remembered column mappings, keyed by the header signature of the sheet they were made for: the
// next workbook exported by the same system has the same headers, so its mapping is reapplied.
// Main keeps the store as one JSON file in the app data folder (electron/main/import/mapping-store.ts).
import { z } from 'zod'
import { detectHeader, headerSignature, headerSignatureOf, SavedColumnMapping, type ColumnMappingInput } from './mapping'
import type { SheetData } from './sheet'

export const SAVED_MAPPINGS_VERSION = 1
/** The oldest entries are dropped beyond this many. */
export const SAVED_MAPPINGS_LIMIT = 50

export const SavedMappingEntry = z.object({
  mapping: SavedColumnMapping,
  /** The header texts as the officer saw them (for a list of remembered mappings). */
  headers: z.array(z.string().max(500)).max(16_384),
  sheetName: z.string().max(200).default(''),
  savedAt: z.string().max(64),
})
export type SavedMappingEntry = z.infer<typeof SavedMappingEntry>

export const SavedMappingStore = z.object({
  version: z.literal(SAVED_MAPPINGS_VERSION),
  /** Keyed by headerSignature(headers). */
  entries: z.record(z.string(), SavedMappingEntry).default(() => ({})),
})
export type SavedMappingStore = z.infer<typeof SavedMappingStore>

export function emptyMappingStore(): SavedMappingStore {
  return { version: SAVED_MAPPINGS_VERSION, entries: {} }
}

/** A new store with the mapping remembered for the headers of its sheet; the input is not changed. */
export function rememberMapping(store: SavedMappingStore, sheet: SheetData, mapping: ColumnMappingInput, savedAt: string): SavedMappingStore {
  const headers = (sheet.rows[mapping.headerRow - 1] ?? []).map((c) => c.trim())
  const signature = headerSignature(headers)
  const saved = SavedColumnMapping.parse({ columns: mapping.columns, amountUnit: mapping.amountUnit, defaults: mapping.defaults ?? {} })
  const entries = { ...store.entries, [signature]: { mapping: saved, headers, sheetName: sheet.name, savedAt } }
  const keys = Object.keys(entries).sort((a, b) => ((entries[b]?.savedAt ?? '') < (entries[a]?.savedAt ?? '') ? -1 : 1))
  const kept = Object.fromEntries(keys.slice(0, SAVED_MAPPINGS_LIMIT).map((k) => [k, entries[k] as SavedMappingEntry]))
  return { version: SAVED_MAPPINGS_VERSION, entries: kept }
}

/**
 * The remembered mapping for a sheet, placed on its header row: first the row the header detection
 * finds, then any of the first rows whose signature is known.
 */
export function recallMapping(store: SavedMappingStore, sheet: SheetData): ColumnMappingInput | undefined {
  const guess = detectHeader(sheet)
  const candidates = guess ? [guess.headerRow] : []
  for (let r = 1; r <= Math.min(sheet.rows.length, 30); r++) if (!candidates.includes(r)) candidates.push(r)
  for (const headerRow of candidates) {
    const entry = store.entries[headerSignatureOf(sheet, headerRow)]
    if (entry && headerSignatureOf(sheet, headerRow) !== '') {
      return { sheet: sheet.name, headerRow, columns: { ...entry.mapping.columns }, amountUnit: entry.mapping.amountUnit, defaults: { ...entry.mapping.defaults } }
    }
  }
  return undefined
}
