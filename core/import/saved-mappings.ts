// Remembered column mappings, each under a name the officer can change: the next workbook exported by
// the same system has the same headers, so its mapping is offered again (the newest one applied).
// Main keeps the store as one JSON file in the app data folder (electron/main/import/mapping-store.ts);
// the file carries a format version, and a file written by a newer version is refused, never rewritten.
import { z } from 'zod'
import { detectHeader, headerLabels, headerSignature, headerSignatureOf, SavedColumnMapping, type ColumnMappingInput } from './mapping'
import type { SheetData } from './sheet'

export const SAVED_MAPPINGS_VERSION = 2
/** The oldest entries are dropped beyond this many. */
export const SAVED_MAPPINGS_LIMIT = 50
export const MAPPING_NAME_MAX = 60

export const MappingName = z
  .string()
  .trim()
  .min(1, { error: '请填写列对应的名称' })
  .max(MAPPING_NAME_MAX, { error: `列对应的名称不超过${MAPPING_NAME_MAX}个字` })

export const SavedMappingEntry = z.object({
  name: MappingName,
  mapping: SavedColumnMapping,
  /** The header texts as the officer saw them (a two-row header joined per column). */
  headers: z.array(z.string().max(1000)).max(16_384),
  /** headerSignature(headers): a sheet whose header reads the same is offered this mapping. */
  signature: z.string(),
  sheetName: z.string().max(200).default(''),
  savedAt: z.string().max(64),
})
export type SavedMappingEntry = z.infer<typeof SavedMappingEntry>

export const SavedMappingStore = z.object({
  version: z.literal(SAVED_MAPPINGS_VERSION),
  /** Newest first; names are unique. */
  entries: z.array(SavedMappingEntry).max(SAVED_MAPPINGS_LIMIT).default(() => []),
})
export type SavedMappingStore = z.infer<typeof SavedMappingStore>

/** Format 1: entries keyed by header signature, without names. */
const StoreV1 = z.object({
  version: z.literal(1),
  entries: z.record(z.string(), z.object({ mapping: SavedColumnMapping, headers: z.array(z.string().max(500)).max(16_384), sheetName: z.string().max(200).default(''), savedAt: z.string().max(64) })).default(() => ({})),
})

export function emptyMappingStore(): SavedMappingStore {
  return { version: SAVED_MAPPINGS_VERSION, entries: [] }
}

export type StoreRead = { ok: true; store: SavedMappingStore; upgraded: boolean } | { ok: false; newer: boolean; message: string }

/** The store in a file's JSON: format 1 is upgraded; a newer format is refused with the reason. */
export function readMappingStore(json: unknown): StoreRead {
  const version = typeof json === 'object' && json !== null ? (json as { version?: unknown }).version : undefined
  if (typeof version === 'number' && version > SAVED_MAPPINGS_VERSION) {
    return { ok: false, newer: true, message: `已保存的列对应文件是较新版本的程序写入的（格式版本 ${version}，本程序只认识到版本 ${SAVED_MAPPINGS_VERSION}），本程序不读取也不改写它；请升级程序后再使用已保存的列对应` }
  }
  if (version === 1) {
    const v1 = StoreV1.safeParse(json)
    if (!v1.success) return { ok: false, newer: false, message: '已保存的列对应文件内容有误，无法读取' }
    const entries = Object.entries(v1.data.entries)
      .sort(([, a], [, b]) => (a.savedAt < b.savedAt ? 1 : a.savedAt > b.savedAt ? -1 : 0))
      .slice(0, SAVED_MAPPINGS_LIMIT)
    const used = new Set<string>()
    const upgraded: SavedMappingEntry[] = entries.map(([signature, e]) => {
      const name = uniqueName(used, e.sheetName.trim().slice(0, MAPPING_NAME_MAX) || '列对应')
      used.add(name)
      return { name, mapping: e.mapping, headers: e.headers, signature, sheetName: e.sheetName, savedAt: e.savedAt }
    })
    return { ok: true, store: { version: SAVED_MAPPINGS_VERSION, entries: upgraded }, upgraded: true }
  }
  const parsed = SavedMappingStore.safeParse(json)
  return parsed.success ? { ok: true, store: parsed.data, upgraded: false } : { ok: false, newer: false, message: '已保存的列对应文件内容有误，无法读取' }
}

