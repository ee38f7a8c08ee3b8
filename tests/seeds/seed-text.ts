// Low-level helpers shared by the seed parsers: line cleaning, cell splitting, exact money parsing
// and the name normalisation of spec §9.7.
import type { Cell, WanCents } from '../../core/tables/table-model'

/** Removes the markdown and HTML residue of the extraction (`## `, `<b>`, `**`, list dashes). */
export function cleanLine(line: string): string {
  return line
    .replace(/<\/?(?:b|strong|p|br)\s*\/?>/gi, '')
    .replace(/\*\*/g, '')
    .replace(/^ *#{1,6} +/, '')
    .replace(/^ *[-*] +/, '')
    // Only spaces are trimmed: leading and trailing tabs delimit blank cells.
    .replace(/^[ \u3000\r]+|[ \u3000\r]+$/g, '')
}

export function cleanLines(text: string): string[] {
  return text.split('\n').map(cleanLine)
}

/** Tab-separated cells of a table line, each trimmed. */
export function splitCells(line: string): string[] {
  return line.split('\t').map((c) => c.trim())
}

/**
 * Spec §9.7: half-width brackets become full-width and wrap artefacts (spaces, including ideographic
 * ones) are removed, so that `维修(护)费` and `大同市政府 采购中心` compare equal to the app's names.
 */
export function normalizeName(text: string): string {
  return text.replace(/\(/g, '（').replace(/\)/g, '）').replace(/[\s\u3000]+/g, '')
}

/**
 * A printed 万元 amount as an integer in 0.01 万元. Parsed from the decimal digits, never through a
 * float multiplication (spec §9.11). Blank is 0; thousands separators (2023-era) are tolerated.
 */
export function parseWanCents(text: string): WanCents {
  const s = text.replace(/[,，\s]/g, '')
  if (s === '') return 0
  const m = /^(-)?(\d+)(?:\.(\d{1,2}))?$/.exec(s)
  if (!m) throw new Error(`not a 万元 amount: "${text}"`)
  const whole = m[2] ?? '0'
  const frac = (m[3] ?? '').padEnd(2, '0')
  const value = Number(whole) * 100 + Number(frac)
  if (!Number.isSafeInteger(value)) throw new Error(`amount out of range: "${text}"`)
  return m[1] ? -value : value
}

export const text = (t: string): Cell => ({ kind: 'text', text: t })
export const money = (raw: string): Cell => ({ kind: 'money', value: parseWanCents(raw) })

/** Chinese ordinal before `、` (`十五、资源勘探…` → `十五`), or '' when there is none. */
export function ordinalPrefix(label: string): string {
  const m = /^([一二三四五六七八九十]+)、/.exec(label)
  return m?.[1] ?? ''
}
