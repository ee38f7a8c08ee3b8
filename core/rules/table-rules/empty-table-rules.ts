// The 空表 mark of every table (spec §2.0): a table printed with `注：本表无数据` has no amounts, and a
// table with amounts is not marked empty.
import { TABLE_IDS } from '../../tables/table-model'
import type { TableRule } from '../finding'
import { hasMoney, tableName } from './table-access'
import { tableRule } from './table-findings'

export const EMPTY_TABLE_RULES: TableRule[] = [
  tableRule({
    id: 'E01',
    title: '标注“本表无数据”的表没有金额，有金额的表不标注“本表无数据”',
    scopeNote: '规格书§6.1未单列此规则（§2.0 空表约定），适用于全部13张表。',
    byConstruction: true,
    step: 'review',
    run(c, tables) {
      for (const id of TABLE_IDS) {
        const table = tables[id]
        if (table.empty && hasMoney(table)) c.report(`${tableName(id)}标注“本表无数据”，但表中有金额`, { table: id })
        if (!table.empty && !hasMoney(table) && table.rows.length === 0) c.report(`${tableName(id)}没有数据行，应标注“注：本表无数据”`, { table: id })
      }
    },
  }),
]
