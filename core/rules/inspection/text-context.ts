// The narrative as plain paragraphs per section, so the text checks read our generated 情况说明 and
// a published one (the seeds' text) the same way, and where a text finding points.
import type { DocumentData } from '../../model/document-data'
import type { Narrative, SectionId } from '../../narrative/narrative-model'
import type { Finding, FindingLocation, Severity } from '../finding'

/** Section id → its paragraphs and sub-headings, in order (charts and attachments left out). */
export type NarrativeText = Partial<Record<SectionId, readonly string[]>>

export interface TextContext {
  year: number
  /** The department name as printed on the cover and in every table. */
  departmentName: string
  /** Money figures printed in the tables, in 0.01万元: tells `1.58元` written for 1.58万元. */
  figures?: ReadonlySet<number>
  /** Units in the unit list (十: `机关及下属预算单位N个`). */
  unitCount?: number
  /** Where a finding about `snippet` (the matched text) of this paragraph points (default: the narrative). */
  locate?: (section: SectionId, paragraph: number, snippet: string) => FindingLocation
}

export function narrativeText(n: Narrative): NarrativeText {
  const out: NarrativeText = {}
  for (const s of n.sections) out[s.id] = s.blocks.flatMap((b) => (b.kind === 'paragraph' || b.kind === 'subheading' ? [b.text] : []))
  return out
}

export const SECTION_ORDER: readonly SectionId[] = ['一', '二', '三', '四', '五', '六', '七', '八', '九', '十', '十一', '十二']

export interface Paragraph {
  section: SectionId
  index: number
  text: string
}

export function paragraphsOf(text: NarrativeText): Paragraph[] {
  return SECTION_ORDER.flatMap((section) => (text[section] ?? []).map((t, index) => ({ section, index, text: t })))
}

export function textFinding(ctx: TextContext, ruleId: string, severity: Severity, p: Pick<Paragraph, 'section' | 'index'>, snippet: string, message: string): Finding {
  const location = ctx.locate?.(p.section, p.index, snippet) ?? { step: 'review' as const, path: ['narrative', p.section, p.index] }
  return { ruleId, severity, message: `${p.section}、${message}`, location }
}

/** `…原文…` around a match, for messages. */
export function excerpt(text: string, at: number, length: number, around = 8): string {
  const start = Math.max(0, at - around)
  const end = Math.min(text.length, at + length + around)
  return `${start > 0 ? '…' : ''}${text.slice(start, end)}${end < text.length ? '…' : ''}`
}

/** `1,317.51` → 131751 (0.01 units); undefined for anything else. */
export function parseAmount(s: string): number | undefined {
  const m = /^(\d+)(?:\.(\d{1,2}))?$/.exec(s.replace(/,/g, ''))
  if (!m) return undefined
  return Number(m[1]) * 100 + Number((m[2] ?? '').padEnd(2, '0'))
}

/** Officer-typed fields that flow into 第三部分, to point a text finding at where it was typed. */
export function officerTextLocator(data: DocumentData): TextContext['locate'] {
  const c = data.comparisons
  const fields: { text: string | undefined; location: FindingLocation }[] = [
    { text: c.incomeTotal.reason, location: { step: 'overview', path: ['comparisons', 'incomeTotal', 'reason'] } },
    { text: c.expenditureTotal.reason, location: { step: 'overview', path: ['comparisons', 'expenditureTotal', 'reason'] } },
    { text: c.generalBudgetCurrent.reason, location: { step: 'overview', path: ['comparisons', 'generalBudgetCurrent', 'reason'] } },
    { text: c.threePublicTotalReason, location: { step: 'three-public', path: ['comparisons', 'threePublicTotalReason'] } },
    ...(['abroad', 'reception', 'vehiclePurchase', 'vehicleOperation'] as const).map((k) => ({ text: c.threePublic[k].reason, location: { step: 'three-public' as const, path: ['comparisons', 'threePublic', k, 'reason'] } })),
    { text: c.officeOperation.reason, location: { step: 'three-public', path: ['comparisons', 'officeOperation', 'reason'] } },
    { text: data.otherNotes.purchaseServiceCatalog, location: { step: 'overview', path: ['otherNotes', 'purchaseServiceCatalog'] } },
    { text: data.otherNotes.other, location: { step: 'overview', path: ['otherNotes', 'other'] } },
  ]
  return (section, paragraph, snippet) => {
    const hit = snippet.trim() === '' ? undefined : fields.find((f) => f.text !== undefined && f.text.includes(snippet))
    return hit?.location ?? { step: 'review', path: ['narrative', section, paragraph] }
  }
}
