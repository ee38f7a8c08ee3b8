// 表2 预算收入总表 and 表3 预算支出总表: their own sums and their agreement with 表1 (spec §6.1
// R06–R13).
import type { TableRule } from '../finding'
import { cellName, codeRows, findRow, incomeRowKey, money, moneyColumns } from './table-access'
import { checkCodeTree, checkRowSums } from './table-equations'
import { cell, tableRule } from './table-findings'
import { checkUnknownCategories, forEachCategory } from './category-checks'

const T2_SOURCES = ['general', 'fund', 'stateCapital', 'specialAccount', 'unit']

export const T2_T3_RULES: TableRule[] = [
  tableRule({
    id: 'R06',
    title: '表2每行本年收入合计等于各资金来源之和',
    byConstruction: true,
    step: 'review',
    run(c, { T2 }) {
      checkRowSums(c, T2, 'total', T2_SOURCES)
    },
  }),
  tableRule({
    id: 'R07',
    title: '表2合计等于各类之和，类等于其款之和，款等于其项之和',
    byConstruction: true,
    step: 'review',
    run(c, { T2 }) {
      checkCodeTree(c, T2, codeRows(T2), moneyColumns('T2'), findRow(T2, 'total'))
    },
  }),
  tableRule({
    id: 'R08',
    title: '表2合计各资金来源等于表1对应收入项目，上年结转等于表1上年结转',
    byConstruction: true,
    step: 'review',
    run(c, { T1, T2 }) {
      T2_SOURCES.forEach((col, i) => {
        const key = incomeRowKey(i)
        c.equal(cell(T2, 'total', col), money(T1, key, 'income'), cellName(T1, key, 'income'))
      })
      c.equal(cell(T2, 'total', 'carryover'), money(T1, 'carryover', 'income'), cellName(T1, 'carryover', 'income'))
    },
  }),
  tableRule({
    id: 'R09',
    title: '表2每类本年收入合计、上年结转分别等于表1该类当年预算安排、上年结转安排',
    byConstruction: true,
    step: 'review',
    run(c, { T1, T2 }) {
      forEachCategory((catKey, codeKey) => {
        c.equal(cell(T2, codeKey, 'total'), money(T1, catKey, 'current'), cellName(T1, catKey, 'current'))
        c.equal(cell(T2, codeKey, 'carryover'), money(T1, catKey, 'carryover'), cellName(T1, catKey, 'carryover'))
      })
      checkUnknownCategories(c, T2, ['total', 'carryover'], '表1')
    },
  }),
  tableRule({
    id: 'R10',
    title: '表3每行合计等于基本支出与项目支出之和',
    byConstruction: true,
    step: 'review',
    run(c, { T3 }) {
      checkRowSums(c, T3, 'total', ['basic', 'project'])
    },
  }),
  tableRule({
    id: 'R11',
    title: '表3合计等于各类之和，类等于其款之和，款等于其项之和',
    byConstruction: true,
    step: 'review',
    run(c, { T3 }) {
      checkCodeTree(c, T3, codeRows(T3), moneyColumns('T3'), findRow(T3, 'total'))
    },
  }),
  tableRule({
    id: 'R12',
    title: '表3合计等于表1支出总计，每类合计等于表1该类年度合计',
    byConstruction: true,
    step: 'review',
    run(c, { T1, T3 }) {
      c.equal(cell(T3, 'total', 'total'), money(T1, 'grand-total', 'total'), cellName(T1, 'grand-total', 'total'))
      forEachCategory((catKey, codeKey) => c.equal(cell(T3, codeKey, 'total'), money(T1, catKey, 'total'), cellName(T1, catKey, 'total')))
      checkUnknownCategories(c, T3, ['total'], '表1')
    },
  }),
  tableRule({
    id: 'R13',
    title: '表3每行合计等于表2同一科目本年收入合计与上年结转之和',
    byConstruction: true,
    step: 'review',
    run(c, { T2, T3 }) {
      const keys = new Set(['total', ...codeRows(T3).map((r) => r.row.key), ...codeRows(T2).map((r) => r.row.key)])
      for (const key of keys) {
        c.equal(cell(T3, key, 'total'), money(T2, key, 'total') + money(T2, key, 'carryover'), '表2同一科目本年收入合计与上年结转之和')
      }
    },
  }),
]
