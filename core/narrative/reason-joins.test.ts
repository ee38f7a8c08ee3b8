// Every point where an officer's reason is joined into a sentence (一 both totals, 五（一）, 七 total
// and items, 八 department and unit level), with reasons typed as officers type them: already
// starting with 原因/主要原因/系/由于 or ending with punctuation. No sentence may read
// `原因是原因…`, `原因是系…` or carry doubled punctuation.
import { describe, expect, it } from 'vitest'
import { narrativeFor, textsOf } from '../../tests/builders/narrative-build'
import { narrativeBase } from '../../tests/builders/narrative-documents'
import type { DocumentDataInput } from '../model/document-data'
import { cleanReason } from './text'

const TYPED = ['原因是人员调出。', '主要原因是：人员调出；', '减少原因是人员调出', '系人员调出！', '由于人员调出，', '原因为人员调出。', '  ，人员调出。。']

/** Every compared figure changed, each with the same typed reason. */
function withReasons(reason: string, level: 'department' | 'unit' = 'department') {
  return narrativeBase((d: DocumentDataInput) => {
    d.settings = { ...(d.settings ?? {}), disclosureLevel: level }
    d.comparisons = {
      incomeTotal: { prior: '9000000.00', reason },
      expenditureTotal: { prior: '9000000.00', reason },
      generalBudgetCurrent: { prior: '9000000.00', reason },
      threePublicTotalReason: reason,
      threePublic: { abroad: { prior: '0.00', reason }, reception: { prior: '0.00', reason }, vehiclePurchase: { prior: '0.00', reason }, vehicleOperation: { prior: '30000.00', reason } },
      officeOperation: { prior: '900000.00', reason },
    }
  })
}

const JOIN_FAULTS = /原因(?:是|为)(?:[^。；，]{0,4}原因|系|由于|：)|[。；，、！][。；，、！]|！/u

describe('reason joins', () => {
  it('cleanReason drops what the sentence writes itself and keeps words that only look like a lead-in', () => {
    for (const t of TYPED) expect(cleanReason(t)).toBe('人员调出')
    expect(cleanReason('系统升级改造')).toBe('系统升级改造')
    expect(cleanReason('系列活动增加')).toBe('系列活动增加')
    expect(cleanReason('。')).toBeUndefined()
  })

  it.each(TYPED)('department level, reason typed as “%s”', (reason) => {
    const n = narrativeFor(withReasons(reason))
    const joined = (['一', '五', '七', '八'] as const).flatMap((id) => textsOf(n, id)).filter((t) => t.includes('人员调出'))
    // 一 twice (income, spending), 五（一）, 七 total and four items, 八.
    expect(joined.join('').split('人员调出').length - 1).toBeGreaterThanOrEqual(8)
    for (const t of joined) expect(t).not.toMatch(JOIN_FAULTS)
  })

  it.each(TYPED)('unit level 八, reason typed as “%s”', (reason) => {
    const eight = textsOf(narrativeFor(withReasons(reason, 'unit')), '八').join('')
    expect(eight).toContain('原因是人员调出。')
    expect(eight).not.toMatch(JOIN_FAULTS)
  })
})
