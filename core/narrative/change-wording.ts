// Year-on-year wording (spec §4.1, §4.5, §4.7, §4.8, §9.5, §9.6): 增加/减少, 增长/下降, 持平 chosen
// by the sign of the change; a missing prior figure or reason prints a placeholder, never a 0.
import { cleanReason, percent, PLACEHOLDERS, wan } from './text'
import type { YearChange } from './year-on-year'

/** The word of a rate: `增长/下降` or `增加/减少` (settings.wording.rateWord). */
export type RateWord = '增长' | '增加'

const changeWord = (ch: { kind: 'increase' | 'decrease' }) => (ch.kind === 'increase' ? '增加' : '减少')
const rateWordOf = (ch: { kind: 'increase' | 'decrease' }, word: RateWord) => (word === '增加' ? changeWord(ch) : ch.kind === 'increase' ? '增长' : '下降')

/** 一, 五（一）: `比上年增加243.14万元，增长13.49%`; prior 0: `比上年增加50.00万元，上年无此项支出`. */
export function changeSincePriorYear(ch: YearChange, word: RateWord = '增长'): string {
  if (ch.kind === 'missing') return `比上年增减${PLACEHOLDERS.prior}`
  if (ch.kind === 'same') return '与上年持平'
  const rate = ch.rate === undefined ? '上年无此项支出' : `${rateWordOf(ch, word)}${percent(ch.rate)}`
  return `比上年${changeWord(ch)}${wan(ch.difference)}，${rate}`
}

/**
 * `，主要原因是{原因}`: required when the figure changed (a placeholder until entered, finding Y02);
 * otherwise printed only if the officer entered one (§9.5).
 */
export function reasonClause(ch: YearChange, reason: string | undefined, lead = '主要原因是'): string {
  const r = cleanReason(reason)
  if (ch.kind === 'increase' || ch.kind === 'decrease') return `，${lead}${r ?? PLACEHOLDERS.reason}`
  return r === undefined ? '' : `，${lead}${r}`
}

/** 八 (004, §4.8, §9.5): `比2025年预算增加3.49万元，增加2.47%，增加原因是…` / `与2025年预算持平`. */
export function officeOperationChange(ch: YearChange, priorYear: number, reason: string | undefined, rateWord: RateWord = '增加'): string {
  if (ch.kind === 'missing') return `比${priorYear}年预算增减${PLACEHOLDERS.prior}${reasonClause(ch, reason, '原因是')}`
  if (ch.kind === 'same') return `与${priorYear}年预算持平${reasonClause(ch, reason, '原因是')}`
  const word = changeWord(ch)
  const rate = ch.rate === undefined ? '上年无此项支出' : `${rateWordOf(ch, rateWord)}${percent(ch.rate)}`
  return `比${priorYear}年预算${word}${wan(ch.difference)}，${rate}${reasonClause(ch, reason, `${word}原因是`)}`
}

/** 八 when the officer chose not to compare: `本年不作比较` and, when typed, the explanation. */
export function officeOperationNotComparedText(note: string | undefined): string {
  const n = cleanReason(note)
  return `本年不作比较${n ? `，${n}` : ''}`
}

/** 七 合计 (§4.7, §9.6): `与2025年预算数相同` / `比2023年减少9.60万元，主要原因是…`. */
export function threePublicTotalChange(ch: YearChange, priorYear: number, reason: string | undefined): string {
  if (ch.kind === 'missing') return `比${priorYear}年增减${PLACEHOLDERS.prior}`
  if (ch.kind === 'same') return `与${priorYear}年预算数相同${reasonClause(ch, reason)}`
  return `比${priorYear}年${changeWord(ch)}${wan(ch.difference)}${reasonClause(ch, reason)}`
}

/** 七 per item (§9.6): `与上年预算数相同` / `与上年相比预算数减少9.60万元`. */
export function threePublicItemChange(ch: YearChange): string {
  if (ch.kind === 'missing') return `与上年相比预算数增减${PLACEHOLDERS.prior}`
  if (ch.kind === 'same') return '与上年预算数相同'
  return `与上年相比预算数${changeWord(ch)}${wan(ch.difference)}`
}
