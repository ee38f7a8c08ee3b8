// Text pieces shared by the sections: amounts and percentages in the formats of spec §3, the
// officer's reasons, unit names (§9.3), dates and the placeholders printed where an input is missing.
import { formatPercent, formatWanText } from '../money/format'
import type { Unit } from '../model/organization'
import type { WanCents } from '../tables/table-model'
import type { NarrativeBlock } from './narrative-model'

/**
 * Printed where an input the sentence needs is missing; the matching finding (Y01–Y03) asks for it.
 * Never a silent 0 (issue: year-on-year sentences); official-rules (c)12 flags any left in an export.
 */
export const PLACEHOLDERS = {
  prior: '【请填写上年预算数】',
  reason: '【请填写变动原因】',
  assetDate: '【请填写截至日期】',
  officeArea: '【请填写办公用房面积】',
} as const

/** `3,229.82万元`, `0万元` (spec §3). */
export function wan(w: WanCents): string {
  return `${formatWanText(w)}万元`
}

/** A share in 0.01% → `48.78%`, `0%`, `100.00%` (spec §3). */
export function percent(basisPoints: number): string {
  return formatPercent(basisPoints)
}

/**
 * A lead-in the sentence already writes before the reason (`主要原因是`, `减少原因是`, `系`): typed
 * again by the officer it would read `减少原因是原因人员调出`. `系统`/`系列` are words, not a lead-in.
 */
const REASON_LEAD_IN = /^(?:(?:主要|增加|减少|增长|下降|变动|增减|变化)?原因(?:主要)?(?:是|为|在于|：|:)?|主要是|是由于|是因为|由于|因为|系(?![统列数]))[，,：:\s]*/u

/**
 * The officer's words as the sentence joins them after `原因是`: without the lead-in the sentence
 * writes itself, and without the closing punctuation it adds itself (001: `增加。；`).
 */
export function cleanReason(text: string | undefined): string | undefined {
  let s = (text ?? '').trim().replace(/^[。．.；;，,、\s]+/u, '')
  for (let prev = ''; prev !== s; ) {
    prev = s
    s = s.replace(REASON_LEAD_IN, '')
  }
  s = s.replace(/[。．.；;，,、！!？?\s]+$/u, '')
  return s === '' ? undefined : s
}

/** Free text typed by the officer (十二): one paragraph per non-empty line. */
export function textParagraphs(text: string): NarrativeBlock[] {
  return text
    .split(/\r?\n/)
    .map((l) => l.trim())
    .filter((l) => l !== '')
    .map((t) => paragraph(t))
}

export function paragraph(text: string): NarrativeBlock {
  return { kind: 'paragraph', text }
}

export function subheading(text: string): NarrativeBlock {
  return { kind: 'subheading', text }
}

/**
 * Unit name in 八 (spec §9.3): `{名称}（本级）` for the 本级 unit of a department with more than one
 * unit, the plain name otherwise.
 */
export function unitNameInList(unit: Unit, unitCount: number): string {
  return unitCount > 1 && unit.isHeadUnit ? `${unit.name}（本级）` : unit.name
}

/** `2025-12-31` → `2025年12月31日` (spec §4.11). */
export function chineseDate(iso: string | undefined): string {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso ?? '')
  if (!m) return PLACEHOLDERS.assetDate
  return `${m[1]}年${Number(m[2])}月${Number(m[3])}日`
}

/** `一般公共服务支出` from the T1/T4 row text `一、一般公共服务支出` (spec §4.4). */
export function withoutOrdinal(label: string): string {
  return label.replace(/^[一二三四五六七八九十]+、/u, '')
}
