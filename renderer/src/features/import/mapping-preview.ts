// The mapping step's live view, computed in the renderer from the first rows main sent: the column
// choices, what each data row reads as under the current mapping, and what is still missing.
import type { MappingDraft, SheetSummary } from '../../../../core/api/import-schema'
import { ColumnMapping, MAPPING_TARGETS, mappedRows, type MappingTarget } from '../../../../core/import/mapping'
import { parseAmount } from '../../../../core/import/parse-values'
import { columnLetter } from '../../../../core/import/sheet'
import { groupDigits } from '../../components/paste/money-text'
import { text } from '../../text/zh-CN'

export const PREVIEW_LIMIT = 12

export interface ColumnChoice {
  value: number
  label: string
}

/** `C 单位名称` for every column the sheet's first rows use. */
export function columnChoices(sheet: SheetSummary, headerRow: number): ColumnChoice[] {
  const header = sheet.rows[headerRow - 1] ?? []
  const count = sheet.rows.reduce((n, r) => Math.max(n, r.length), 0)
  return Array.from({ length: count }, (_, i) => ({ value: i, label: `${columnLetter(i)} ${header[i]?.trim() || text.importer.emptyHeader}` }))
}

export interface PreviewRow {
  key: number
  row: number
  cells: Partial<Record<MappingTarget, string>>
  /** The amount in 元 as the import will read it, or why it cannot. */
  yuan: { ok: true; value: string } | { ok: false; message: string } | null
}

export function previewRows(sheet: SheetSummary, mapping: MappingDraft, limit = PREVIEW_LIMIT): PreviewRow[] {
  return mappedRows({ name: sheet.name, rows: sheet.rows }, mapping, limit).map((r) => {
    const amount = r.cells.amount
    const parsed = amount === undefined || amount === '' ? null : parseAmount(amount, mapping.amountUnit)
    return { key: r.row, row: r.row, cells: r.cells, yuan: parsed === null ? null : parsed.ok ? { ok: true, value: groupDigits(parsed.value) } : { ok: false, message: parsed.message } }
  })
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

/** Sets or clears the column of a field; a column given to a second field moves to it. */
export function withColumn(mapping: MappingDraft, target: MappingTarget, column: number | undefined): MappingDraft {
  const columns = { ...mapping.columns }
  for (const t of MAPPING_TARGETS) if (column !== undefined && columns[t] === column) delete columns[t]
  if (column === undefined) delete columns[target]
  else columns[target] = column
  return { ...mapping, columns }
}
