// One list of findings for every count on screen: the input problems of the draft, then the
// 发布前体检 (the core's checks, minus those a K rule supersedes, plus the K rules and, after an
// export, the self-audit K14), each pointed back into the draft. The toolbar, the step badges, each
// step's list and the 体检 all read this list, so their figures cannot disagree.
import type { Narrative } from '../../../core/narrative/narrative-model'
import { buildNarrative } from '../../../core/narrative/build-narrative'
import type { DocumentData } from '../../../core/model/document-data'
import type { Finding } from '../../../core/rules/finding'
import { canExport, inspect, localDay, type ExportAuditSummary, type ExportGate, type Inspection } from '../../../core/rules/inspection'
import { toDraftFinding, type DraftAnalysis } from './analyze-draft'
import { INPUT_RULE_ID } from './input-findings'
import type { Template } from './template'

export interface LiveInspection {
  inspection: Inspection
  gate: ExportGate
  narrative: Narrative
}

const ORDER = { error: 0, warning: 1, info: 2 } as const

export function inspectDraft(result: DraftAnalysis, draft: DocumentData, template: Template, audit: ExportAuditSummary | undefined, today = localDay(new Date())): { live: LiveInspection | null; findings: Finding[] } {
  const data = result.validated.data
  const analysis = result.analysis
  if (!data || !analysis) return { live: null, findings: result.findings }
  const narrative = buildNarrative(analysis.derivation, { glossary: template.glossary })
  const inputs = result.findings.filter((f) => f.ruleId === INPUT_RULE_ID)
  const options = { today, analysis, mapFinding: (f: Finding) => toDraftFinding(f, result.validated, draft), extraFindings: inputs }
  const inspection = inspect(data, template.catalog, narrative, audit ? { ...options, audit } : options)
  const findings = [...inspection.findings].sort((a, b) => ORDER[a.severity] - ORDER[b.severity])
  return { live: { inspection, gate: canExport(findings), narrative }, findings }
}
