// Hidden sheets, rows and columns of an imported workbook: a figure nobody sees in Excel must not
// reach the disclosure unnoticed. Each is reported; its content is imported only when the officer
// confirms (`includeHidden`). The template's own 代码表 (the dropdown lists) is hidden by design.
// What the reader skipped (readNotes) is reported here too, before anything is applied.
import { columnLetter, problemAt, type ImportProblem, type SheetData } from './sheet'
import { CODE_LIST_SHEET } from './template-layout'

export const INCLUDE_HIDDEN_LABEL = '导入隐藏的工作表、行和列'

function hasContent(rows: readonly (readonly string[])[]): boolean {
  return rows.some((r) => r.some((c) => c.trim() !== ''))
}

function listed(items: readonly string[], max = 10): string {
  return items.length <= max ? items.join('、') : `${items.slice(0, max).join('、')} 等 ${items.length} 处`
}

/** The sheets as the import reads them: hidden content blanked unless `include`; problems say what. */
export function visibleContent(sheets: readonly SheetData[], include: boolean, problems: ImportProblem[]): SheetData[] {
  const outcome = include ? '已按您的确认一并导入' : `未导入；如确需导入，请勾选“${INCLUDE_HIDDEN_LABEL}”`
  return sheets.map((sheet) => {
    const where = { sheet: sheet.name, row: 0 }
    for (const note of sheet.readNotes ?? []) {
      problems.push(problemAt({ sheet: sheet.name, row: note.row, ...(note.column !== undefined ? { column: columnLetter(note.column) } : {}) }, 'warning', note.message))
    }
    if (sheet.hidden && sheet.name.trim() !== CODE_LIST_SHEET && hasContent(sheet.rows)) {
      problems.push(problemAt(where, 'warning', `工作表“${sheet.name}”是隐藏的工作表，其内容${outcome}`))
      if (!include) return { ...sheet, rows: [] }
    }
    const rows = (sheet.hiddenRows ?? []).filter((r) => (sheet.rows[r - 1] ?? []).some((c) => c.trim() !== ''))
    const columns = (sheet.hiddenColumns ?? []).filter((c) => sheet.rows.some((r) => (r[c] ?? '').trim() !== ''))
    if (rows.length > 0) problems.push(problemAt(where, 'warning', `工作表“${sheet.name}”第 ${listed(rows.map(String))} 行是隐藏行，其内容${outcome}`))
    if (columns.length > 0) problems.push(problemAt(where, 'warning', `工作表“${sheet.name}”的 ${listed(columns.map(columnLetter))} 列是隐藏列，其内容${outcome}`))
    if (include || (rows.length === 0 && columns.length === 0)) return sheet
    const hiddenRows = new Set(rows)
    return {
      ...sheet,
      rows: sheet.rows.map((cells, i) => (hiddenRows.has(i + 1) ? [] : columns.length === 0 ? cells : cells.map((c, j) => (columns.includes(j) ? '' : c)))),
    }
  })
}
