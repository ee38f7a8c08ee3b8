// 发布前体检: analyze() and the K rules over one document, grouped by the inspectors' five
// dimensions (official-rules A7), with the export gate. Pure: the clock and the narrative are passed in.
import { withOwnCatalog } from '../../catalogs/own-catalog'
import type { Catalog } from '../../catalogs/types'
import type { DocumentData } from '../../model/document-data'
import type { Narrative } from '../../narrative/narrative-model'
import { analyze, type Analysis } from '../analyze'
import { DOCUMENT_RULES } from '../document-rules'
import type { Finding, Severity } from '../finding'
import { TABLE_RULES } from '../table-rules'
import { deadlineInfo } from './deadline'
import { CHECKLIST, DIMENSION_IDS, DIMENSION_LABELS, DIMENSION_RULES } from './dimensions'
import { INSPECTION_RULES, SUPERSEDED_BY } from './rules'
import type { DimensionResult, ExportAuditSummary, Inspection, InspectionContext, RuleStatus } from './types'

export interface InspectOptions {
  /** `YYYY-MM-DD`. */
  today: string
  /** Reuse an analysis of the same data (the renderer has one already). */
  analysis?: Analysis
  /** The self-audit of the exported files (K14). */
  audit?: ExportAuditSummary
  /** Findings from outside the rules (a 所属单位's missing inputs), placed under their rule id. */
  extraFindings?: readonly Finding[]
  /** Applied to every finding (a unit document's findings point back into the department's). */
  mapFinding?: (f: Finding) => Finding
}

interface RuleInfo {
  title: string
  severity: Severity
  item?: number
  needsAudit?: boolean
}

function ruleCatalog(): Map<string, RuleInfo> {
  const out = new Map<string, RuleInfo>()
  for (const r of TABLE_RULES) out.set(r.id, { title: r.title, severity: r.severity })
  for (const r of DOCUMENT_RULES) out.set(r.id, { title: r.title, severity: r.severity })
  for (const r of INSPECTION_RULES) out.set(r.id, r.needsAudit ? { title: r.title, severity: r.severity, item: r.item, needsAudit: true } : { title: r.title, severity: r.severity, item: r.item })
  return out
}

const SEVERITY_ORDER: Record<Severity, number> = { error: 0, warning: 1, info: 2 }

/** The K rules' findings on a document whose analysis is known. */
export function runInspectionRules(ctx: InspectionContext): Finding[] {
  return INSPECTION_RULES.flatMap((r) => r.check(ctx))
}

export function inspect(data: DocumentData, catalog: Catalog, narrative: Narrative, options: InspectOptions): Inspection {
  const analysis = options.analysis ?? analyze(data, catalog)
  const ctx: InspectionContext = { derivation: analysis.derivation, catalog: withOwnCatalog(catalog, data.ownCatalog), narrative, findings: analysis.findings, today: options.today }
  if (options.audit) ctx.audit = options.audit
  const map = options.mapFinding ?? ((f: Finding) => f)
  const findings = [...analysis.findings.filter((f) => !(f.ruleId in SUPERSEDED_BY)), ...runInspectionRules(ctx)]
    .map(map)
    .concat(options.extraFindings ?? [])
    .sort((a, b) => SEVERITY_ORDER[a.severity] - SEVERITY_ORDER[b.severity])
  const rules = ruleCatalog()
  const byRule = new Map<string, Finding[]>()
  for (const f of findings) {
    const list = byRule.get(f.ruleId)
    if (list) list.push(f)
    else byRule.set(f.ruleId, [f])
  }
  const placed = new Set(Object.values(DIMENSION_RULES).flat())
  // Every rule of analyze() that no dimension names counts under 真实性 (R*, S*, and any added later).
  const extra = [...rules.keys(), ...byRule.keys()].filter((id, i, all) => !placed.has(id) && !(id in SUPERSEDED_BY) && all.indexOf(id) === i)
  const status = (id: string): RuleStatus => {
    const info = rules.get(id)
    const list = byRule.get(id) ?? []
    const pending = info?.needsAudit === true && !options.audit
    const s: RuleStatus = { id, title: info?.title ?? id, severity: info?.severity ?? 'warning', passed: !pending && !list.some((f) => f.severity !== 'info'), pending, findings: list }
    if (info?.item !== undefined) s.item = info.item
    return s
  }
  const dimensions: DimensionResult[] = DIMENSION_IDS.map((id) => {
    const ids = id === 'truthfulness' ? [...DIMENSION_RULES[id], ...extra] : DIMENSION_RULES[id]
    const list = ids.filter((r) => rules.has(r) || byRule.has(r)).map(status)
    return { id, label: DIMENSION_LABELS[id], rules: list, passed: list.filter((r) => r.passed).length, total: list.length }
  })
  return {
    dimensions,
    blocking: findings.filter((f) => f.severity === 'error'),
    warnings: findings.filter((f) => f.severity === 'warning'),
    checklist: [...CHECKLIST],
    deadline: deadlineInfo(data.settings, data.department.approvalDate, options.today),
    findings,
    subject: { name: data.department.displayName, year: data.department.budgetYear, level: data.settings.disclosureLevel, today: options.today },
  }
}

export interface ExportGate {
  allowed: boolean
  /** The errors that block, as `[K03] …` lines the officer reads. */
  reasons: string[]
  blocking: Finding[]
  warnings: Finding[]
}

/** Severity decides: any error blocks the export, warnings are shown and allowed. */
export function canExport(findings: readonly Finding[]): ExportGate {
  const blocking = findings.filter((f) => f.severity === 'error')
  return {
    allowed: blocking.length === 0,
    reasons: blocking.map((f) => `[${f.ruleId}] ${f.message}`),
    blocking,
    warnings: findings.filter((f) => f.severity === 'warning'),
  }
}
