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

/** The officer's words without the closing punctuation the sentence adds itself (001: `增加。；`). */
export function cleanReason(text: string | undefined): string | undefined {
  const s = (text ?? '').trim().replace(/[。．.；;，,、\s]+$/u, '')
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
