import { sameValues } from '../../calc/same-values'
import type { Finding } from '../finding'
import { A01, U01 } from './asset-rules'
import { C01, C02, C03, C04, C05 } from './catalog-rules'
import { Y01, Y02, Y03, Y04, Y05 } from './comparison-rules'
import type { DocumentRule, DocumentRuleContext } from './context'
import { M01, M02 } from './magnitude-rules'
import { D01, D02 } from './placeholder-rules'
import { I01, I02, I03, T01 } from './money-rules'
import { PERFORMANCE_RULES } from './performance-rules'
import { P01, P02, P03, P04, P05 } from './project-rules'

export type { DocumentRule, DocumentRuleContext } from './context'
export { UNNAMED_CODE_MARK, unnamedCodeFindings } from './catalog-rules'

export const DOCUMENT_RULES: readonly DocumentRule[] = [D01, D02, U01, C01, C02, C03, C04, C05, I01, I02, I03, T01, P01, P02, P03, P04, P05, ...PERFORMANCE_RULES, Y01, Y02, Y03, Y04, Y05, M01, M02, A01]

interface Remembered {
  reads: readonly unknown[]
  catalog: DocumentRuleContext['catalog']
  findings: Finding[]
}

// The last findings of each rule that declares what it reads (one document is edited at a time).
const remembered = new WeakMap<DocumentRule, Remembered>()


function checkRemembered(rule: DocumentRule, ctx: DocumentRuleContext, remember: boolean): Finding[] {
  if (!rule.reads || !remember) return rule.check(ctx)
  const reads = rule.reads(ctx.derivation.data, ctx.derivation)
  const last = remembered.get(rule)
  if (last && last.catalog === ctx.catalog && sameValues(last.reads, reads)) return last.findings
  const findings = rule.check(ctx)
  remembered.set(rule, { reads, catalog: ctx.catalog, findings })
  return findings
}

/** `remember`: reuse the findings of rules whose inputs are the same objects as last time (immutable data only). */
export function runDocumentRules(ctx: DocumentRuleContext, remember = false): Finding[] {
  return DOCUMENT_RULES.flatMap((r) => checkRemembered(r, ctx, remember))
}
