// T1 预算收支总表 and T4 财政拨款收支总表 (spec §2.1, §2.4): income on the left, the 30 expenditure
// categories on the right, then the closing block.
import type { RoundedLine } from '../calc/rounded-lines'
import { FISCAL_SOURCES, FUND_SOURCES, isFiscal, type FundSource } from '../model/enums'
import { makeTable, moneyCells, row, zeros, type TableContext } from './context'
import { EXPENDITURE_CATEGORIES } from './layouts'
import { moneyCell, textCell, type TableModel, type TableRow, type WanCents } from './table-model'

const T1_INCOME_LABELS = ['一、一般公共预算', '二、政府性基金预算', '三、国有资本经营预算', '四、财政专户管理资金', '五、单位资金']
const T4_INCOME_LABELS = ['一、一般公共预算', '二、政府性基金预算', '三、国有资本经营预算']

function categoryIndex(): Map<string, number> {
  return new Map(EXPENDITURE_CATEGORIES.map((c, i) => [c.code, i]))
}

/** Per category: the values of `columns` computed by `place`. Lines whose 类 is not one of the 30 are reported by a rule. */
function byCategory(lines: readonly RoundedLine[], columns: number, accept: (l: RoundedLine) => boolean, place: (l: RoundedLine, acc: WanCents[]) => void): WanCents[][] {
  const index = categoryIndex()
  const out = EXPENDITURE_CATEGORIES.map(() => zeros(columns))
  for (const l of lines) {
    if (!accept(l)) continue
    const i = index.get(l.line.functionCode.slice(0, 3))
    if (i === undefined) continue
    place(l, out[i] as WanCents[])
  }
  return out
}

function sumColumns(rows: readonly WanCents[][], columns: number): WanCents[] {
  const t = zeros(columns)
  for (const r of rows) for (let k = 0; k < columns; k++) t[k] = (t[k] as number) + (r[k] as number)
  return t
}

function incomeBySource(lines: readonly RoundedLine[], sources: readonly FundSource[], period: 'current' | 'carryover'): WanCents[] {
  const out = zeros(sources.length)
  for (const l of lines) {
    if (l.line.period !== period) continue
    const k = sources.indexOf(l.line.source)
    if (k >= 0) out[k] = (out[k] as number) + l.wan
  }
  return out
}

function categoryRows(categories: WanCents[][], income: readonly string[], incomeValues: readonly WanCents[]): TableRow[] {
  return EXPENDITURE_CATEGORIES.map((c, i) => {
    const left = i < income.length ? [textCell(income[i] as string), moneyCell(incomeValues[i] as number)] : [null, null]
    return row(`cat:${c.code}`, 'item', 1, [...left, textCell(c.label), ...moneyCells(categories[i] as WanCents[])])
  })
}

export function buildT1(ctx: TableContext): TableModel {
  const cats = byCategory(ctx.lines, 3, () => true, (l, acc) => {
    acc[0] = (acc[0] as number) + l.wan
    const k = l.line.period === 'current' ? 1 : 2
    acc[k] = (acc[k] as number) + l.wan
  })
  const income = incomeBySource(ctx.lines, FUND_SOURCES, 'current')
  const incomeTotal = income.reduce((a, b) => a + b, 0)
  const carryover = incomeBySource(ctx.lines, FUND_SOURCES, 'carryover').reduce((a, b) => a + b, 0)
  const spending = sumColumns(cats, 3)
  const rows = [
    ...categoryRows(cats, T1_INCOME_LABELS, income),
    row('current-total', 'closing', 0, [textCell('本年收入合计'), moneyCell(incomeTotal), textCell('本年支出合计'), ...moneyCells(spending)]),
    row('carryover', 'closing', 0, [textCell('上年结转'), moneyCell(carryover), textCell('年终结转'), ...moneyCells(zeros(3))]),
    row('grand-total', 'closing', 0, [textCell('收入总计'), moneyCell(incomeTotal + carryover), textCell('支出总计'), ...moneyCells(spending)]),
  ]
  const notes = ctx.data.settings.roundingFootnote ? ['注：本套报表因取数时四舍五入，部分金额可能存在尾差'] : []
  return makeTable(ctx, 'T1', rows, false, notes)
}

export function buildT4(ctx: TableContext): TableModel {
  const fiscal = (l: RoundedLine) => isFiscal(l.line.source)
  const cats = byCategory(ctx.lines, 4, fiscal, (l, acc) => {
    acc[0] = (acc[0] as number) + l.wan
    const k = 1 + FISCAL_SOURCES.indexOf(l.line.source)
    acc[k] = (acc[k] as number) + l.wan
  })
  const income = incomeBySource(ctx.lines, FISCAL_SOURCES, 'current')
  const incomeTotal = income.reduce((a, b) => a + b, 0)
  const carry = incomeBySource(ctx.lines, FISCAL_SOURCES, 'carryover')
  const carryTotal = carry.reduce((a, b) => a + b, 0)
  const spending = sumColumns(cats, 4)
  const none = [null, null, null, null, null]
  const rows = [
    ...categoryRows(cats, T4_INCOME_LABELS, income),
    row('current-total', 'closing', 0, [textCell('本年收入合计'), moneyCell(incomeTotal), textCell('本年支出合计'), ...moneyCells(spending)]),
    row('carryover', 'closing', 0, [textCell('上年财政拨款结转'), moneyCell(carryTotal), textCell('年终结转'), ...moneyCells(zeros(4))]),
    row('carryover:general', 'closing', 1, [textCell('一、一般公共预算'), moneyCell(carry[0] as number), ...none]),
    row('carryover:fund', 'closing', 1, [textCell('二、政府性基金预算'), moneyCell(carry[1] as number), ...none]),
    row('carryover:state-capital', 'closing', 1, [textCell('三、国有资本经营预算'), moneyCell(carry[2] as number), ...none]),
    row('grand-total', 'closing', 0, [textCell('收入总计'), moneyCell(incomeTotal + carryTotal), textCell('支出总计'), ...moneyCells(spending)]),
  ]
  return makeTable(ctx, 'T4', rows, false)
}
