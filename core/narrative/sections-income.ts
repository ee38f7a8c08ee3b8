// 一 to 四 (spec §4.1–§4.4): totals, income by source, 基本/项目 and 财政拨款, read from T1, T3 and T4.
import { sharesLargestRemainder } from '../money/percent'
import { columnIndex, moneyAt } from '../tables/access'
import { EXPENDITURE_CATEGORIES } from '../tables/layouts'
import { cellMoney, type TableModel, type WanCents } from '../tables/table-model'
import { changeSincePriorYear, reasonClause } from './change-wording'
import type { NarrativeContext } from './context'
import type { NarrativeBlock } from './narrative-model'
import { paragraph, percent, wan, withoutOrdinal } from './text'
import { yearChange } from './year-on-year'

/** Income rows 一…五 of T1 (and 一…三 of T4) stand on the first category rows (spec §2.1). */
function incomeRow(table: TableModel, index: number): WanCents {
  const code = EXPENDITURE_CATEGORIES[index]?.code
  return code === undefined ? 0 : moneyAt(table, `cat:${code}`, 'income')
}

/** 一: both totals with their change and the officer's reason (§4.1, §9.5). */
export function sectionOne(c: NarrativeContext): NarrativeBlock[] {
  const { T1 } = c.tables
  const income = c.figure('incomeTotal')
  const spending = c.figure('expenditureTotal')
  const incomeChange = yearChange(income.current, income.prior)
  const spendingChange = yearChange(spending.current, spending.prior)
  const incomePart =
    `预算收入总计${wan(income.current)}，其中：本年收入${wan(moneyAt(T1, 'current-total', 'income'))}，上年结转${wan(moneyAt(T1, 'carryover', 'income'))}，` +
    `${changeSincePriorYear(incomeChange, c.wording.rateWord)}${reasonClause(incomeChange, income.reason)}`
  const spendingPart =
    `本年${c.org}预算支出总计${wan(spending.current)}，其中：本年预算安排${wan(moneyAt(T1, 'current-total', 'current'))}，上年结转${wan(moneyAt(T1, 'current-total', 'carryover'))}，` +
    `${changeSincePriorYear(spendingChange, c.wording.rateWord)}${reasonClause(spendingChange, spending.reason)}`
  return [paragraph(`${c.year}年度${c.dept}${incomePart}；${spendingPart}。`)]
}

const INCOME_LABELS = ['一般公共预算拨款收入', '政府性基金预算拨款收入', '国有资本经营预算拨款收入', '财政专户管理资金收入', '单位资金', '上年结转']

/** 二: all six items, zero ones as `0万元，占0%`; shares by largest remainder (§4.2, N02). */
export function sectionTwo(c: NarrativeContext): NarrativeBlock[] {
  const { T1 } = c.tables
  const total = moneyAt(T1, 'grand-total', 'income')
  const parts = [0, 1, 2, 3, 4].map((i) => incomeRow(T1, i)).concat(moneyAt(T1, 'carryover', 'income'))
  const shares = sharesLargestRemainder(parts, total)
  const items = parts.map((a, i) => `${INCOME_LABELS[i]}${wan(a)}，占${percent(shares[i] ?? 0)}`)
  return [paragraph(`${c.year}年度${c.dept}预算收入${wan(total)}，主要包括${items.join('；')}。`)]
}

/** 三: T3 合计 row, shares of 基本/项目 summing to 100.00% (§4.3, N03). */
export function sectionThree(c: NarrativeContext): NarrativeBlock[] {
  const { T3 } = c.tables
  const total = moneyAt(T3, 'total', 'total')
  const basic = moneyAt(T3, 'total', 'basic')
  const project = moneyAt(T3, 'total', 'project')
  const [pb, pp] = sharesLargestRemainder([basic, project], total)
  return [paragraph(`${c.year}年度${c.dept}支出预算${wan(total)}，其中：基本支出${wan(basic)}，占${percent(pb ?? 0)}；项目支出${wan(project)}，占${percent(pp ?? 0)}。`)]
}

/** 四: G/F/S include their carry-over so that G + F + S = 总预算 (§4.4, N04). */
export function sectionFour(c: NarrativeContext): NarrativeBlock[] {
  const { T4 } = c.tables
  const carry = ['carryover:general', 'carryover:fund', 'carryover:state-capital'].map((k) => moneyAt(T4, k, 'income'))
  const [g, f, s] = [0, 1, 2].map((i) => incomeRow(T4, i) + (carry[i] as number))
  const item = columnIndex(T4, 'item')
  const categories = T4.rows
    .filter((r) => r.key.startsWith('cat:') && moneyAt(T4, r.key, 'subtotal') !== 0)
    .map((r) => {
      const cell = r.cells[item]
      const label = cell && cell.kind === 'text' ? withoutOrdinal(cell.text) : ''
      return `${label}${wan(cellMoney(r.cells[columnIndex(T4, 'subtotal')]))}`
    })
  const spending = categories.length > 0 ? `支出包括：${categories.join('、')}等。` : ''
  return [
    paragraph(
      `${c.year}年度${c.dept}财政拨款收支总预算${wan(moneyAt(T4, 'grand-total', 'income'))}。` +
        `其中：一般公共预算拨款${wan(g ?? 0)}，政府性基金预算拨款${wan(f ?? 0)}，国有资本经营预算拨款${wan(s ?? 0)}。` +
        `其中：当年拨款收入${wan(moneyAt(T4, 'current-total', 'income'))}，上年结转收入${wan(moneyAt(T4, 'carryover', 'income'))}。${spending}`,
    ),
  ]
}
