// Shared inputs of every table builder.
import type { RoundedLine } from '../calc/rounded-lines'
import type { ClassificationNames } from '../calc/names'
import type { DocumentData } from '../model/document-data'
import { headerForYear, LAYOUTS, tableLabel, tableTitle, tableTocTitle } from './layouts'
import { moneyCell, textCell, type Cell, type TableId, type TableModel, type TableRow, type WanCents } from './table-model'

export interface TableContext {
  data: DocumentData
  year: number
  names: ClassificationNames
  lines: readonly RoundedLine[]
}

export function makeTable(ctx: TableContext, id: TableId, rows: TableRow[], empty: boolean, notes: string[] = []): TableModel {
  const layout = LAYOUTS[id]
  const unitLevel = ctx.data.settings.disclosureLevel === 'unit'
  const name = id === 'T10' || id === 'T11' ? ctx.data.settings.tableTitles?.[id] : undefined
  return {
    ...(unitLevel ? { ownerLabel: '单位名称' } : {}),
    id,
    label: tableLabel(id, ctx.data.settings.tableNineLabel),
    title: tableTitle(id, ctx.year, name),
    tocTitle: tableTocTitle(id, ctx.year, name),
    departmentName: ctx.data.department.displayName,
    unitLabel: '单位：万元',
    orientation: layout.orientation,
    columns: layout.columns,
    header: headerForYear(id, ctx.year),
    headerRowCount: layout.headerRowCount,
    rows,
    empty,
    notes,
  }
}

export function moneyCells(values: readonly WanCents[]): Cell[] {
  return values.map((v) => moneyCell(v))
}

export function row(key: string, kind: TableRow['kind'], level: number, cells: Cell[]): TableRow {
  return { key, kind, level, cells }
}

export function totalRow(values: readonly WanCents[], label = '合计'): TableRow {
  return row('total', 'total', 0, [textCell(label), textCell(''), ...moneyCells(values)])
}

export function zeros(n: number): WanCents[] {
  return new Array<WanCents>(n).fill(0)
}

export function allZero(values: readonly WanCents[]): boolean {
  return values.every((v) => v === 0)
}
