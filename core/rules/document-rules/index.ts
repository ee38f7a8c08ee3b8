import type { Finding } from '../finding'
import { A01, U01 } from './asset-rules'
import { C01, C02, C03, C04, C05 } from './catalog-rules'
import { Y01, Y02, Y03, Y04, Y05 } from './comparison-rules'
import type { DocumentRule, DocumentRuleContext } from './context'
import { I01, I02, I03, T01 } from './money-rules'
import { PERFORMANCE_RULES } from './performance-rules'
import { P01, P02, P03, P04, P05 } from './project-rules'

export type { DocumentRule, DocumentRuleContext } from './context'

export const DOCUMENT_RULES: readonly DocumentRule[] = [U01, C01, C02, C03, C04, C05, I01, I02, I03, T01, P01, P02, P03, P04, P05, ...PERFORMANCE_RULES, Y01, Y02, Y03, Y04, Y05, A01]

export function runDocumentRules(ctx: DocumentRuleContext): Finding[] {
  return DOCUMENT_RULES.flatMap((r) => r.check(ctx))
}
