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
}

export function finding(rule: Pick<DocumentRule, 'id' | 'severity'>, message: string, step: StepId, path?: (string | number)[], extra: Partial<Finding> = {}): Finding {
  return { ruleId: rule.id, severity: rule.severity, message, location: path ? { step, path } : { step }, ...extra }
}
