import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { formatPercent, formatTableCell, formatWanText, formatYuanText } from './format'
import { parseWanToFen, parseYuan, roundFenToWanCents } from './money'
import { percentHalfUp, sharesLargestRemainder } from './percent'
import { allocateGroup } from './rounding'

describe('money', () => {
  it('parses 元 with at most two decimals and refuses finer amounts and negatives', () => {
    expect(parseYuan('1147200.00')).toEqual({ ok: true, fen: 114720000 })
    expect(parseYuan('0.5')).toEqual({ ok: true, fen: 50 })
    expect(parseYuan('12.345')).toEqual({ ok: false, reason: 'too-fine' })
    expect(parseYuan('-1')).toEqual({ ok: false, reason: 'negative' })
    expect(parseYuan('1e5')).toEqual({ ok: false, reason: 'format' })
    expect(parseYuan('01.00')).toEqual({ ok: false, reason: 'format' })
  })

  it('rounds half-up in integers, where floating point would not (spec §9.11)', () => {
    expect(roundFenToWanCents(1_005_000)).toBe(101) // 10,050元 → 1.01万元
    expect(roundFenToWanCents(1_225_000)).toBe(123) // 12,250元 → 1.23万元
    expect(roundFenToWanCents(1_224_999)).toBe(122)
    expect(parseWanToFen('114.72')).toEqual({ ok: true, fen: 114_720_000 })
  })

  it('formats tables, text and forms as spec §3', () => {
    expect(formatTableCell(322982)).toBe('3229.82')
    expect(formatTableCell(0)).toBe('')
    expect(formatWanText(322982)).toBe('3,229.82')
    expect(formatWanText(0)).toBe('0')
    expect(formatYuanText(114720000)).toBe('1,147,200')
    expect(formatYuanText(15792907)).toBe('157,929.07')
    expect(formatPercent(10000)).toBe('100.00%')
    expect(formatPercent(0)).toBe('0%')
    expect(formatPercent(510)).toBe('5.10%')
  })

  it('percentages are half-up from displayed amounts', () => {
    expect(percentHalfUp(147922, 322982)).toBe(4580)
    expect(percentHalfUp(9188, 332170)).toBe(277)
  })

  it('largest-remainder shares sum to exactly 100.00%', () => {
    // 004 五（二）: the seed prints 85.51 + 6.77 + 2.72 + 4.99 = 99.99
    const shares = sharesLargestRemainder([276192, 21875, 8794, 16122])
    expect(shares.reduce((a, b) => a + b, 0)).toBe(10000)
    fc.assert(
      fc.property(fc.array(fc.integer({ min: 0, max: 10_000_000 }), { minLength: 1, maxLength: 12 }), (parts) => {
        const total = parts.reduce((a, b) => a + b, 0)
        const s = sharesLargestRemainder(parts)
        if (total === 0) return s.every((x) => x === 0)
        return s.reduce((a, b) => a + b, 0) === 10000 && s.every((x, i) => Math.abs(x * total - (parts[i] as number) * 10000) < total)
      }),
    )
  })

  it('a rounding group totals to the half-up of its exact sum, each line within 0.01万元', () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: 0, max: 5_000_000_000 }), { minLength: 1, maxLength: 40 }), (fens) => {
        const w = allocateGroup(fens)
        const total = fens.reduce((a, b) => a + b, 0)
        if (w.reduce((a, b) => a + b, 0) !== roundFenToWanCents(total)) return false
        return w.every((x, i) => Math.abs(x * 10000 - (fens[i] as number)) < 10000)
      }),
    )
  })

  it('amounts typed in 万元 with two decimals pass through unchanged', () => {
    fc.assert(fc.property(fc.array(fc.integer({ min: 0, max: 10_000_000 }), { minLength: 1, maxLength: 20 }), (wans) => {
      const w = allocateGroup(wans.map((x) => x * 10000))
      return w.every((x, i) => x === wans[i])
    }))
  })
})
