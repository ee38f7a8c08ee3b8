// Shapes of the 发布前体检 (official-rules (c) and A7): the rules K01–K16, what they see, and the
// result the 体检 screen, the export gate and the printable 自查表 read.
import type { Catalog } from '../../catalogs/types'
import type { Derivation } from '../../calc/derive'
import type { Narrative } from '../../narrative/narrative-model'
import type { Finding, Severity } from '../finding'

/** The five dimensions inspectors score (official-rules A7). */
export type DimensionId = 'timeliness' | 'completeness' | 'detail' | 'channel' | 'truthfulness'

/** What the self-audit of an exported file found (electron/main/export/audit), for K14. */
export interface ExportAuditSummary {
  /** Figures re-read from the files and found equal to the model. */
  checked: number
  mismatches: readonly { kind: string; message: string }[]
}

export interface InspectionContext {
  derivation: Derivation
  catalog: Catalog
  narrative: Narrative
  /** The findings of analyze() on the same document. */
  findings: readonly Finding[]
  /** `YYYY-MM-DD`, passed in (core has no clock). */
  today: string
  /** Present after an export: the files as a checker reads them. */
  audit?: ExportAuditSummary
}

export interface InspectionRule {
  /** `K01` … `K16`: K{nn} checks official-rules (c) item nn. */
  id: string
  /** The (c) item, 1–16. */
  item: number
  title: string
  /** error: blocks export; warning: shown, export allowed. A finding may be milder than its rule. */
  severity: Severity
  check(ctx: InspectionContext): Finding[]
  /** True when the rule can only be decided with an export audit (K14). */
  needsAudit?: boolean
}

/** One rule's state on the 体检 screen. */
export interface RuleStatus {
  id: string
  title: string
  severity: Severity
  /** official-rules (c) item for K rules. */
  item?: number
  /** No error or warning finding (info findings do not fail a rule). */
  passed: boolean
  /** The rule cannot be decided yet (K14 before an export). */
  pending: boolean
  findings: Finding[]
}

export interface DimensionResult {
  id: DimensionId
  /** 及时性, 完整性, 细化程度, 公开方式, 真实性 */
  label: string
  rules: RuleStatus[]
  passed: number
  total: number
}

/** An item the app cannot know; the officer ticks it (公开渠道, 真实性 …). */
export interface ChecklistItem {
  id: string
  dimension: DimensionId
  text: string
}

export interface DeadlineInfo {
  approvalDate?: string
  /** Last day to publish, `YYYY-MM-DD`. */
  deadline?: string
  basis: 'calendar' | 'working'
  days: number
  /** Days from today to the deadline (negative: past). */
  daysLeft?: number
}

export interface Inspection {
  dimensions: DimensionResult[]
  /** Every error finding: what stops the export. */
  blocking: Finding[]
  warnings: Finding[]
  checklist: ChecklistItem[]
  deadline: DeadlineInfo
  /** Every finding of analyze() and of the K rules, once. */
  findings: Finding[]
  /** What was inspected, for headings (自查表). */
  subject: { name: string; year: number; level: 'department' | 'unit'; today: string }
}

export type { Finding, Severity }
