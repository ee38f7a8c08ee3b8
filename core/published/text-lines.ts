// The text of a published 部门预算公开 as numbered lines with their page. Extraction (PDF text
// layer, .docx, plain text) happens outside core; pages are separated by form feeds (\f) when the
// source has pages. The lines keep tabs as cell separators; everything else is normalised here:
// full-width digits and punctuation, markdown residue of converted text, page footers.
import type { WanCents } from '../tables/table-model'

export interface SourceLine {
  /** 0-based index in the whole text. */
  index: number
  /** 1-based page, when the source has pages. */
  page?: number
  text: string
}

const FULL_WIDTH_DIGITS = /[\uFF10-\uFF19]/g

/** Full-width digits, point, comma, minus, percent and letters become half-width (PDF text of some producers). */
export function toHalfWidth(s: string): string {
  return s
    .replace(FULL_WIDTH_DIGITS, (c) => String.fromCharCode(c.charCodeAt(0) - 0xfee0))
    .replace(/\uFF0E/g, '.')
    .replace(/\uFF05/g, '%')
    .replace(/\uFF0D/g, '-')
    .replace(/\u00A0/g, ' ')
}

/** Removes the markdown and HTML residue of converted text (`## `, `<b>`, `**`, list dashes). */
function cleanLine(line: string): string {
  return toHalfWidth(line)
    .replace(/<\/?(?:b|strong|p|br|span)\b[^>]*>/gi, '')
    .replace(/\*\*/g, '')
    .replace(/^ *#{1,6} +/, '')
    .replace(/^ *[-*] +(?=\S)/, '')
    .replace(/^[ \u3000\r]+|[ \u3000\r]+$/g, '')
}

/** Running page footers: `第 2 页 / 共 94 页`, `- 3 -`, `— 1 —`, a bare page number. */
export function isPageFooter(line: string): boolean {
  const s = line.replace(/\s+/g, '')
  return /^第\d+页(?:\/共\d+页)?$/.test(s) || /^[-—–]*\d{1,4}[-—–]*$/.test(s)
}

export function toLines(text: string): SourceLine[] {
  const paged = text.includes('\f')
  const out: SourceLine[] = []
  let page = 1
  let index = 0
  for (const pageText of text.replace(/\r\n?/g, '\n').split('\f')) {
    for (const raw of pageText.split('\n')) {
      const t = cleanLine(raw)
      if (!isPageFooter(t)) out.push({ index, ...(paged ? { page } : {}), text: t })
      index++
    }
    page++
  }
  return out
}

/** Spec §9.7: half-width brackets become full-width; spaces (wrap artefacts) are removed. */
export function normalizeName(text: string): string {
  return text.replace(/\(/g, '（').replace(/\)/g, '）').replace(/[\s\u3000]+/g, '')
}

export const isBlank = (line: string): boolean => line.replace(/[\s\u3000]/g, '') === ''

/** Cells of a table line, trimmed; blank cells kept (they are printed zeros). */
export function cells(line: string): string[] {
  return line.split('\t').map((c) => c.trim())
}

const AMOUNT = /^-?\d{1,3}(?:[,，]\d{3})+(?:\.\d+)?$|^-?\d+(?:\.\d+)?$/

export function isAmount(cell: string): boolean {
  return AMOUNT.test(cell.replace(/\s/g, ''))
}

/**
 * A printed 万元 amount in 0.01万元, from its digits (never through a float, spec §9.11). 千分位
 * separators are accepted; a blank cell is a printed zero; more than two decimals is not an amount.
 */
export function parseWan(printed: string): WanCents | undefined {
  const s = printed.replace(/[,，\s]/g, '')
  if (s === '' || s === '-' || s === '—') return 0
  const m = /^(-)?(\d+)(?:\.(\d{1,2}))?$/.exec(s)
  if (!m) return undefined
  const value = Number(m[2]) * 100 + Number((m[3] ?? '').padEnd(2, '0'))
  if (!Number.isSafeInteger(value)) return undefined
  return m[1] ? -value : value
}

/** `2,045.61` → 204561; for amounts inside sentences (`…2,045.61万元`). */
export const WAN_IN_SENTENCE = '(-?\\d[\\d,，]*(?:\\.\\d+)?)万元'

export function formatWan(w: WanCents): string {
  const sign = w < 0 ? '-' : ''
  const a = Math.abs(w)
  return `${sign}${Math.floor(a / 100)}.${String(a % 100).padStart(2, '0')}`
}

/** Where a thing was found, in the officer's words: `第5页 表1“收入总计”行`. */
export function describeLine(line: SourceLine | undefined): string {
  if (!line) return ''
  return line.page !== undefined ? `第${line.page}页` : `第${line.index + 1}行`
}
