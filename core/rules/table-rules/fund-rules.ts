// 表7 政府性基金预算收入表, 表8 政府性基金预算支出表 and 表9 国有资本经营预算收支预算表 against the
// income rows of 表1/表4 and the source columns of 表2 (spec §6.1 R25, R26; R37 added for 表9).
import type { TableRule } from '../finding'
import { formatWan } from '../finding'
import { cellName, codeRows, codeRowsIn, findRow, incomeRowKey, money, moneyColumns } from './table-access'
import { checkCodeTree, checkRowSums } from './table-equations'
import { cell, tableRule } from './table-findings'

export const FUND_RULES: TableRule[] = [
  tableRule({
    id: 'R25',
    title: '表7合计等于表1政府性基金预算收入和表2政府性基金合计，表7合计等于各类之和，类等于其款之和，款等于其项之和',
    // T7 lists the typed 政府性基金 income entries; T1/T2 add up the spending lines.
    byConstruction: false,
    step: 'income',
    run(c, { T1, T2, T7 }) {
      const fund = incomeRowKey(1)
      c.equal(cell(T7, 'total', 'amount'), money(T1, fund, 'income'), cellName(T1, fund, 'income'))
      c.equal(cell(T7, 'total', 'amount'), money(T2, 'total', 'fund'), cellName(T2, 'total', 'fund'))
      checkCodeTree(c, T7, codeRows(T7), ['amount'], findRow(T7, 'total'))
    },
  }),
  tableRule({
    id: 'R26',
    title: '表8合计等于表2政府性基金合计和表4政府性基金预算收入，合计为0时才标注本表无数据；表8各行、各级科目相加一致',
    byConstruction: true,
    step: 'review',
    run(c, { T2, T4, T8 }) {
      const fund = incomeRowKey(1)
      c.equal(cell(T8, 'total', 'total'), money(T2, 'total', 'fund'), cellName(T2, 'total', 'fund'))
      c.equal(cell(T8, 'total', 'total'), money(T4, fund, 'income'), cellName(T4, fund, 'income'))
      const totals = moneyColumns('T8').map((k) => money(T8, 'total', k))
      const zero = totals.every((v) => v === 0)
      const location = { table: 'T8' as const, rowKey: 'total', column: 'total' }
      if (T8.empty && !zero) c.report(`表8标注“本表无数据”，但合计为 ${formatWan(money(T8, 'total', 'total'))}`, location)
      if (!T8.empty && zero) c.report('表8合计为0，应标注“注：本表无数据”', location)
      checkRowSums(c, T8, 'total', ['basic', 'project'])
      checkCodeTree(c, T8, codeRows(T8), moneyColumns('T8'), findRow(T8, 'total'))
    },
  }),
  tableRule({
    id: 'R37',
    title: '表9收入合计等于表1国有资本经营预算收入，支出合计等于表2国有资本经营预算合计；表9各行、各级科目相加一致',
    scopeNote: '规格书§6.1未列表9的勾稽关系（样本中表9均为空表），按表7、表8的规则类推补充。',
    // The income side lists typed 国有资本经营预算 income entries.
    byConstruction: false,
    step: 'income',
    run(c, { T1, T2, T9 }) {
      const stateCapital = incomeRowKey(2)
      c.equal(cell(T9, 'total', 'income'), money(T1, stateCapital, 'income'), cellName(T1, stateCapital, 'income'))
      c.equal(cell(T9, 'total', 'total'), money(T2, 'total', 'stateCapital'), cellName(T2, 'total', 'stateCapital'))
      checkRowSums(c, T9, 'total', ['basic', 'project'])
      const total = findRow(T9, 'total')
      checkCodeTree(c, T9, codeRowsIn(T9, 'incomeCode'), ['income'], total)
      checkCodeTree(c, T9, codeRowsIn(T9, 'code'), ['total', 'basic', 'project'], total)
    },
  }),
]
