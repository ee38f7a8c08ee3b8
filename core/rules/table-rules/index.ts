// All cross-table 勾稽 rules (spec §6.1), in spec order, and the runner over one table set.
import type { TableId, TableModel, TableSet } from '../../tables/table-model'
import type { Finding, TableRule, TableRuleContext } from '../finding'
import { EMPTY_TABLE_RULES } from './empty-table-rules'
import { FUND_RULES } from './fund-rules'
import { PROJECT_TABLE_RULES } from './project-table-rules'
import { SOFT_RULES } from './soft-rules'
import { T1_RULES } from './t1-rules'
import { T10_T11_RULES } from './t10-t11-rules'
import { T2_T3_RULES } from './t2-t3-rules'
import { T4_RULES } from './t4-rules'
import { T5_T6_RULES } from './t5-t6-rules'

export const TABLE_RULES: TableRule[] = [
  ...T1_RULES,
  ...T2_T3_RULES,
  ...T4_RULES,
  ...T5_T6_RULES,
  ...FUND_RULES,
  ...T10_T11_RULES,
  ...PROJECT_TABLE_RULES,
  ...EMPTY_TABLE_RULES,
  ...SOFT_RULES,
]

interface Remembered {
  ctx: TableRuleContext
  /** The tables the rule read, as it read them. */
  reads: [TableId, TableModel][]
  findings: Finding[]
}

// The last findings of each rule (one document is edited at a time).
const remembered = new WeakMap<TableRule, Remembered>()

/** The rule's findings, or the last ones when every table it read then is the same object now. */
function checkRemembered(rule: TableRule, tables: TableSet, ctx: TableRuleContext): Finding[] {
  const last = remembered.get(rule)
  if (last && last.ctx === ctx && last.reads.every(([id, table]) => tables[id] === table)) return last.findings
  const reads = new Map<TableId, TableModel>()
  const watched = new Proxy(tables, {
    get(target, key, receiver) {
      const value: unknown = Reflect.get(target, key, receiver)
      if (typeof key === 'string' && Object.hasOwn(target, key)) reads.set(key as TableId, value as TableModel)
      return value
    },
  })
  const findings = rule.check(watched, ctx)
  remembered.set(rule, { ctx, reads: [...reads], findings })
  return findings
}

/**
 * `remember` (tables that are only ever replaced, never changed in place, as the incremental
 * derivation gives them): a rule none of whose tables changed keeps its last findings.
 */
export function runTableRules(tables: TableSet, ctx: TableRuleContext = {}, remember = false): Finding[] {
  return TABLE_RULES.flatMap((rule) => (remember ? checkRemembered(rule, tables, ctx) : rule.check(tables, ctx)))
}
