// Typed income against spending of the same source (R25/R26 as document rules), 批复 control totals,
// and rounding tails (尾差) per fund source.
import { fenToYuanString, roundFenToWanCents, yuanToFen } from '../../money/money'
import { FUND_SOURCE_LABELS, PERIOD_LABELS, type FundSource } from '../../model/enums'
import type { IncomeEntry } from '../../model/budget'
import { formatWan } from '../finding'
import { finding, type DocumentRule, type DocumentRuleContext } from './context'

function spendingWan(ctx: DocumentRuleContext, source: FundSource): number {
  let s = 0
  for (const l of ctx.derivation.lines) if (l.line.source === source && l.line.period === 'current') s += l.wan
  return s
}

function incomeWan(entries: readonly IncomeEntry[]): number {
  return entries.reduce((a, e) => a + roundFenToWanCents(yuanToFen(e.amount)), 0)
}

function incomeRule(id: string, source: FundSource, pick: (ctx: DocumentRuleContext) => readonly IncomeEntry[], field: string, table: string): DocumentRule {
  return {
    id,
    title: `${FUND_SOURCE_LABELS[source]}收入与支出相等`,
    severity: 'error',
    check(ctx) {
      const income = incomeWan(pick(ctx))
      const spending = spendingWan(ctx, source)
      if (income === spending) return []
      return [
        finding(this, `${table}${FUND_SOURCE_LABELS[source]}收入合计 ${formatWan(income)} 万元与当年${FUND_SOURCE_LABELS[source]}支出 ${formatWan(spending)} 万元不等（差 ${formatWan(Math.abs(income - spending))}）`, 'income', [field], {
          figures: { expected: spending, actual: income },
        }),
      ]
    },
  }
}

export const I01 = incomeRule('I01', 'fund', (ctx) => ctx.derivation.data.fundIncome, 'fundIncome', '表7')
export const I02 = incomeRule('I02', 'state-capital', (ctx) => ctx.derivation.data.stateCapitalIncome, 'stateCapitalIncome', '表9')

export const I03: DocumentRule = {
  id: 'I03',
  title: '预算行与批复控制数一致',
  severity: 'error',
  check(ctx) {
    const data = ctx.derivation.data
    return data.controlTotals.flatMap((c, i) => {
      let fen = 0
      for (const l of ctx.derivation.lines) if (l.line.source === c.source && l.line.period === c.period) fen += l.fen
      const control = yuanToFen(c.amount)
      if (fen === control) return []
      return [
        finding(this, `${FUND_SOURCE_LABELS[c.source]}（${PERIOD_LABELS[c.period]}）预算行合计 ${fenToYuanString(fen)} 元与批复控制数 ${fenToYuanString(control)} 元不等（差 ${fenToYuanString(Math.abs(fen - control))} 元）`, 'income', ['controlTotals', i, 'amount']),
      ]
    })
  },
}

export const T01: DocumentRule = {
  id: 'T01',
  title: '资金来源合计的尾差',
  severity: 'warning',
  check(ctx) {
    return ctx.derivation.tails.map((t) =>
      finding(this, `${FUND_SOURCE_LABELS[t.source]}（${PERIOD_LABELS[t.period]}）各预算行四舍五入后合计 ${formatWan(t.summed)} 万元，与精确合计四舍五入的 ${formatWan(t.exact)} 万元相差 ${formatWan(Math.abs(t.summed - t.exact))} 万元；导出的 PDF 将注明尾差`, 'review', undefined, {
        figures: { expected: t.exact, actual: t.summed },
      }),
    )
  },
}
