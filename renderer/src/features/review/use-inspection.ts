// The 发布前体检 of the open document, live: the core's inspect() on the analysable copy the session
// already analysed, with today's date, the narrative as it will be exported and, after an export,
// the self-audit of the written files (K14). Findings point back into the draft like every other.
import { useMemo } from 'react'
import type { Narrative } from '../../../../core/narrative/narrative-model'
import { buildNarrative } from '../../../../core/narrative/build-narrative'
import { canExport, inspect, localDay, type ExportAuditSummary, type ExportGate, type Inspection } from '../../../../core/rules/inspection'
import { toDraftFinding } from '../../state/analyze-draft'
import { useSession } from '../../state/session'

export interface LiveInspection {
  inspection: Inspection
  gate: ExportGate
  narrative: Narrative
}

export function useInspection(audit: ExportAuditSummary | undefined): LiveInspection | null {
  const { result, template, document } = useSession()
  const draft = document.data
  return useMemo(() => {
    const data = result?.validated.data
    const analysis = result?.analysis
    if (!result || !data || !analysis || !template) return null
    const narrative = buildNarrative(analysis.derivation, { glossary: template.glossary })
    const options = { today: localDay(new Date()), analysis, mapFinding: (f: Parameters<typeof toDraftFinding>[0]) => toDraftFinding(f, result.validated, draft) }
    const inspection = inspect(data, template.catalog, narrative, audit ? { ...options, audit } : options)
    return { inspection, gate: canExport(inspection.findings), narrative }
  }, [result, template, audit, draft])
}