function uniqueName(used: ReadonlySet<string>, base: string): string {
  if (!used.has(base)) return base
  for (let n = 2; ; n++) {
    const name = `${base.slice(0, MAPPING_NAME_MAX - String(n).length - 2)}（${n}）`
    if (!used.has(name)) return name
  }
}

/**
 * A new store with the mapping remembered under `name` (default: the sheet's name): an entry of the
 * same name is replaced. The input is not changed.
 */
export function rememberMapping(store: SavedMappingStore, sheet: SheetData, mapping: ColumnMappingInput, savedAt: string, name?: string): SavedMappingStore {
  const saved = SavedColumnMapping.parse({ columns: mapping.columns, amountUnit: mapping.amountUnit, defaults: mapping.defaults ?? {}, headerRows: mapping.headerRows ?? 1, amountColumns: mapping.amountColumns ?? [] })
  const headers = headerLabels(sheet, mapping.headerRow, saved.headerRows)
  const entryName = MappingName.parse((name ?? sheet.name).slice(0, MAPPING_NAME_MAX) || '列对应')
  const entry: SavedMappingEntry = { name: entryName, mapping: saved, headers, signature: headerSignature(headers), sheetName: sheet.name, savedAt }
  const rest = store.entries.filter((e) => e.name !== entryName)
  return { version: SAVED_MAPPINGS_VERSION, entries: [entry, ...rest].slice(0, SAVED_MAPPINGS_LIMIT) }
}

export type StoreChange = { ok: true; store: SavedMappingStore } | { ok: false; message: string }

export function renameMapping(store: SavedMappingStore, from: string, to: string): StoreChange {
  const name = MappingName.safeParse(to)
  if (!name.success) return { ok: false, message: name.error.issues[0]?.message ?? '名称无效' }
  if (!store.entries.some((e) => e.name === from)) return { ok: false, message: `没有名为“${from}”的列对应` }
  if (name.data !== from && store.entries.some((e) => e.name === name.data)) return { ok: false, message: `已有名为“${name.data}”的列对应，请换一个名称` }
  return { ok: true, store: { ...store, entries: store.entries.map((e) => (e.name === from ? { ...e, name: name.data } : e)) } }
}

export function deleteMapping(store: SavedMappingStore, name: string): StoreChange {
  if (!store.entries.some((e) => e.name === name)) return { ok: false, message: `没有名为“${name}”的列对应` }
  return { ok: true, store: { ...store, entries: store.entries.filter((e) => e.name !== name) } }
}

export interface RecalledMapping {
  name: string
  savedAt: string
  mapping: ColumnMappingInput
}

/**
 * The remembered mappings whose header this sheet has, newest first, each placed on the sheet's
 * header row: first the row the header detection finds, then any of the first rows.
 */
export function matchingMappings(store: SavedMappingStore, sheet: SheetData): RecalledMapping[] {
  const guess = detectHeader(sheet)
  const candidates = guess ? [guess.headerRow] : []
  for (let r = 1; r <= Math.min(sheet.rows.length, 30); r++) if (!candidates.includes(r)) candidates.push(r)
  const out: RecalledMapping[] = []
  for (const entry of store.entries) {
    if (entry.signature === '') continue
    const depth = entry.mapping.headerRows
    const headerRow = candidates.find((r) => r >= depth && headerSignatureOf(sheet, r, depth) === entry.signature)
    if (headerRow === undefined) continue
    const m = entry.mapping
    out.push({
      name: entry.name,
      savedAt: entry.savedAt,
      mapping: { sheet: sheet.name, headerRow, columns: { ...m.columns }, amountUnit: m.amountUnit, defaults: { ...m.defaults }, headerRows: m.headerRows, amountColumns: m.amountColumns.map((a) => ({ ...a })) },
    })
  }
  return out
}

/** The newest remembered mapping for the sheet's header, if any. */
export function recallMapping(store: SavedMappingStore, sheet: SheetData): RecalledMapping | undefined {
  return matchingMappings(store, sheet)[0]
}
