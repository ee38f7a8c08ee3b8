// Number formats of spec §3: table cells "0.00" without separators and blank for zero; text amounts
// "#,##0.00万元" with "0万元" for zero; percentages half-up to two decimals with "0%" for zero.
import type { WanCents } from '../tables/table-model'

function plain(w: WanCents): string {
  const sign = w < 0 ? '-' : ''
  const a = Math.abs(w)
  return `${sign}${Math.trunc(a / 100)}.${String(a % 100).padStart(2, '0')}`
}

/** Table cell: `3229.82`, blank for zero. */
export function formatTableCell(w: WanCents): string {
  return w === 0 ? '' : plain(w)
}

/** Two decimals without separators, zero as `0.00` (整体 form, spec §9.8). */
export function formatWanPlain(w: WanCents): string {
  return plain(w)
}

function groupThousands(digits: string): string {
  return digits.replace(/\B(?=(\d{3})+(?!\d))/g, ',')
}

/** Narrative amount: `3,229.82`, `0` for zero (the caller appends 万元). */
export function formatWanText(w: WanCents): string {
  if (w === 0) return '0'
  const sign = w < 0 ? '-' : ''
  const a = Math.abs(w)
  return `${sign}${groupThousands(String(Math.trunc(a / 100)))}.${String(a % 100).padStart(2, '0')}`
}

/** 元 amounts in the performance forms: `1,147,200`, decimals only when not whole (`157,929.07`). */
export function formatYuanText(fen: number): string {
  const sign = fen < 0 ? '-' : ''
  const a = Math.abs(fen)
  const whole = groupThousands(String(Math.trunc(a / 100)))
  const cents = a % 100
  return cents === 0 ? `${sign}${whole}` : `${sign}${whole}.${String(cents).padStart(2, '0')}`
}

/** A percentage in hundredths of a percent (4878 = 48.78%) → `48.78%`, `0%` for zero. */
export function formatPercent(basisPoints: number): string {
  if (basisPoints === 0) return '0%'
  return `${Math.trunc(basisPoints / 100)}.${String(Math.abs(basisPoints) % 100).padStart(2, '0')}%`
}
