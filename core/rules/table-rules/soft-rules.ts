// Advisory checks between 表6 经济科目 and the 表5 基本支出 of their "natural" 功能分类 项 (spec §6.1
// S1–S7). They hold only when personnel costs are booked under those codes, so they are hints.
import type { TableRule } from '../finding'
import { formatWan } from '../finding'
import { economicItemRows, money, rowLabel, sum, sumAt } from './table-access'
import { tableRule } from './table-findings'

const SOFT_PAIRS: readonly { id: string; item: string; codes: readonly string[] }[] = [
  { id: 'S1', item: '住房公积金', codes: ['2210201'] },
  { id: 'S2', item: '机关事业单位基本养老保险缴费', codes: ['2080505'] },
  { id: 'S3', item: '职业年金缴费', codes: ['2080506'] },
  { id: 'S4', item: '职工基本医疗保险缴费', codes: ['2101101', '2101102'] },
  { id: 'S5', item: '公务员医疗补助缴费', codes: ['2101103'] },
  { id: 'S6', item: '退休费', codes: ['2080501', '2080502'] },
  { id: 'S7', item: '奖励金', codes: ['2100799'] },
]

export const SOFT_RULES: TableRule[] = SOFT_PAIRS.map(({ id, item, codes }) =>
  tableRule({
    id,
    title: `表6“${item}”一般等于表5功能科目${codes.join('、')}的基本支出`,
    severity: 'info',
    byConstruction: false,
    step: 'basic',
    run(c, { T5, T6 }) {
      const rows = economicItemRows(T6, item)
      const actual = sumAt(T6, rows, 'total')
      const expected = sum(codes.map((code) => money(T5, `c:${code}`, 'basic')))
      if (actual === expected) return
      const names = codes.map((code) => `“${rowLabel(T5, `c:${code}`)}”`).join('与')
      c.report(
        `表6“${item}”合计 ${formatWan(actual)} 与表5${names}基本支出 ${formatWan(expected)} 不等（差 ${formatWan(Math.abs(actual - expected))}），若人员经费未按对应功能科目列支可忽略`,
        { table: 'T6', ...(rows[0] ? { rowKey: rows[0].key } : {}), column: 'total' },
        { expected, actual },
      )
    },
  }),
)
