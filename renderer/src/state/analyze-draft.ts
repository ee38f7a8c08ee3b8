// One analysis of the draft: schema problems first, then the core's derivation and checks on the
// analysable copy, with every finding's path pointing back into the draft.
import type { Catalog } from '../../../core/catalogs/types'
import type { DocumentData } from '../../../core/model/document-data'
import type { Finding, StepId } from '../../../core/rules/finding'
import { analyze, type Analysis } from '../../../core/rules/analyze'
import type { ExportAuditSummary } from '../../../core/rules/inspection'
import type { LiveInspection } from './live-inspection'
import type { MoneyUnit } from '../components/paste/money-text'
import { inputFinding } from './input-findings'
import { overrideStep, stepOfPath } from './steps'
import type { ParseCaches } from './parse-cache'
import { toDraftPath, validateDraft, type ValidatedDraft } from './validate-draft'

export interface DraftAnalysis {
  analysis: Analysis | null
  findings: Finding[]
  validated: ValidatedDraft
  /** The 发布前体检 of this analysis when the worker made it too (live-inspection.ts), with the audit it used. */
  inspected?: Inspected
}

export interface Inspected {
  live: LiveInspection | null
  findings: Finding[]
  audit: ExportAuditSummary | undefined
}

const ORDER = { error: 0, warning: 1, info: 2 } as const

/**
 * Incremental by default: the draft only ever changes by immutable updates, so rows, sections and
 * rule inputs that are the same objects as last time are not parsed or checked again.
 * `fromScratch` (with fresh `caches`) recomputes everything; the result is the same. Amount problems
 * name the document's own entry unit (settings.entryUnit).
 */
export function analyzeDraft(draft: DocumentData, templateYear: number, catalog: Catalog, caches?: ParseCaches, fromScratch = false): DraftAnalysis {
  const validated = validateDraft(draft, templateYear, caches)
  const unit: MoneyUnit = draft.settings?.entryUnit ?? 'yuan'
  const inputs = validated.issues.map((i) => inputFinding(i, draft, unit))
  if (!validated.data) return { analysis: null, findings: inputs, validated }
  const analysis = analyze(validated.data, catalog, { incremental: !fromScratch })
  const core = analysis.findings.map((f) => toDraftFinding(f, validated, draft))
  const findings = [...inputs, ...core].sort((a, b) => ORDER[a.severity] - ORDER[b.severity])
  return { analysis, findings, validated }
}

/** A finding of the core on the analysable copy, pointed back at the draft's rows and the step to fix it on. */
export function toDraftFinding(f: Finding, validated: ValidatedDraft, draft: DocumentData): Finding {
  const path = toDraftPath(f.location.path, validated.indexMaps)
  const step: StepId | undefined = overrideStep(path) ?? f.location.step ?? (path ? stepOfPath(path, draft) : undefined)
  const location = { ...f.location }
  if (path) location.path = path
  if (step) location.step = step
  return { ...f, location }
}

export function countBySeverity(findings: readonly Finding[]): Record<'error' | 'warning' | 'info', number> {
  const out = { error: 0, warning: 0, info: 0 }
  for (const f of findings) out[f.severity]++
  return out
}
