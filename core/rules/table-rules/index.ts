// All cross-table 勾稽 rules (spec §6.1), in spec order, and the runner over one table set.
import type { TableSet } from '../../tables/table-model'
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

export function runTableRules(tables: TableSet, ctx: TableRuleContext = {}): Finding[] {
  return TABLE_RULES.flatMap((rule) => rule.check(tables, ctx))
}
