// 表5 一般公共预算支出预算表 and 表6 基本支出分经济科目表: their own sums and their agreement with
// 表1, 表2 and 表3 (spec §6.1 R19–R24′).
import type { TableRule } from '../finding'
import { cellName, codeRows, findRow, incomeRowKey, money, moneyColumns, rowsOfKind, sections, sumAt } from './table-access'
import { checkChildSum, checkCodeTree, checkRowSums } from './table-equations'
import { cell, tableRule } from './table-findings'

/** 人员经费 = 工资福利支出 + 对个人和家庭的补助; 公用经费 = 商品和服务支出 + 资本性支出 (spec §2.6). */
const PERSONNEL_GROUPS = ['工资福利支出', '对个人和家庭的补助']
const PUBLIC_USE_GROUPS = ['商品和服务支出', '资本性支出']

export const T5_T6_RULES: TableRule[] = [
  tableRule({
    id: 'R19',
    title: '表5每行合计等于基本支出与项目支出之和，合计等于各类之和，类等于其款之和，款等于其项之和',
    byConstruction: true,
    step: 'review',
    run(c, { T5 }) {
      checkRowSums(c, T5, 'total', ['basic', 'project'])
      checkCodeTree(c, T5, codeRows(T5), moneyColumns('T5'), findRow(T5, 'total'))
    },
  }),
  tableRule({
    id: 'R20',
    title: '表5合计等于表1一般公共预算收入和表2一般公共预算合计，每行等于表2同一科目的一般公共预算',
    byConstruction: true,
    step: 'review',
    run(c, { T1, T2, T5 }) {
      const general = incomeRowKey(0)
      c.equal(cell(T5, 'total', 'total'), money(T1, general, 'income'), cellName(T1, general, 'income'))
      const keys = new Set(['total', ...codeRows(T5).map((r) => r.row.key), ...codeRows(T2).map((r) => r.row.key)])
      for (const key of keys) c.equal(cell(T5, key, 'total'), money(T2, key, 'general'), cellName(T2, key, 'general'))
    },
  }),
  tableRule({
    id: 'R21',
    title: '表5每行基本支出不大于表3同一科目的基本支出',
    scopeNote: '基本支出也可由政府性基金等其他资金或上年结转安排，故只要求表5基本支出不大于表3同一科目的基本支出（规格书的相等只在样本中成立）。',
    byConstruction: true,
    step: 'basic',
    run(c, { T3, T5 }) {
      for (const row of T5.rows) {
        if (row.key !== 'total' && !row.key.startsWith('c:')) continue
        c.atMost(cell(T5, row.key, 'basic'), money(T3, row.key, 'basic'), cellName(T3, row.key, 'basic'))
      }
    },
  }),
  tableRule({
    id: 'R22',
    title: '表6每行合计等于人员经费与公用经费之和',
    byConstruction: true,
    step: 'basic',
    run(c, { T6 }) {
      checkRowSums(c, T6, 'total', ['personnel', 'publicUse'])
    },
  }),
  tableRule({
    id: 'R23',
    title: '表6每个经济分类类级等于其下科目之和，合计等于各类之和',
    byConstruction: true,
    step: 'basic',
    run(c, { T6 }) {
      const columns = moneyColumns('T6')
      for (const s of sections(T6, 'group', 'item')) checkChildSum(c, T6, s.head, s.children, columns, '其下经济科目之和')
      const total = findRow(T6, 'total')
      if (total) checkChildSum(c, T6, total, rowsOfKind(T6, 'group'), columns, '各类之和')
    },
  }),
  tableRule({
    // Not in spec §6.1: with R23 it pins 合计 when both a group and its items carry a tail (001).
    id: 'R23b',
    title: '表6合计等于全部经济科目之和',
    byConstruction: true,
    step: 'basic',
    run(c, { T6 }) {
      const total = findRow(T6, 'total')
      if (total) checkChildSum(c, T6, total, rowsOfKind(T6, 'item'), moneyColumns('T6'), '全部经济科目之和')
    },
  }),
  tableRule({
    id: 'R24',
    title: '表6人员经费等于工资福利支出与对个人和家庭的补助之和，公用经费等于商品和服务支出与资本性支出之和',
    byConstruction: true,
    step: 'basic',
    run(c, { T6 }) {
      const groupSum = (names: string[]) => sumAt(T6, names.map((n) => findRow(T6, `g:${n}`)).filter((r) => r !== undefined), 'total')
      c.equal(cell(T6, 'total', 'personnel'), groupSum(PERSONNEL_GROUPS), `${PERSONNEL_GROUPS.join('与')}之和`)
      c.equal(cell(T6, 'total', 'publicUse'), groupSum(PUBLIC_USE_GROUPS), `${PUBLIC_USE_GROUPS.join('与')}之和`)
    },
  }),
  tableRule({
    id: 'R24p',
    title: '表6合计等于表5基本支出合计',
    byConstruction: true,
    step: 'basic',
    run(c, { T5, T6 }) {
      c.equal(cell(T6, 'total', 'total'), money(T5, 'total', 'basic'), cellName(T5, 'total', 'basic'))
    },
  }),
]
