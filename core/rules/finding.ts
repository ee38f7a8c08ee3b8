// A finding: one broken 勾稽关系 or missing input, with a stable rule id, a Chinese message that
// quotes both figures, and where to go to fix it (architecture rule 5).
import type { TableId, TableSet, WanCents } from '../tables/table-model'

export type Severity = 'error' | 'warning' | 'info'

/** The wizard's steps (app issue): where the officer fixes a finding. */
export type StepId = 'organization' | 'income' | 'basic' | 'projects' | 'three-public' | 'procurement-assets' | 'performance' | 'overview' | 'review'

export interface FindingLocation {
  table?: TableId
  rowKey?: string
  /** Column key of the table layout (core/tables/layouts.ts). */
  column?: string
  step?: StepId
  /** Path into the document's data, e.g. ['lines', 3, 'amount']. */
  path?: (string | number)[]
}

export interface Finding {
  ruleId: string
  severity: Severity
  message: string
  location: FindingLocation
  /** The two figures compared, in 0.01万元, when the rule compares amounts. */
  figures?: { expected: WanCents; actual: WanCents }
}

/** Facts about the department that some table rules need and that tables do not carry. */
export interface TableRuleContext {
  /** Unit names with whether they have 机关运行经费 (行政/参公); absent for tables parsed without it. */
  units?: readonly { name: string; hasOfficeOperationFunds: boolean }[]
}

export interface TableRule {
  id: string
  /** What the rule checks, in Chinese, shown in the 体检 screen. */
  title: string
  severity: Severity
  /** Where the rule's scope differs from spec §6.1, why (shown beside the rule). */
  scopeNote?: string
  /** True when derived tables satisfy the rule by construction (the property test proves it). */
  byConstruction: boolean
  check(tables: TableSet, ctx: TableRuleContext): Finding[]
}

export function formatWan(w: WanCents): string {
  const sign = w < 0 ? '-' : ''
  const a = Math.abs(w)
  return `${sign}${Math.trunc(a / 100)}.${String(a % 100).padStart(2, '0')}`
}
