// Document → derivation + every finding: the cross-table rules on the derived tables and the
// document rules on the inputs. Runs in the renderer on every edit, in main before save/export,
// and in the CLI.
import { namesFromCatalog } from '../calc/catalog-names'
import { derive, type Derivation } from '../calc/derive'
import { withOwnCatalog } from '../catalogs/own-catalog'
import type { Catalog } from '../catalogs/types'
import type { DocumentData } from '../model/document-data'
import { hasOfficeOperationFunds } from '../model/enums'
import { runDocumentRules } from './document-rules'
import type { Finding, TableRuleContext } from './finding'
import { runTableRules } from './table-rules'

export interface Analysis {
  derivation: Derivation
  findings: Finding[]
}

// With `remember`, one context per unit list, so the table rules can tell it did not change.
const ruleContexts = new WeakMap<DocumentData['units'], TableRuleContext>()

export function tableRuleContext(data: DocumentData, remember = false): TableRuleContext {
  let ctx = remember ? ruleContexts.get(data.units) : undefined
  if (!ctx) {
    ctx = { units: data.units.map((u) => ({ name: u.name, hasOfficeOperationFunds: hasOfficeOperationFunds(u.type) })) }
    if (remember) ruleContexts.set(data.units, ctx)
  }
  return ctx
}

const SEVERITY_ORDER = { error: 0, warning: 1, info: 2 } as const

/**
 * `incremental` reuses what did not change since the last analysis: rounding groups and tables no
 * edited line touches (see derive), findings of document rules whose inputs are the same objects
 * (see DocumentRule.reads) and of table rules whose tables are the same objects. It
 * relies on identity, so it is for data that is only ever replaced, never changed in place (the
 * renderer's drafts, where each keystroke is an immutable update); the result is the same.
 */
export function analyze(data: DocumentData, shipped: Catalog, options: { incremental?: boolean } = {}): Analysis {
  const remember = options.incremental === true
  // Names the officer supplied for codes the year's catalog lacks are printed like catalog names.
  const catalog = withOwnCatalog(shipped, data.ownCatalog)
  const derivation = derive(data, namesFromCatalog(catalog), remember)
  const findings = [...runDocumentRules({ derivation, catalog }, remember), ...runTableRules(derivation.tables, tableRuleContext(data, remember), remember)]
  findings.sort((a, b) => SEVERITY_ORDER[a.severity] - SEVERITY_ORDER[b.severity])
  return { derivation, findings }
}
