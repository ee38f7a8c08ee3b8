// 单位预算公开 (official-rules A6, F13, (c)16): one 所属单位's own disclosure from the department's
// document. Its lines, projects and forms are the unit's own, so the unit documents' tables add up
// to the department's (every rounding group lies inside one unit, core/calc/rounded-lines.ts).
// The inputs that differ per unit (prior-year figures, reasons, 政府采购, 国有资产, 概况) come from
// `unitInputs`; a missing section falls back to a default and is reported (unit-input-findings.ts).
import { Assets, Comparisons, OverallFiling, type ProcurementItem, type UnitInputs } from '../model/disclosure-inputs'
import type { DocumentData } from '../model/document-data'
import type { Unit } from '../model/organization'

export function unitOf(department: DocumentData, unitId: string): Unit {
  const unit = department.units.find((u) => u.id === unitId)
  if (!unit) throw new Error(`部门中没有编号为“${unitId}”的单位`)
  return unit
}

export function unitInputsOf(department: DocumentData, unitId: string): UnitInputs | undefined {
  return department.unitInputs.find((u) => u.unitId === unitId)
}

/** Department procurement items the unit owns (an item without a unit belongs to none of them). */
export function unitProcurement(department: DocumentData, unitId: string): ProcurementItem[] {
  return department.procurement.filter((p) => p.unitId === unitId)
}

/** True when only this unit spends money of the source: its income entries (表7/表9) are all the unit's. */
function ownsAllSpending(department: DocumentData, unitId: string, source: 'fund' | 'state-capital'): boolean {
  const spenders = new Set(department.lines.filter((l) => l.source === source).map((l) => l.unitId))
  return spenders.size === 1 && spenders.has(unitId)
}

/**
 * The unit's document. Fallbacks when the unit's inputs are missing: no prior-year figures (the
 * checks ask for them), the procurement items tagged with the unit, empty 国有资产 (asked for), the
 * department's 概况 for the 本级 unit only, the department's 其他说明 (购买服务目录 is the same).
 */
export function unitDocument(department: DocumentData, unitId: string): DocumentData {
  const unit = unitOf(department, unitId)
  const inputs = unitInputsOf(department, unitId)
  const projects = department.projects.filter((p) => p.unitId === unitId)
  const projectIds = new Set(projects.map((p) => p.id))
  const incomeOf = (source: 'fund' | 'state-capital', entries: DocumentData['fundIncome']) => (ownsAllSpending(department, unitId, source) ? entries : [])
  return {
    department: { ...department.department, displayName: unit.name, plainName: unit.name },
    units: [{ ...unit }],
    lines: department.lines.filter((l) => l.unitId === unitId),
    projects,
    fundIncome: incomeOf('fund', department.fundIncome),
    stateCapitalIncome: incomeOf('state-capital', department.stateCapitalIncome),
    // 批复控制数 are the department's; a unit's share is not known.
    controlTotals: [],
    comparisons: inputs?.comparisons ?? Comparisons.parse({}),
    procurement: inputs?.procurement ?? unitProcurement(department, unitId),
    assets: inputs?.assets ?? Assets.parse({}),
    overview: inputs?.overview ?? (unit.isHeadUnit || department.units.length === 1 ? department.overview : { duties: '', organization: '' }),
    otherNotes: inputs?.otherNotes ?? department.otherNotes,
    attachments: department.attachments,
    overallFiling: OverallFiling.parse({}),
    performance: { ...department.performance, overall: undefined, projectForms: department.performance.projectForms.filter((f) => projectIds.has(f.projectId)) },
    unitInputs: [],
    settings: { ...department.settings, disclosureLevel: 'unit' },
  }
}

/** The units that publish their own 单位预算公开, in unit-list order. */
export function disclosingUnits(department: DocumentData): Unit[] {
  return department.units.length > 1 ? department.units : []
}
