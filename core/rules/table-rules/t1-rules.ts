// 表1 预算收支总表 within itself (spec §6.1 R01–R05).
import type { TableRule } from '../finding'
import { categoryRows, cellName, findRow, money, sumAt } from './table-access'
import { checkChildSum, checkRowSums } from './table-equations'
import { cell, tableRule } from './table-findings'

const SPENDING = ['total', 'current', 'carryover']

export const T1_RULES: TableRule[] = [
  tableRule({
    id: 'R01',
    title: '表1本年收入合计等于各项收入之和',
    byConstruction: true,
    step: 'review',
    run(c, { T1 }) {
      c.equal(cell(T1, 'current-total', 'income'), sumAt(T1, categoryRows(T1), 'income'), '收入各项之和')
    },
  }),
  tableRule({
    id: 'R02',
    title: '表1本年支出合计等于30个支出功能分类之和',
    byConstruction: true,
    step: 'review',
    run(c, { T1 }) {
      const total = findRow(T1, 'current-total')
      if (total) checkChildSum(c, T1, total, categoryRows(T1), SPENDING, '各类支出之和')
    },
  }),
  tableRule({
    id: 'R03',
    title: '表1每行合计等于当年预算安排与上年结转安排之和',
    byConstruction: true,
    step: 'review',
    run(c, { T1 }) {
      checkRowSums(c, T1, 'total', ['current', 'carryover'])
    },
  }),
  tableRule({
    id: 'R04',
    title: '表1收入总计、支出总计分别等于本年合计加结转，且二者相等',
    byConstruction: true,
    step: 'review',
    run(c, { T1 }) {
      c.equal(cell(T1, 'grand-total', 'income'), money(T1, 'current-total', 'income') + money(T1, 'carryover', 'income'), '本年收入合计与上年结转之和')
      for (const col of SPENDING) {
        c.equal(cell(T1, 'grand-total', col), money(T1, 'current-total', col) + money(T1, 'carryover', col), '本年支出合计与年终结转之和')
      }
      c.equal(cell(T1, 'grand-total', 'total'), money(T1, 'grand-total', 'income'), cellName(T1, 'grand-total', 'income'))
    },
  }),
  tableRule({
    id: 'R05',
    title: '表1本年支出的当年预算安排等于本年收入合计，上年结转安排等于上年结转',
    byConstruction: true,
    step: 'review',
    run(c, { T1 }) {
      c.equal(cell(T1, 'current-total', 'current'), money(T1, 'current-total', 'income'), cellName(T1, 'current-total', 'income'))
      c.equal(cell(T1, 'current-total', 'carryover'), money(T1, 'carryover', 'income'), cellName(T1, 'carryover', 'income'))
    },
  }),
]
