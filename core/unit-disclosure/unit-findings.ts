// Checks of a 所属单位's disclosure, pointed back into the department's document: the unit document
// runs the same rules as the department (analyze), and each finding's path is mapped to the line,
// project, form or per-unit input it is about, with the unit's name in front of the message.
import type { Catalog } from '../catalogs/types'
import type { DocumentData } from '../model/document-data'
import { analyze, type Analysis } from '../rules/analyze'
import type { Finding } from '../rules/finding'
import { unitDocument, unitInputsOf, unitOf, unitProcurement } from './unit-document'

/** Sections of a unit document that come from the unit's own inputs (`unitInputs[k]`). */
const UNIT_INPUT_SECTIONS = new Set(['comparisons', 'procurement', 'assets', 'overview', 'otherNotes'])

export interface UnitAnalysis extends Analysis {
  unitId: string
  /** The unit document (its DocumentData) the derivation was built from. */
  data: DocumentData
}

/**
 * `['unitInputs', k, …]` for the unit's entry k (step `organization`); when the unit has no entry yet the second element is
 * the unit id (a string), so the screen can create the entry and go there.
 */
export function unitInputsPath(department: DocumentData, unitId: string, rest: (string | number)[]): (string | number)[] {
  const k = department.unitInputs.findIndex((u) => u.unitId === unitId)
  return ['unitInputs', k >= 0 ? k : unitId, ...rest]
}

function indexMap<T>(all: readonly T[], keep: (t: T) => boolean): number[] {
  const out: number[] = []
  all.forEach((t, i) => {
    if (keep(t)) out.push(i)
  })
  return out
}

export function remapFinding(department: DocumentData, unitId: string, f: Finding): Finding {
  const unit = unitOf(department, unitId)
  const path = f.location.path
  const out: Finding = { ...f, message: `【${unit.name}】${f.message}`, location: { ...f.location } }
  if (!path || path.length === 0) return out
  const [head, index, ...rest] = path
  const mapIndex = (map: number[]) => (typeof index === 'number' ? [head as string, map[index] ?? index, ...rest] : path)
  if (head === 'lines') out.location.path = mapIndex(indexMap(department.lines, (l) => l.unitId === unitId))
  else if (head === 'projects') out.location.path = mapIndex(indexMap(department.projects, (p) => p.unitId === unitId))
  else if (head === 'performance' && index === 'projectForms' && typeof rest[0] === 'number') {
    const ids = new Set(department.projects.filter((p) => p.unitId === unitId).map((p) => p.id))
    const map = indexMap(department.performance.projectForms, (pf) => ids.has(pf.projectId))
    out.location.path = ['performance', 'projectForms', map[rest[0]] ?? rest[0], ...rest.slice(1)]
  } else if (typeof head === 'string' && UNIT_INPUT_SECTIONS.has(head)) {
    // Per-unit inputs are entered with the unit, in the 单位与部门 step.
    out.location.path = unitInputsPath(department, unitId, path)
    out.location.step = 'organization'
  }
  return out
}

/** The unit inputs a 单位预算公开 needs that are missing (official-rules (c)16; W). */
export function unitInputFindings(department: DocumentData, unitId: string): Finding[] {
  const unit = unitOf(department, unitId)
  const inputs = unitInputsOf(department, unitId)
  const out: Finding[] = []
  const warn = (message: string, section: string): void => {
    out.push({ ruleId: 'K16', severity: 'warning', message: `【${unit.name}】${message}`, location: { step: 'organization', path: unitInputsPath(department, unitId, [section]) } })
  }
  if (!inputs?.comparisons) warn('单位预算公开需要本单位的上年预算数和变动原因，尚未单独填写', 'comparisons')
  if (!inputs?.assets) warn('单位预算公开需要本单位的国有资产占有使用情况（车辆、办公用房、通用设备），尚未单独填写', 'assets')
  if (!inputs?.overview && !unit.isHeadUnit) warn('单位预算公开需要本单位的职责和机构设置，尚未单独填写', 'overview')
  if (!inputs?.overview && unit.isHeadUnit) warn('本级单位的概况沿用了部门的职责和机构设置文字，请核对', 'overview')
  if (!inputs?.procurement) {
    const untagged = department.procurement.filter((p) => p.unitId === undefined)
    const own = unitProcurement(department, unitId)
    if (untagged.length > 0) warn(`部门有${untagged.length}项政府采购预算未指明单位，本单位只计入了指明本单位的${own.length}项，请为本单位单独填写政府采购预算`, 'procurement')
  }
  return out
}

/** The unit document with every check of the department run on it, findings mapped back. */
export function analyzeUnit(department: DocumentData, unitId: string, catalog: Catalog): UnitAnalysis {
  const data = unitDocument(department, unitId)
  const analysis = analyze(data, catalog)
  const findings = [...unitInputFindings(department, unitId), ...analysis.findings.map((f) => remapFinding(department, unitId, f))]
  return { unitId, data, derivation: analysis.derivation, findings }
}
