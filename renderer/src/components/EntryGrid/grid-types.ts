// Column and mark shapes of the entry grid. A column names the row field it edits; its kind decides
// how typed or pasted text is read (the paste parser's rules), shown and suggested.
import type { CatalogEntry } from '../../../../core/catalogs/types'
import type { Severity } from '../../../../core/rules/finding'
import type { Suggestion } from '../CodePicker/suggestions'
import type { MoneyUnit } from '../paste/money-text'
import type { EnumOption, PastedValue } from '../paste/parse-paste'

export interface GridRow {
  id: string
}

export type ColumnKind = 'text' | 'money' | 'code' | 'enum' | 'integer' | 'boolean'

export interface GridColumn<R extends GridRow> {
  /** The row field edited (and the finding path element that marks this column). */
  key: string
  title: string
  /** Header names accepted when a pasted block carries a header line. */
  aliases?: readonly string[]
  width: number
  kind: ColumnKind
  required?: boolean
  options?: readonly EnumOption[]
  /** Code columns: accepted code lengths and the catalog entries searched by the picker. */
  lengths?: readonly number[]
  entries?: readonly CatalogEntry[]
  /** Shown instead of the stored value (read-only columns, derived names). */
  display?: (row: R) => string
  /** The text an editor starts from, when the stored value is not itself text. */
  edit?: (row: R) => string
  readOnly?: boolean
  /** Pasted into only under a header naming it (or when the paste starts on it), not by position. */
  headerOnly?: boolean
  align?: 'right'
  /** Text columns: suggestions while typing (none is preselected, so Enter keeps what was typed). */
  suggest?: (row: R, query: string) => Suggestion[]
  /** Writes a parsed value, or the raw text of a cell that did not parse. Default: `{ ...row, [key]: value }`. */
  set?: (row: R, value: PastedValue, raw: boolean) => R
}

export interface CellMark {
  severity: Severity
  message: string
}

/** Marks by row id, then by column key ('' for the row as a whole). */
export type GridMarks = ReadonlyMap<string, Readonly<Record<string, CellMark>>>

export interface GridFocus {
  rowId: string
  column?: string
  nonce: number
}

export interface CellPosition {
  row: number
  col: number
}

export interface GridSettings {
  unit: MoneyUnit
}
