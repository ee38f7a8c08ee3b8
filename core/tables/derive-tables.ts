// Document → all 13 TableModels. Nothing here is stored; every cell is a sum of rounded lines.
import type { ClassificationNames } from '../calc/names'
import { roundLines, type RoundedLine } from '../calc/rounded-lines'
import type { DocumentData } from '../model/document-data'
import type { TableContext } from './context'
import { buildT6 } from './economic-table'
import { buildT2, buildT3, buildT5, buildT8 } from './function-tables'
import { buildT7, buildT9 } from './fund-tables'
import { buildT12, buildT13 } from './project-tables'
import { buildT1, buildT4 } from './summary-tables'
import type { TableSet } from './table-model'
import { buildT10, buildT11 } from './three-public-tables'

export function tableContext(data: DocumentData, names: ClassificationNames, lines: readonly RoundedLine[] = roundLines(data)): TableContext {
  return { data, year: data.department.budgetYear, names, lines }
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
