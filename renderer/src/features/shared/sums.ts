// Live subtotals, computed with the core's integer money (never floats).
import { isPersonnelEconomicClass } from '../../../../core/catalogs/codes'
import type { BudgetLine } from '../../../../core/model/budget'
import { fenToYuanString, parseYuan, roundFenToWanCents } from '../../../../core/money/money'
import { formatWanPlain, formatWanText } from '../../../../core/money/format'
import { groupDigits } from '../../components/paste/money-text'
import { text } from '../../text/zh-CN'

/** Sum of the amounts that parse; those that do not are counted, not guessed. */
export function sumAmounts(items: readonly { amount?: string | undefined }[]): { fen: number; invalid: number } {
  let fen = 0
  let invalid = 0
  for (const i of items) {
    const r = parseYuan(i.amount ?? '')
    if (r.ok) fen += r.fen
    else invalid++
  }
  return { fen, invalid }
}

/** `1,234,500.00 元（123.45 万元）` */
export function yuanAndWan(fen: number): string {
  return text.format.yuanAndWan(groupDigits(fenToYuanString(fen)), formatWanText(roundFenToWanCents(fen)))
}

export function yuanText(fen: number): string {
  return groupDigits(fenToYuanString(fen))
}

/** A figure in 万元 as the tables print it, but `0.00` for zero. */
export function wanText(wanCents: number): string {
  return formatWanPlain(wanCents)
}

/** Subtotals of a grid of lines: 人员经费 = 301 + 303 (spec R24), the rest 公用经费. */
export function lineSubtotals(lines: readonly BudgetLine[]) {
  const s = { total: 0, personnel: 0, publicUse: 0, current: 0, carryover: 0, invalid: 0 }
  for (const l of lines) {
    if (l.amount.trim() === '') continue
    const r = parseYuan(l.amount)
    if (!r.ok) {
      s.invalid++
      continue
    }
    s.total += r.fen
    s[l.period === 'carryover' ? 'carryover' : 'current'] += r.fen
    if (/^\d{5}$/.test(l.economicCode)) s[isPersonnelEconomicClass(l.economicCode) ? 'personnel' : 'publicUse'] += r.fen
  }
  return s
}
