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
  for (const a of amounts) total += fenOf(a)
  return total
}

/** Reports one cross-field problem of the document (the refinement's `ctx.addIssue`, or a plain collector). */
export type AddIssue = (issue: { code: 'custom'; path: (string | number)[]; message: string }) => void

function fenOf(a: { amount: string }): number {
  let fen = rowFen.get(a)
  if (fen === undefined) {
    const r = parseYuan(a.amount)
    fen = r.ok ? r.fen : 0
    rowFen.set(a, fen)
  }
  return fen
}

type Amounts = readonly { amount: string }[]

// The last total of each list: an edit replaces a few row objects of an equally long list, so the
// new total is the last one with those rows' amounts swapped (every sum stays an exact integer:
// it is used only while the last total is within the limit, and each amount is at most the limit).
const lastTotals = new Map<string, { items: Amounts; total: number }>()

function totalSince(key: string, items: Amounts): number {
  const last = lastTotals.get(key)
  let total: number
  if (last && last.items.length === items.length && Math.abs(last.total) <= MAX_LIST_TOTAL_FEN) {
    total = last.total
    for (let i = 0; i < items.length; i++) {
      const now = items[i] as { amount: string }
      const then = last.items[i] as { amount: string }
      if (now !== then) total += fenOf(now) - fenOf(then)
    }
  } else total = listTotalFen(items)
  // A copy: a list changed in place later is still compared with what was summed.
  lastTotals.set(key, { items: items.slice(), total })
  return total
}

export function checkListTotals(d: Record<keyof typeof AMOUNT_LISTS, readonly { amount: string }[]>, ctx: { addIssue: AddIssue }): void {
  for (const key of Object.keys(AMOUNT_LISTS) as (keyof typeof AMOUNT_LISTS)[]) {
    if (totalSince(key, d[key]) > MAX_LIST_TOTAL_FEN) ctx.addIssue({ code: 'custom', path: [key], message: `${AMOUNT_LISTS[key]}金额合计超过10万亿元，请核对金额单位是否为元` })
  }
}
