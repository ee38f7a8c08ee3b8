// Document → all 13 TableModels. Nothing here is stored; every cell is a sum of rounded lines.
import type { ClassificationNames } from '../calc/names'
import { roundLines, type RoundedLine } from '../calc/rounded-lines'
import type { DocumentData } from '../model/document-data'
import { isFiscal } from '../model/enums'
import type { TableContext } from './context'
import { buildT6, isT6Line } from './economic-table'
import { buildT2, buildT3, buildT5, buildT8 } from './function-tables'
import { buildT7, buildT9 } from './fund-tables'
import { buildT12, buildT13 } from './project-tables'
import { buildT1, buildT4 } from './summary-tables'
import { TABLE_IDS, type TableId, type TableSet } from './table-model'
import { buildT10, buildT11, isOfficeOperationLine } from './three-public-tables'

export function tableContext(data: DocumentData, names: ClassificationNames, lines: readonly RoundedLine[] = roundLines(data)): TableContext {
  return { data, year: data.department.budgetYear, names, lines }
}

const current = (l: RoundedLine) => l.line.period === 'current'
const project = (l: RoundedLine) => l.line.kind === 'project'

/**
 * The rounded lines each table sums (a superset is fine): a table none of whose lines changed is
 * the same as before, when nothing else of the document changed. T7 sums income entries only.
 */
export const TABLE_LINES: Readonly<Record<TableId, (l: RoundedLine) => boolean>> = {
  T1: () => true,
  T2: () => true,
  T3: () => true,
  T4: (l) => isFiscal(l.line.source),
  T5: (l) => current(l) && (l.line.source === 'general' || l.line.source === 'fund'),
  T6: isT6Line,
  T7: () => false,
  T8: (l) => current(l) && l.line.source === 'fund',
  T9: (l) => current(l) && l.line.source === 'state-capital',
  T10: (l) => current(l) && isFiscal(l.line.source),
  T11: isOfficeOperationLine,
  T12: (l) => project(l) && current(l),
  T13: (l) => project(l) && l.line.period === 'carryover',
}

const BUILDERS: Readonly<Record<TableId, (ctx: TableContext) => TableSet[TableId]>> = {
  T1: buildT1,
  T2: buildT2,
  T3: buildT3,
  T4: buildT4,
  T5: buildT5,
  T6: buildT6,
  T7: buildT7,
  T8: buildT8,
  T9: buildT9,
  T10: buildT10,
  T11: buildT11,
  T12: buildT12,
  T13: buildT13,
}

/**
 * The tables after an edit that replaced only the rounded lines in `changed` (earlier and new
 * versions) and nothing else the tables read: a table is built again only when one of its lines
 * changed; the others are the earlier objects.
 */
export function rederiveTables(ctx: TableContext, earlier: TableSet, changed: readonly RoundedLine[]): TableSet {
  const out = {} as Record<TableId, TableSet[TableId]>
  for (const id of TABLE_IDS) out[id] = changed.some(TABLE_LINES[id]) ? BUILDERS[id](ctx) : earlier[id]
  return out
}

export function deriveTables(ctx: TableContext): TableSet {
  return {
    T1: buildT1(ctx),
    T2: buildT2(ctx),
    T3: buildT3(ctx),
    T4: buildT4(ctx),
    T5: buildT5(ctx),
    T6: buildT6(ctx),
    T7: buildT7(ctx),
    T8: buildT8(ctx),
    T9: buildT9(ctx),
    T10: buildT10(ctx),
    T11: buildT11(ctx),
    T12: buildT12(ctx),
    T13: buildT13(ctx),
  }
}
