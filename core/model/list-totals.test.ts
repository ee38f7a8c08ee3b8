import { describe, expect, it } from 'vitest'
import { checkListTotals } from './list-totals'

type Row = { amount: string }

function issuesOf(lines: Row[]): string[] {
  const out: string[] = []
  checkListTotals({ lines, fundIncome: [], stateCapitalIncome: [], procurement: [] }, { addIssue: (i) => out.push(`${i.path.join('.')} ${i.message}`) })
  return out
}

describe('list totals after edits', () => {
  it('follows each replaced row, as a sum from scratch does, and a list changed in place', () => {
    const base: Row[] = Array.from({ length: 50 }, () => ({ amount: '100000000000.00' }))
    expect(issuesOf(base)).toEqual([])
    // 49 × 10^11 + 6 × 10^12 元 > 10^13 元: over the limit.
    const over = base.map((r, i) => (i === 7 ? { amount: '6000000000000.00' } : r))
    expect(issuesOf(over)).toEqual(['lines 预算行金额合计超过10万亿元，请核对金额单位是否为元'])
    const back = over.map((r, i) => (i === 7 ? { amount: '0.01' } : r))
    expect(issuesOf(back)).toEqual([])
    back[3] = { amount: '6000000000000.00' }
    expect(issuesOf(back)).toEqual(['lines 预算行金额合计超过10万亿元，请核对金额单位是否为元'])
  })
})
