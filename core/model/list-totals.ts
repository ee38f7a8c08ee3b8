// Amount lists must add up to a safe integer of 分: the tables and checks sum them, and a file with a
// hundred lines at the per-amount limit used to load and then crash the derivation (loader fuzz).
import { parseYuan } from '../money/money'

/** The most a list of amounts may add up to: 10^13 元, the limit of one amount. */
export const MAX_LIST_TOTAL_FEN = 10 ** 15

export const AMOUNT_LISTS = { lines: '预算行', fundIncome: '政府性基金收入', stateCapitalIncome: '国有资本经营收入', procurement: '政府采购' } as const

// Rows are immutable: each amount is parsed once per row object, not on every check of the draft.
const rowFen = new WeakMap<object, number>()

export function listTotalFen(amounts: readonly { amount: string }[]): number {
  let total = 0
  for (const a of amounts) {
    let fen = rowFen.get(a)
    if (fen === undefined) {
      const r = parseYuan(a.amount)
      fen = r.ok ? r.fen : 0
      rowFen.set(a, fen)
    }
    total += fen
  }
  return total
}

/** Reports one cross-field problem of the document (the refinement's `ctx.addIssue`, or a plain collector). */
export type AddIssue = (issue: { code: 'custom'; path: (string | number)[]; message: string }) => void

export function checkListTotals(d: Record<keyof typeof AMOUNT_LISTS, readonly { amount: string }[]>, ctx: { addIssue: AddIssue }): void {
  for (const key of Object.keys(AMOUNT_LISTS) as (keyof typeof AMOUNT_LISTS)[]) {
    if (listTotalFen(d[key]) > MAX_LIST_TOTAL_FEN) ctx.addIssue({ code: 'custom', path: [key], message: `${AMOUNT_LISTS[key]}金额合计超过10万亿元，请核对金额单位是否为元` })
  }
}
