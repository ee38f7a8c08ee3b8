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

export function tableRuleContext(data: DocumentData): TableRuleContext {
  return { units: data.units.map((u) => ({ name: u.name, hasOfficeOperationFunds: hasOfficeOperationFunds(u.type) })) }
}

const SEVERITY_ORDER = { error: 0, warning: 1, info: 2 } as const

export function analyze(data: DocumentData, shipped: Catalog): Analysis {
  // Names the officer supplied for codes the year's catalog lacks are printed like catalog names.
  const catalog = withOwnCatalog(shipped, data.ownCatalog)
  const derivation = derive(data, namesFromCatalog(catalog))
  const findings = [...runDocumentRules({ derivation, catalog }), ...runTableRules(derivation.tables, tableRuleContext(data))]
  findings.sort((a, b) => SEVERITY_ORDER[a.severity] - SEVERITY_ORDER[b.severity])
  return { derivation, findings }
}
