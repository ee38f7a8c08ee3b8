// The mapping step's live view, computed in the renderer from the first rows main sent: the column
// choices, what each data row reads as under the current mapping, and what is still missing.
import type { MappingDraft, SheetSummary } from '../../../../core/api/import-schema'
import { amountColumnLabel, ColumnMapping, headerLabels, MAPPING_TARGETS, mappedRows, type AmountColumn, type MappingTarget } from '../../../../core/import/mapping'
import { parseAmount } from '../../../../core/import/parse-values'
import { columnLetter } from '../../../../core/import/sheet'
import { groupDigits } from '../../components/paste/money-text'
import { text } from '../../text/zh-CN'

export const PREVIEW_LIMIT = 12

export interface ColumnChoice {
  value: number
  label: string
}

/** `C 单位名称` for every column the sheet's first rows use (a two-row header joined: `E 一般公共预算 · 当年`). */
export function columnChoices(sheet: SheetSummary, headerRow: number, headerRows = 1): ColumnChoice[] {
  const header = headerLabels({ name: sheet.name, rows: sheet.rows }, headerRow, Math.min(headerRows, headerRow))
  const count = sheet.rows.reduce((n, r) => Math.max(n, r.length), 0)
  return Array.from({ length: count }, (_, i) => ({ value: i, label: `${columnLetter(i)} ${header[i]?.trim() || text.importer.emptyHeader}` }))
}

export type ReadAmount = { ok: true; value: string } | { ok: false; message: string } | null

export interface PreviewRow {
  key: number
  row: number
  cells: Partial<Record<MappingTarget, string>>
  /** The amount in 元 as the import will read it, or why it cannot. */
  yuan: ReadAmount
  /** Wide layout: the same for each amount column. */
  amounts: ReadAmount[]
}

function readAmount(cell: string | undefined, unit: 'yuan' | 'wan'): ReadAmount {
  if (cell === undefined || cell === '') return null
  const parsed = parseAmount(cell, unit)
  return parsed.ok ? { ok: true, value: groupDigits(parsed.value) } : { ok: false, message: parsed.message }
}

export function previewRows(sheet: SheetSummary, mapping: MappingDraft, limit = PREVIEW_LIMIT): PreviewRow[] {
  return mappedRows({ name: sheet.name, rows: sheet.rows }, mapping, limit).map((r) => ({
    key: r.row,
    row: r.row,
    cells: r.cells,
    yuan: readAmount(r.cells.amount, mapping.amountUnit),
    amounts: r.amounts.map((a) => readAmount(a, mapping.amountUnit)),
  }))
}

/** The title of a wide layout's amount column: its letter and what it stands for. */
export function amountColumnTitle(a: AmountColumn): string {
  return amountColumnLabel(a)
}

/** The mapped fields, in the order the dialog lists them. */
export function mappedTargets(mapping: MappingDraft): MappingTarget[] {
  return MAPPING_TARGETS.filter((t) => mapping.columns[t] !== undefined)
}

/** Chinese reasons the mapping cannot be used yet (required columns, one column twice). */
export function mappingProblems(mapping: MappingDraft): string[] {
  const parsed = ColumnMapping.safeParse(mapping)
  return parsed.success ? [] : [...new Set(parsed.error.issues.map((i) => i.message))]
}

export function blankMapping(sheet: SheetSummary): MappingDraft {
  return sheet.suggested ?? { sheet: sheet.name, headerRow: 1, columns: {}, amountUnit: 'yuan', defaults: {} }
}

/** Sets or clears the column of a field; a column given to a second field (or an amount column) moves to it. */
export function withColumn(mapping: MappingDraft, target: MappingTarget, column: number | undefined): MappingDraft {
  const columns = { ...mapping.columns }
  for (const t of MAPPING_TARGETS) if (column !== undefined && columns[t] === column) delete columns[t]
  if (column === undefined) delete columns[target]
  else columns[target] = column
  const amountColumns = (mapping.amountColumns ?? []).filter((a) => a.column !== column)
  return { ...mapping, columns, amountColumns }
}

/**
 * Adds (index undefined), changes or removes (patch null) an amount column of the wide layout. The
 * column it takes leaves any field; a new one takes the first column no field uses, with what its
 * header says it stands for.
 */
export function withAmountColumn(mapping: MappingDraft, sheet: SheetSummary, index: number | undefined, patch: Partial<AmountColumn> | null): MappingDraft {
  const list = [...(mapping.amountColumns ?? [])]
  if (patch === null) {
    if (index !== undefined) list.splice(index, 1)
    return { ...mapping, amountColumns: list }
  }
  let next: AmountColumn
  if (index === undefined) {
    const used = new Set([...Object.values(mapping.columns), ...list.map((a) => a.column)])
    const count = sheet.rows.reduce((n, r) => Math.max(n, r.length), 0)
    const free = Array.from({ length: Math.max(count, 1) }, (_, i) => i).find((i) => !used.has(i)) ?? count
    next = { column: free, ...patch }
    list.push(next)
  } else {
    const old = list[index]
    if (!old) return mapping
    next = { ...old, ...patch }
    for (const key of Object.keys(patch) as (keyof AmountColumn)[]) if (patch[key] === undefined) delete next[key]
    if (next.source !== 'unit') delete next.unitFundKind
    list[index] = next
  }
  const columns = { ...mapping.columns }
  for (const t of MAPPING_TARGETS) if (columns[t] === next.column) delete columns[t]
  const amountColumns = list.filter((a) => a === next || a.column !== next.column)
  return { ...mapping, columns, amountColumns }
}
