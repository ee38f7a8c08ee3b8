// Money as the officer types or pastes it: 元 or 万元, thousands separators, full-width digits, a
// trailing unit word. Converts to the document's 元 string ("1147200.00"); never guesses.
import { toHalfWidth } from '../../../../core/catalogs/codes'
import { fenToYuanString, parseWanToFen, parseYuan } from '../../../../core/money/money'
import { inputText } from '../../text/zh-CN-input'

const m = inputText.money

export type MoneyUnit = 'yuan' | 'wan'

export type MoneyParse = { ok: true; yuan: string; fen: number } | { ok: false; reason: string }

/** Full-width forms of the characters a money cell can hold. */
function halfWidth(text: string): string {
  return toHalfWidth(text)
    .replace(/[\uFF0C]/g, ',')
    .replace(/[\uFF0D\u2212]/g, '-')
    .replace(/[\u00A0\s]/g, '')
}

const GROUPED = /^\d{1,3}(,\d{3})+(\.\d*)?$/

/** Parses one money cell; `unit` is used unless the text carries its own (`114.72万元`, `500元`). */
export function parseMoneyText(text: string, unit: MoneyUnit): MoneyParse {
  let s = halfWidth(text).replace(/^[¥￥]/, '')
  let effective = unit
  if (s.endsWith('万元')) {
    effective = 'wan'
    s = s.slice(0, -2)
  } else if (s.endsWith('元')) {
    effective = 'yuan'
    s = s.slice(0, -1)
  }
  if (s === '') return { ok: false, reason: m.empty }
  if (s.startsWith('-') || /^\(.*\)$/.test(s)) return { ok: false, reason: m.negative }
  if (s.includes(',')) {
    if (!GROUPED.test(s)) return { ok: false, reason: m.grouping }
    s = s.replace(/,/g, '')
  }
  if (s.endsWith('.')) s = s.slice(0, -1)
  if (/e/i.test(s)) return { ok: false, reason: m.scientific }
  if (!/^\d+(\.\d+)?$/.test(s)) return { ok: false, reason: m.notNumber }
  const normal = s.replace(/^0+(?=\d)/, '')
  const r = effective === 'wan' ? parseWanToFen(normal) : parseYuan(normal)
  if (r.ok) return { ok: true, yuan: fenToYuanString(r.fen), fen: r.fen }
  const reasons = {
    negative: m.negative,
    'too-fine': effective === 'wan' ? m.tooFineWan : m.tooFineYuan,
    'too-large': m.tooLarge,
    format: m.notNumber,
  } as const
  return { ok: false, reason: reasons[r.reason] }
}

/** A stored 元 string shown in the chosen unit: 1147200.00 → `1147200.00` or `114.72`. Text that
 * is not a valid amount (kept as typed) is shown unchanged. */
export function formatMoneyText(yuan: string | undefined, unit: MoneyUnit): string {
  if (yuan === undefined || yuan === '') return ''
  const r = parseYuan(yuan)
  if (!r.ok) return yuan
  if (unit === 'yuan') return fenToYuanString(r.fen)
  const whole = Math.trunc(r.fen / 1_000_000)
  const frac = String(r.fen % 1_000_000).padStart(6, '0').replace(/0+$/, '')
  return `${whole}.${frac.padEnd(2, '0')}`
}

/** Display with thousands separators, for read-only totals: `1,147,200.00`. */
export function groupDigits(text: string): string {
  const [whole = '', frac] = text.split('.')
  const grouped = whole.replace(/\B(?=(\d{3})+(?!\d))/g, ',')
  return frac === undefined ? grouped : `${grouped}.${frac}`
}
