// A worksheet as plain strings. Main reads xlsx files with exceljs and hands core this shape, so
// every parser below is pure and testable without a workbook (architecture: core/ is pure).
import { toHalfWidth } from '../catalogs/codes'

export interface SheetData {
  name: string
  /** rows[0] is the sheet's row 1; a row may be shorter than others; empty cells are ''. */
  rows: string[][]
  /** The sheet is hidden in Excel (veryHidden: only a macro or the XML can show it). */
  hidden?: 'hidden' | 'veryHidden'
  /** 1-based numbers of hidden rows that hold content. */
  hiddenRows?: number[]
  /** 0-based indexes of hidden columns that hold content. */
  hiddenColumns?: number[]
  /** What reading the file skipped or could not take (a part the reader could not handle, a formula
   *  saved without its result): Chinese, reported as warnings with the sheet, row and column. */
  readNotes?: ReadNote[]
}

/** row is 1-based (0: the sheet as a whole); column is 0-based. */
export interface ReadNote {
  row: number
  column?: number
  message: string
}

/** Where a problem is: 1-based row as Excel shows it, column letter and the column's header text. */
export interface CellRef {
  sheet: string
  row: number
  column?: string
  columnName?: string
}

export type ProblemSeverity = 'error' | 'warning'

export interface ImportProblem extends CellRef {
  severity: ProblemSeverity
  /** Chinese, shown to the officer as is. */
  message: string
}

export function cellAt(sheet: SheetData, rowIndex: number, column: number): string {
  return (sheet.rows[rowIndex]?.[column] ?? '').trim()
}

/** 0 → A, 25 → Z, 26 → AA. */
export function columnLetter(index: number): string {
  let n = index + 1
  let out = ''
  while (n > 0) {
    const r = (n - 1) % 26
    out = String.fromCharCode(65 + r) + out
    n = Math.floor((n - 1) / 26)
  }
  return out
}

export function isBlankRow(row: readonly string[] | undefined): boolean {
  return !row || row.every((c) => c.trim() === '')
}

/** Header text compared loosely: no spaces, half-width, full-width brackets, no `*` required-marks. */
export function normalizeHeader(text: string): string {
  return toHalfWidth(text)
    .replace(/[\s*＊]/g, '')
    .replace(/\(/g, '（')
    .replace(/\)/g, '）')
    .replace(/:/g, '：')
}

export function formatProblem(p: ImportProblem): string {
  const where = [`“${p.sheet}”表`]
  if (p.row > 0) where.push(`第${p.row}行`)
  if (p.column) where.push(p.columnName ? `${p.column}列（${p.columnName}）` : `${p.column}列`)
  const label = p.severity === 'error' ? '错误' : '提示'
  return `[${label}] ${where.join(' ')}：${p.message}`
}

export function problemAt(ref: CellRef, severity: ProblemSeverity, message: string): ImportProblem {
  return { ...ref, severity, message }
}

/** The message for an 编号 that is not a valid id. */
export const idError = (id: string): string => `编号“${id}”只能包含字母、数字、下划线、点和连字符`

/** One row's error reporter: each error is a problem at its cell; `failed()` says whether the row had any. */
export function rowErrors<K extends string>(problems: ImportProblem[], ref: (key: K) => CellRef): { error: (key: K, message: string) => void; failed: () => boolean } {
  let failed = false
  return {
    error: (key, message) => {
      failed = true
      problems.push(problemAt(ref(key), 'error', message))
    },
    failed: () => failed,
  }
}
