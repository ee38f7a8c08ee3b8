// Document rules see the document, its derivation and the year's catalogs.
import type { Catalog } from '../../catalogs/types'
import type { Derivation } from '../../calc/derive'
import { stable } from '../../calc/project-totals'
import type { Finding, Severity, StepId } from '../finding'

export { projectTotals } from '../../calc/project-totals'

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
  reads?(data: Derivation['data'], derivation: Derivation): readonly unknown[]
}

type Lines = Derivation['data']['lines']

const codeMemo = new WeakMap<Lines, readonly unknown[]>()
const lastCodes = { values: [] as readonly unknown[] }

// The text of each line object, built once (lines are immutable where rules remember).
const codeText = new WeakMap<Lines[number], string>()

function codesOf(l: Lines[number]): string {
  let text = codeText.get(l)
  if (text === undefined) codeText.set(l, (text = `${l.kind}|${l.unitId}|${l.projectId ?? ''}|${l.functionCode}|${l.economicCode}|${l.governmentEconomicCode ?? ''}`))
  return text
}

/** Kind, unit, project and codes of each line in order. */
export function lineCodes(lines: Lines): readonly unknown[] {
  return stable(codeMemo, lastCodes, lines, () => lines.map(codesOf))
}

export function finding(rule: Pick<DocumentRule, 'id' | 'severity'>, message: string, step: StepId, path?: (string | number)[], extra: Partial<Finding> = {}): Finding {
  return { ruleId: rule.id, severity: rule.severity, message, location: path ? { step, path } : { step }, ...extra }
}
