// 表12 项目支出预算表（本年预算） and 表13 （上年结转）: department → unit → project sums and their
// agreement with 表3, 表4, 表5, 表8 and 表9 (spec §6.1 R33–R36).
import type { TableModel } from '../../tables/table-model'
import type { TableRule } from '../finding'
import { formatWan } from '../finding'
import { cellName, findRow, money, moneyColumns, rowLabel, rowsOfKind, sections } from './table-access'
import { checkChildSum, checkRowSums } from './table-equations'
import { cell, tableRule, type FindingCollector } from './table-findings'

/** Unit row = Σ its projects (the rows up to the next unit row); department row = Σ unit rows. */
function checkProjectTree(c: FindingCollector, table: TableModel): void {
  const columns = moneyColumns(table.id)
  for (const s of sections(table, 'group', 'item')) checkChildSum(c, table, s.head, s.children, columns, '其下项目之和')
  const dept = findRow(table, 'dept')
  if (dept) checkChildSum(c, table, dept, rowsOfKind(table, 'group'), columns, '各单位之和')
}

const CARRYOVER_BY_SOURCE = [
  { column: 'general', rowKey: 'carryover:general' },
  { column: 'fund', rowKey: 'carryover:fund' },
  { column: 'stateCapital', rowKey: 'carryover:state-capital' },
]

export const PROJECT_TABLE_RULES: TableRule[] = [
  tableRule({
    id: 'R33',
    title: '表12每行合计等于各资金来源之和',
    byConstruction: true,
    step: 'projects',
    run(c, { T12 }) {
      checkRowSums(c, T12, 'total', ['general', 'fund', 'stateCapital', 'specialAccount', 'unit'])
    },
  }),
  tableRule({
    id: 'R34',
    title: '表12单位行等于其下项目之和，部门行等于各单位之和',
    byConstruction: true,
    step: 'projects',
    run(c, { T12 }) {
      checkProjectTree(c, T12)
    },
  }),
  tableRule({
    id: 'R35',
    title: '表12一般公共预算、政府性基金预算、国有资本经营预算分别等于表5、表8、表9项目支出合计，表12与表13合计之和不大于表3项目支出合计',
    scopeNote: '表3项目支出还含财政专户管理资金和单位资金的上年结转，表13只列财政拨款，故只要求表12合计与表13合计之和不大于表3项目支出合计。',
    byConstruction: true,
    step: 'projects',
    run(c, { T3, T5, T8, T9, T12, T13 }) {
      c.equal(cell(T12, 'dept', 'general'), money(T5, 'total', 'project'), cellName(T5, 'total', 'project'))
      c.equal(cell(T12, 'dept', 'fund'), money(T8, 'total', 'project'), cellName(T8, 'total', 'project'))
      c.equal(cell(T12, 'dept', 'stateCapital'), money(T9, 'total', 'project'), cellName(T9, 'total', 'project'))
      const projects = money(T3, 'total', 'project')
      const carried = money(T13, 'dept', 'total')
      c.atMost(cell(T12, 'dept', 'total'), projects - carried, `表3项目支出合计 ${formatWan(projects)} 减表13合计 ${formatWan(carried)} 之差`)
    },
  }),
  tableRule({
    id: 'R36',
    title: '表13合计不大于表4上年财政拨款结转（分资金来源），单位行等于其下项目之和，部门行等于各单位之和，每行合计等于各资金来源之和',
    scopeNote: '上年结转也可安排基本支出，表1上年结转还含非财政拨款资金，故只要求表13不大于表4上年财政拨款结转（各资金来源同理），不要求等于表1上年结转。',
    byConstruction: true,
    step: 'projects',
    run(c, { T4, T13 }) {
      c.atMost(cell(T13, 'dept', 'total'), money(T4, 'carryover', 'income'), cellName(T4, 'carryover', 'income'))
      for (const s of CARRYOVER_BY_SOURCE) c.atMost(cell(T13, 'dept', s.column), money(T4, s.rowKey, 'income'), `表4上年财政拨款结转中“${rowLabel(T4, s.rowKey, 'income')}”`)
      checkRowSums(c, T13, 'total', ['general', 'fund', 'stateCapital'])
      checkProjectTree(c, T13)
    },
  }),
]
