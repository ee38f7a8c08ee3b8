// Builds the findings of the table rules: one per offending cell, with a Chinese message that quotes
// both figures, the cell to jump to and the wizard step where the inputs are fixed.
import type { TableModel, TableSet, WanCents } from '../../tables/table-model'
import { formatWan, type Finding, type FindingLocation, type Severity, type StepId, type TableRule, type TableRuleContext } from '../finding'
import { cellName, money } from './table-access'

/** A printed cell: the one a finding points at. */
export interface CellRef {
  table: TableModel
  rowKey: string
  column: string
}

export const cell = (table: TableModel, rowKey: string, column: string): CellRef => ({ table, rowKey, column })

export class FindingCollector {
  readonly findings: Finding[] = []

  constructor(
    private readonly ruleId: string,
    private readonly severity: Severity,
    private readonly step: StepId,
  ) {}

  report(message: string, location: FindingLocation, figures?: Finding['figures']): void {
    const finding: Finding = { ruleId: this.ruleId, severity: this.severity, message, location: { step: this.step, ...location } }
    if (figures) finding.figures = figures
    this.findings.push(finding)
  }

  /** The printed cell must equal `expected` (`what` names where that figure comes from). */
  equal(ref: CellRef, expected: WanCents, what: string, step?: StepId): void {
    const actual = money(ref.table, ref.rowKey, ref.column)
    if (actual === expected) return
    const diff = formatWan(Math.abs(actual - expected))
    this.report(`${cellName(ref.table, ref.rowKey, ref.column)} ${formatWan(actual)} 与${what} ${formatWan(expected)} 不等（差 ${diff}）`, locate(ref, step), { expected, actual })
  }

  /** The printed cell must not exceed `bound`. */
  atMost(ref: CellRef, bound: WanCents, what: string, step?: StepId): void {
    const actual = money(ref.table, ref.rowKey, ref.column)
    if (actual <= bound) return
    this.report(`${cellName(ref.table, ref.rowKey, ref.column)} ${formatWan(actual)} 大于${what} ${formatWan(bound)}（超出 ${formatWan(actual - bound)}）`, locate(ref, step), { expected: bound, actual })
  }

  /** The printed cell must be at least `bound`. */
  atLeast(ref: CellRef, bound: WanCents, what: string, step?: StepId): void {
    const actual = money(ref.table, ref.rowKey, ref.column)
    if (actual >= bound) return
    this.report(`${cellName(ref.table, ref.rowKey, ref.column)} ${formatWan(actual)} 小于${what} ${formatWan(bound)}（差 ${formatWan(bound - actual)}）`, locate(ref, step), { expected: bound, actual })
  }
}

function locate(ref: CellRef, step: StepId | undefined): FindingLocation {
  const location: FindingLocation = { table: ref.table.id, rowKey: ref.rowKey, column: ref.column }
  if (step) location.step = step
  return location
}

export interface TableRuleSpec {
  id: string
  title: string
  /** 'error' unless given. */
  severity?: Severity
  scopeNote?: string
  byConstruction: boolean
  /** Default step of the rule's findings. */
  step: StepId
  run(c: FindingCollector, tables: TableSet, ctx: TableRuleContext): void
}

export function tableRule(spec: TableRuleSpec): TableRule {
  const severity = spec.severity ?? 'error'
  const rule: TableRule = {
    id: spec.id,
    title: spec.title,
    severity,
    byConstruction: spec.byConstruction,
    check(tables, ctx) {
      const c = new FindingCollector(spec.id, severity, spec.step)
      spec.run(c, tables, ctx)
      return c.findings
    },
  }
  if (spec.scopeNote) rule.scopeNote = spec.scopeNote
  return rule
}
