// 表10 “三公”经费 and 表11 机关运行经费: their own sums and their agreement with 表6 (spec §6.1
// R27–R32).
import type { TableRule } from '../finding'
import { formatWan } from '../finding'
import { cellName, economicItemRows, findRow, money, moneyColumns, rowsByKeys, sumAt } from './table-access'
import { checkChildSum, checkRowSums } from './table-equations'
import { cell, tableRule } from './table-findings'

/** T10 row → the T6 部门经济科目 whose basic-expenditure amount it must cover (spec R30). */
const THREE_PUBLIC_ITEMS = [
  { rowKey: 'vehicle-operation', item: '公务用车运行维护费' },
  { rowKey: 'reception', item: '公务接待费' },
  { rowKey: 'abroad', item: '因公出国（境）费用' },
]

export const T10_T11_RULES: TableRule[] = [
  tableRule({
    id: 'R27',
    title: '表10公务用车购置及运行费等于购置费与运行维护费之和',
    byConstruction: true,
    step: 'three-public',
    run(c, { T10 }) {
      const vehicle = findRow(T10, 'vehicle')
      if (vehicle) checkChildSum(c, T10, vehicle, rowsByKeys(T10, ['vehicle-purchase', 'vehicle-operation']), moneyColumns('T10'), '①公务用车购置费与②公务用车运行维护费之和')
    },
  }),
  tableRule({
    id: 'R28',
    title: '表10合计等于因公出国（境）费、公务接待费与公务用车购置及运行费之和',
    byConstruction: true,
    step: 'three-public',
    run(c, { T10 }) {
      const total = findRow(T10, 'total')
      if (total) checkChildSum(c, T10, total, rowsByKeys(T10, ['abroad', 'reception', 'vehicle']), moneyColumns('T10'), '因公出国（境）费、公务接待费与公务用车购置及运行费之和')
    },
  }),
  tableRule({
    id: 'R29',
    title: '表10每行合计等于各资金来源之和',
    byConstruction: true,
    step: 'three-public',
    run(c, { T10 }) {
      checkRowSums(c, T10, 'total', ['general', 'fund', 'stateCapital'])
    },
  }),
  tableRule({
    id: 'R30',
    title: '表10因公出国（境）费、公务接待费、公务用车运行维护费的一般公共预算不小于表6对应经济科目',
    scopeNote: '“三公”经费也可在项目支出中安排，表6只含基本支出，故只要求表10一般公共预算不小于表6同名经济科目之和（样本中相等）。',
    byConstruction: true,
    step: 'three-public',
    run(c, { T6, T10 }) {
      for (const { rowKey, item } of THREE_PUBLIC_ITEMS) {
        c.atLeast(cell(T10, rowKey, 'general'), sumAt(T6, economicItemRows(T6, item), 'total'), `表6“${item}”合计`)
      }
    },
  }),
  tableRule({
    id: 'R31',
    title: '表11部门合计等于各单位之和，每行合计等于各资金来源之和',
    byConstruction: true,
    step: 'basic',
    run(c, { T11 }) {
      const total = findRow(T11, 'total')
      if (total) checkChildSum(c, T11, total, T11.rows.filter((r) => r !== total), moneyColumns('T11'), '各单位之和')
      checkRowSums(c, T11, 'total', ['general', 'fund', 'stateCapital'])
    },
  }),
  tableRule({
    id: 'R32a',
    title: '表11部门合计一般公共预算不大于表6公用经费合计',
    scopeNote: '表11还含政府性基金等安排的机关运行经费，而表6只含一般公共预算，故比较表11的一般公共预算列。',
    byConstruction: true,
    step: 'basic',
    run(c, { T6, T11 }) {
      c.atMost(cell(T11, 'total', 'general'), money(T6, 'total', 'publicUse'), cellName(T6, 'total', 'publicUse'))
    },
  }),
  tableRule({
    id: 'R32b',
    title: '各单位均有机关运行经费时，表11部门合计一般公共预算等于表6公用经费合计',
    severity: 'info',
    scopeNote: '需要单位类型；差额应为事业单位（无机关运行经费）的公用经费，属正常差异，仅作提示。',
    byConstruction: false,
    step: 'basic',
    run(c, { T6, T11 }, ctx) {
      if (!ctx.units) return
      const actual = money(T11, 'total', 'general')
      const expected = money(T6, 'total', 'publicUse')
      if (actual === expected) return
      const others = ctx.units.filter((u) => !u.hasOfficeOperationFunds).map((u) => u.name)
      const figures = `表11“部门合计”一般公共预算 ${formatWan(actual)} 与表6公用经费合计 ${formatWan(expected)} 相差 ${formatWan(Math.abs(actual - expected))}`
      const message =
        others.length === 0
          ? `各单位均为行政单位或参公单位，${figures}，二者应相等`
          : `${figures}，差额应为无机关运行经费的单位（${others.join('、')}）的公用经费，请核对`
      c.report(message, { table: 'T11', rowKey: 'total', column: 'general' }, { expected, actual })
    },
  }),
]
