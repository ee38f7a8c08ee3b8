// 表4 财政拨款收支总表: its own sums (R14–R16) and its agreement with 表1, 表5 and 表8 (R17, R17n, R18).
import type { TableRule } from '../finding'
import { categoryRows, cellName, findRow, incomeRowKey, money, sumAt, text } from './table-access'
import { checkChildSum, checkRowSums } from './table-equations'
import { cell, tableRule } from './table-findings'
import { forEachCategory } from './category-checks'

const SPENDING = ['subtotal', 'general', 'fund', 'stateCapital']
const CARRYOVER_PARTS = ['carryover:general', 'carryover:fund', 'carryover:state-capital']

export const T4_RULES: TableRule[] = [
  tableRule({
    id: 'R14',
    title: '表4每行小计等于一般公共预算、政府性基金预算与国有资本经营预算之和',
    byConstruction: true,
    step: 'review',
    run(c, { T4 }) {
      checkRowSums(c, T4, 'subtotal', ['general', 'fund', 'stateCapital'])
    },
  }),
  tableRule({
    id: 'R15',
    title: '表4本年支出合计等于30个支出功能分类之和',
    byConstruction: true,
    step: 'review',
    run(c, { T4 }) {
      const total = findRow(T4, 'current-total')
      if (total) checkChildSum(c, T4, total, categoryRows(T4), SPENDING, '各类支出之和')
    },
  }),
  tableRule({
    id: 'R16',
    title: '表4本年收入合计、上年财政拨款结转、收入总计、支出总计各自相加一致，且收入总计等于支出总计',
    byConstruction: true,
    step: 'review',
    run(c, { T4 }) {
      c.equal(cell(T4, 'current-total', 'income'), sumAt(T4, categoryRows(T4), 'income'), '收入各项之和')
      const parts = CARRYOVER_PARTS.map((k) => findRow(T4, k)).filter((r) => r !== undefined)
      c.equal(cell(T4, 'carryover', 'income'), sumAt(T4, parts, 'income'), '上年财政拨款结转各项之和')
      c.equal(cell(T4, 'grand-total', 'income'), money(T4, 'current-total', 'income') + money(T4, 'carryover', 'income'), '本年收入合计与上年财政拨款结转之和')
      for (const col of SPENDING) {
        c.equal(cell(T4, 'grand-total', col), money(T4, 'current-total', col) + money(T4, 'carryover', col), '本年支出合计与年终结转之和')
      }
      c.equal(cell(T4, 'grand-total', 'subtotal'), money(T4, 'grand-total', 'income'), cellName(T4, 'grand-total', 'income'))
    },
  }),
  tableRule({
    id: 'R17',
    title: '表4收入一至三项等于表1对应收入，每类小计不大于表1该类年度合计',
    scopeNote: '表4只含财政拨款，表1的年度合计还含财政专户管理资金和单位资金，表中无法分离，故每类只要求表4小计不大于表1合计（二者无这两项资金时相等）。',
    byConstruction: true,
    step: 'review',
    run(c, { T1, T4 }) {
      for (let i = 0; i < 3; i++) {
        const key = incomeRowKey(i)
        c.equal(cell(T4, key, 'income'), money(T1, key, 'income'), cellName(T1, key, 'income'))
      }
      forEachCategory((catKey) => c.atMost(cell(T4, catKey, 'subtotal'), money(T1, catKey, 'total'), cellName(T1, catKey, 'total')))
    },
  }),
  tableRule({
    id: 'R17n',
    title: '表4支出功能分类名称与表1一致',
    byConstruction: true,
    step: 'review',
    run(c, { T1, T4 }) {
      forEachCategory((catKey) => {
        const own = text(T4, catKey, 'item')
        const reference = text(T1, catKey, 'item')
        if (own === reference || !findRow(T4, catKey)) return
        c.report(`表4支出项目“${own}”与表1“${reference}”名称不一致`, { table: 'T4', rowKey: catKey, column: 'item' })
      })
    },
  }),
  tableRule({
    id: 'R18',
    title: '表4每类一般公共预算、政府性基金预算分别与表5、表8该类合计一致',
    scopeNote: '表4的支出含上年财政拨款结转安排的部分，表5、表8不含，故只在上年财政拨款结转的一般公共预算（政府性基金预算）为0时要求相等，否则要求表5（表8）不大于表4。',
    byConstruction: true,
    step: 'review',
    run(c, { T4, T5, T8 }) {
      const pairs = [
        { table: T5, column: 'general', carryover: 'carryover:general' },
        { table: T8, column: 'fund', carryover: 'carryover:fund' },
      ]
      for (const p of pairs) {
        const exact = money(T4, p.carryover, 'income') === 0
        forEachCategory((catKey, codeKey) => {
          const bound = money(T4, catKey, p.column)
          const what = cellName(T4, catKey, p.column)
          if (exact) c.equal(cell(p.table, codeKey, 'total'), bound, what)
          else c.atMost(cell(p.table, codeKey, 'total'), bound, what)
        })
      }
    },
  }),
]
