// Percentages from displayed 2-decimal amounts (spec §3), half-up, in hundredths of a percent.
import type { WanCents } from '../tables/table-model'

/** round_half_up(part / whole × 100, 2) as an integer count of 0.01% (both arguments non-negative). */
export function percentHalfUp(part: WanCents, whole: WanCents): number {
  if (whole === 0) return 0
  const num = Math.abs(part) * 10_000
  const q = Math.floor(num / Math.abs(whole))
  const r = num - q * Math.abs(whole)
  const v = r * 2 >= Math.abs(whole) ? q + 1 : q
  return part < 0 !== whole < 0 ? -v : v
}

/**
 * Shares of one whole printed together: largest-remainder rounding so they sum to exactly 100.00%
 * (the seeds' 99.99% is flagged by N02/N03/N06); each share stays within 0.01% of its exact value.
 */
export function sharesLargestRemainder(parts: readonly WanCents[], whole?: WanCents): number[] {
  const total = whole ?? parts.reduce((a, b) => a + b, 0)
  if (total === 0) return parts.map(() => 0)
  const exact = parts.map((p) => p * 10_000)
  const floors = exact.map((e) => Math.floor(e / total))
  const remainders = exact.map((e, i) => e - (floors[i] as number) * total)
  const target = parts.reduce((a, b) => a + b, 0) === total ? 10_000 : percentHalfUp(parts.reduce((a, b) => a + b, 0), total)
  let missing = target - floors.reduce((a, b) => a + b, 0)
  const order = remainders.map((r, i) => ({ r, i })).sort((a, b) => b.r - a.r || a.i - b.i)
  const out = [...floors]
  for (const { i } of order) {
    if (missing <= 0) break
    out[i] = (out[i] as number) + 1
    missing--
  }
  return out
}

/** Integer percentage (十 项目 share): half-up of part/whole×100. */
export function percentIntegerHalfUp(part: WanCents, whole: WanCents): number {
  if (whole === 0) return 0
  const q = Math.floor((part * 100) / whole)
  const r = part * 100 - q * whole
  return r * 2 >= whole ? q + 1 : q
}
