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
  reads?(data: Derivation['data'], derivation: Derivation): readonly unknown[]
}

type Lines = Derivation['data']['lines']

const sameValues = (a: readonly unknown[], b: readonly unknown[]) => a.length === b.length && a.every((v, i) => v === b[i])

// Values the rules read, projected from the lines; each projection is the same array as last time
// while its values are the same, so an edited amount leaves the code rules' inputs (and, while no
// project's total changes, the project rules' inputs) the same object and they are not run again.
function stable<K extends object>(memo: WeakMap<K, readonly unknown[]>, last: { values: readonly unknown[] }, key: K, compute: () => unknown[]): readonly unknown[] {
  let values: readonly unknown[] | undefined = memo.get(key)
  if (values) return values
  values = compute()
  if (sameValues(values, last.values)) values = last.values
  else last.values = values
  memo.set(key, values)
  return values
}

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

const totalsMemo = new WeakMap<Derivation, readonly unknown[]>()
const lastTotals = { values: [] as readonly unknown[] }

/**
 * Per project with lines (in order of its first line): its id, exact 分 over all its lines, rounded
 * amount over its 项目支出 lines, and whether any of its lines has a rounded amount.
 */
export function projectTotals(derivation: Derivation): readonly unknown[] {
  return stable(totalsMemo, lastTotals, derivation, () => {
    const acc = new Map<string, { fen: number; wan: number; money: boolean }>()
    for (const l of derivation.lines) {
      const id = l.line.projectId
      if (!id) continue
      let a = acc.get(id)
      if (!a) acc.set(id, (a = { fen: 0, wan: 0, money: false }))
      a.fen += l.fen
      if (l.line.kind === 'project') a.wan += l.wan
      if (l.wan !== 0) a.money = true
    }
    return [...acc].flatMap(([id, a]) => [id, a.fen, a.wan, a.money])
  })
}
export function finding(rule: Pick<DocumentRule, 'id' | 'severity'>, message: string, step: StepId, path?: (string | number)[], extra: Partial<Finding> = {}): Finding {
  return { ruleId: rule.id, severity: rule.severity, message, location: path ? { step, path } : { step }, ...extra }
}
