// Money is integer 分 everywhere (architecture rule 2). Display in 万元 uses 0.01万元 = 100元 = 10000分
// units ("wan cents"). Binary floating point never touches an amount (spec §9.11).
import type { WanCents } from '../tables/table-model'

export type Fen = number

export const FEN_PER_WAN_CENT = 10_000
/** The largest amount accepted: 10^13 元 keeps every sum a safe integer. */
export const MAX_YUAN_DIGITS = 13

const YUAN_PATTERN = /^(0|[1-9]\d{0,12})(?:\.(\d{1,2}))?$/

export type ParseMoneyResult = { ok: true; fen: Fen } | { ok: false; reason: 'format' | 'negative' | 'too-fine' | 'too-large' }

/** Parses a 元 amount written as a decimal string with at most two decimals ("1147200.00"). */
export function parseYuan(text: string): ParseMoneyResult {
  const s = text.trim()
  if (s.startsWith('-')) return { ok: false, reason: 'negative' }
  const m = YUAN_PATTERN.exec(s)
  if (!m) {
    if (/^\d+\.\d{3,}$/.test(s)) return { ok: false, reason: 'too-fine' }
    if (/^\d{14,}(\.\d*)?$/.test(s)) return { ok: false, reason: 'too-large' }
    return { ok: false, reason: 'format' }
  }
  const whole = Number(m[1])
  const frac = Number((m[2] ?? '').padEnd(2, '0'))
  return { ok: true, fen: whole * 100 + frac }
}

/** Like parseYuan, but throws; for amounts already validated by the schema. */
export function yuanToFen(text: string): Fen {
  const r = parseYuan(text)
  if (!r.ok) throw new Error(`invalid yuan amount: ${text}`)
  return r.fen
}

export function fenToYuanString(fen: Fen): string {
  assertSafe(fen)
  const sign = fen < 0 ? '-' : ''
  const a = Math.abs(fen)
  return `${sign}${Math.trunc(a / 100)}.${String(a % 100).padStart(2, '0')}`
}

/** 万元 with two decimals as typed ("114.72") → 元 string ("1147200.00"). */
export function parseWanToFen(text: string): ParseMoneyResult {
  const s = text.trim()
  if (s.startsWith('-')) return { ok: false, reason: 'negative' }
  const m = /^(\d{1,9})(?:\.(\d{1,6}))?$/.exec(s)
  if (!m) return { ok: false, reason: 'format' }
  const frac = m[2] ?? ''
  if (frac.length > 6) return { ok: false, reason: 'too-fine' }
  return { ok: true, fen: Number(m[1]) * 1_000_000 + Number(frac.padEnd(6, '0')) }
}

/** Half-up (四舍五入) rounding of a non-negative or negative 分 amount to 0.01万元. */
export function roundFenToWanCents(fen: Fen): WanCents {
  assertSafe(fen)
  const a = Math.abs(fen)
  const q = Math.floor(a / FEN_PER_WAN_CENT)
  const r = a - q * FEN_PER_WAN_CENT
  const rounded = r * 2 >= FEN_PER_WAN_CENT ? q + 1 : q
  return fen < 0 ? -rounded : rounded
}

export function wanCentsToFen(w: WanCents): Fen {
  return w * FEN_PER_WAN_CENT
}

export function sum(values: readonly number[]): number {
  let s = 0
  for (const v of values) s += v
  assertSafe(s)
  return s
}

function assertSafe(n: number): void {
  if (!Number.isSafeInteger(n)) throw new RangeError(`money must be a safe integer, got ${n}`)
}
