// The 体检 of each 所属单位's 单位预算公开 (official-rules A6, F13, (c)16): the unit document runs the
// same checks as the department; its findings point back into the department's document, and the
// unit's missing per-unit inputs are added under K16.
import type { Catalog } from '../../catalogs/types'
import type { DocumentData } from '../../model/document-data'
import { buildNarrative } from '../../narrative'
import type { Narrative, NarrativeTemplate } from '../../narrative/narrative-model'
import { disclosingUnits, unitDocument } from '../../unit-disclosure/unit-document'
import { remapFinding, unitInputFindings } from '../../unit-disclosure/unit-findings'
import { analyze, type Analysis } from '../analyze'
import { inspect, type InspectOptions } from './inspect'
import type { Inspection } from './types'

export interface UnitInspection {
  unitId: string
  name: string
  /** The unit document, its analysis and narrative: what the unit's export prints. */
  data: DocumentData
  analysis: Analysis
  narrative: Narrative
  inspection: Inspection
}

export function inspectUnit(department: DocumentData, unitId: string, catalog: Catalog, template: NarrativeTemplate, options: Pick<InspectOptions, 'today' | 'audit'>): UnitInspection {
  const data = unitDocument(department, unitId)
  const analysis = analyze(data, catalog)
  const narrative = buildNarrative(analysis.derivation, template)
  const inspection = inspect(data, catalog, narrative, {
    ...options,
    analysis,
    extraFindings: unitInputFindings(department, unitId),
    mapFinding: (f) => remapFinding(department, unitId, f),
  })
  return { unitId, name: data.department.displayName, data, analysis, narrative, inspection }
}

/** Every 所属单位 of a department with two or more units (a one-unit department is its own unit). */
export function inspectUnits(department: DocumentData, catalog: Catalog, template: NarrativeTemplate, options: Pick<InspectOptions, 'today'>): UnitInspection[] {
  return disclosingUnits(department).map((u) => inspectUnit(department, u.id, catalog, template, options))
}
