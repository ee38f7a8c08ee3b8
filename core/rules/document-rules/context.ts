// Document rules see the document, its derivation and the year's catalogs.
import type { Catalog } from '../../catalogs/types'
import type { Derivation } from '../../calc/derive'
import type { Finding, Severity, StepId } from '../finding'

export interface DocumentRuleContext {
  derivation: Derivation
  catalog: Catalog
}

export interface DocumentRule {
  id: string
  title: string
  severity: Severity
  check(ctx: DocumentRuleContext): Finding[]
  /**
   * Everything of the document the rule reads, when that is less than the whole derivation: while
   * each of these stays the same object (or value) and the catalog is the same, the findings are
   * the same and are not computed again (an edited budget line leaves the 绩效目标表 rules alone).
   */
  reads?(data: Derivation['data']): readonly unknown[]
}

export function finding(rule: Pick<DocumentRule, 'id' | 'severity'>, message: string, step: StepId, path?: (string | number)[], extra: Partial<Finding> = {}): Finding {
  return { ruleId: rule.id, severity: rule.severity, message, location: path ? { step, path } : { step }, ...extra }
}
