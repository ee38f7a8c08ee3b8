// 五 and 六 (spec §4.5, §4.6): 一般公共预算 current-year spending from T5, 基本支出 by economic item from T6.
import { sharesLargestRemainder } from '../money/percent'
import { columnIndex, moneyAt } from '../tables/access'
import type { TableModel, TableRow } from '../tables/table-model'
import { changeSincePriorYear } from './change-wording'
import type { NarrativeContext } from './context'
import type { ChartItem, NarrativeBlock } from './narrative-model'
import { cleanReason, paragraph, percent, subheading, wan } from './text'
import { yearChange } from './year-on-year'

export const GENERAL_BUDGET_CHART_CAPTION = '一般公共预算当年拨款结构图'

function textAt(table: TableModel, row: TableRow, columnKey: string): string {
  const cell = row.cells[columnIndex(table, columnKey)]
  return cell && cell.kind === 'text' ? cell.text : ''
}

/** T5 类 rows with money, in table order, shares of T5 合计 by largest remainder (§4.5, §4.13, N06). */
export function generalBudgetStructure(c: NarrativeContext): ChartItem[] {
  const { T5 } = c.tables
  const rows = T5.rows.filter((r) => r.key.startsWith('c:') && r.level === 1 && moneyAt(T5, r.key, 'total') !== 0)
  const values = rows.map((r) => moneyAt(T5, r.key, 'total'))
  const shares = sharesLargestRemainder(values, moneyAt(T5, 'total', 'total'))
  return rows.map((r, i) => ({ name: textAt(T5, r, 'name'), value: values[i] ?? 0, share: shares[i] ?? 0 }))
}

export function sectionFive(c: NarrativeContext): NarrativeBlock[] {
  const gpb = c.figure('generalBudgetCurrent')
  const ch = yearChange(gpb.current, gpb.prior)
  // No reason in the seeds' 五（一）; one the officer entered is printed (§9.5).
  const reason = cleanReason(gpb.reason)
  const word = c.wording.generalBudget
  const lead = `${c.year}年度${c.dept}一般公共预算${word}${wan(gpb.current)}`
  const blocks: NarrativeBlock[] = [
    subheading(`（一）一般公共预算${word}规模变化情况`),
    paragraph(`${lead}，${changeSincePriorYear(ch, c.wording.rateWord)}${reason ? `，主要原因是${reason}` : ''}。`),
    subheading(`（二）一般公共预算${word}结构情况`),
  ]
  const items = generalBudgetStructure(c)
  if (items.length === 0) {
    blocks.push(paragraph(`${c.year}年度${c.dept}无一般公共预算${word}。`))
    return blocks
  }
  const list = items.map((it) => `${it.name}${wan(it.value)}，占${percent(it.share)}`).join('；')
  blocks.push(paragraph(`${lead}，主要用于以下方面：${list}等。`))
  blocks.push({ kind: 'chart', chart: { id: 'general-budget-structure', caption: GENERAL_BUDGET_CHART_CAPTION, items } })
  return blocks
}

/** Distinct 部门经济科目 names of T6 item rows with money in `columnKey`, in table order (§4.6, N07). */
export function economicItemNames(t6: TableModel, columnKey: 'personnel' | 'publicUse'): string[] {
  const names: string[] = []
  for (const r of t6.rows) {
    if (!r.key.startsWith('i:') || moneyAt(t6, r.key, columnKey) === 0) continue
    const name = textAt(t6, r, 'departmentItem')
    if (!names.includes(name)) names.push(name)
  }
  return names
}

export function sectionSix(c: NarrativeContext): NarrativeBlock[] {
  const { T6 } = c.tables
  const basic = moneyAt(T6, 'total', 'total')
  if (basic === 0) return [paragraph(`${c.year}年度${c.dept}无一般公共预算安排的基本支出。`)]
  const part = (label: string, key: 'personnel' | 'publicUse', end: string) => {
    const names = economicItemNames(T6, key)
    const amount = wan(moneyAt(T6, 'total', key))
    return paragraph(names.length === 0 ? `${label}${amount}${end}` : `${label}${amount}，主要包括：${names.join('、')}等${end}`)
  }
  return [paragraph(`${c.year}年度${c.dept}一般公共预算安排基本支出${wan(basic)}，其中：`), part('人员经费', 'personnel', '；'), part('公用经费', 'publicUse', '。')]
}
