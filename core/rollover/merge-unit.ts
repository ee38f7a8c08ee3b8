// 合并所属单位文档: in a large department each unit's officer prepares its own part; the department
// document takes in a unit's document, replacing that unit's lines, projects, project forms and
// 政府采购 items, after a preview of what changes. The department keeps its own unit list.
//
// Which unit: the unit document's only unit, else `options.unitId`, else the only unit that has
// lines. Matching it in the department: by id when the name (without `（本级）`) or the unit code also
// agrees; else by name; else by unit code. A unit the department does not know is refused, as is a
// document of another template or budget year.
import type { BudgetDocument } from '../document/envelope'
import { unitKey, IdPool } from '../import/resolve-entities'
import { fenToYuanString, yuanToFen } from '../money/money'
import type { BudgetLine, Project } from '../model/budget'
import type { ProcurementItem } from '../model/disclosure-inputs'
import { DocumentData, type DocumentDataInput } from '../model/document-data'
import type { Unit } from '../model/organization'
import type { ProjectForm } from '../model/performance'
import { secondFormNote, secondForms } from '../performance/second-forms'

export interface CountChange {
  added: number
  removed: number
  changed: number
  unchanged: number
}

export interface UnitMergePreview {
  unit: { id: string; name: string; matchedBy: 'id' | 'name' | 'code' }
  /** amountBefore/After: 元, the unit's lines in the department document before and after. */
  lines: CountChange & { amountBefore: string; amountAfter: string }
  projects: { added: string[]; removed: string[]; changed: string[]; unchanged: number }
  forms: CountChange
  procurement: CountChange
  /** What the officer must know: a second 绩效目标 form of a project, not taken (second-forms.ts). */
  notes?: string[]
}

export type UnitMergeResult = { ok: true; preview: UnitMergePreview; document: BudgetDocument } | { ok: false; message: string }

const refuse = (message: string): UnitMergeResult => ({ ok: false, message })

function sourceUnit(unitDoc: BudgetDocument, unitId: string | undefined): Unit | string {
  const units = unitDoc.data.units
  if (unitId !== undefined) return units.find((u) => u.id === unitId) ?? `单位文档中没有编号为“${unitId}”的单位`
  if (units.length === 1) return units[0] as Unit
  const withLines = units.filter((u) => unitDoc.data.lines.some((l) => l.unitId === u.id))
  if (withLines.length === 1) return withLines[0] as Unit
  return `单位文档含有多个单位（${units.map((u) => u.name).join('、')}），请指定要并入的单位`
}

function matchUnit(units: readonly Unit[], u: Unit): { unit: Unit; matchedBy: 'id' | 'name' | 'code' } | undefined {
  const sameCode = (a: Unit) => a.code !== '' && a.code === u.code
  const byId = units.find((x) => x.id === u.id && (unitKey(x.name) === unitKey(u.name) || sameCode(x)))
  if (byId) return { unit: byId, matchedBy: 'id' }
  const byName = units.filter((x) => unitKey(x.name) === unitKey(u.name))
  if (byName.length === 1) return { unit: byName[0] as Unit, matchedBy: 'name' }
  const byCode = units.filter(sameCode)
  return byCode.length === 1 ? { unit: byCode[0] as Unit, matchedBy: 'code' } : undefined
}

/** JSON with sorted keys: two records with the same fields compare equal whatever their key order. */
export function canonical(value: unknown): string {
  return JSON.stringify(value, (_k, v: unknown) =>
    v && typeof v === 'object' && !Array.isArray(v) ? Object.fromEntries(Object.entries(v as Record<string, unknown>).filter(([, x]) => x !== undefined).sort(([a], [b]) => (a < b ? -1 : 1))) : v,
  )
}

/** Pairs old and new items by id and counts what changed. */
function compare<T>(before: readonly T[], after: readonly T[], id: (x: T) => string): CountChange {
  const old = new Map(before.map((x) => [id(x), canonical(x)]))
  let changed = 0
  let unchanged = 0
  let added = 0
  for (const x of after) {
    const o = old.get(id(x))
    if (o === undefined) added++
    else if (o === canonical(x)) unchanged++
    else changed++
  }
  const afterIds = new Set(after.map(id))
  return { added, removed: before.filter((x) => !afterIds.has(id(x))).length, changed, unchanged }
}

export function mergeUnitDocument(department: BudgetDocument, unitDoc: BudgetDocument, options: { unitId?: string } = {}): UnitMergeResult {
  const d = department.data
  const u = unitDoc.data
  if (unitDoc.templateYear !== department.templateYear) return refuse(`单位文档使用${unitDoc.templateYear}年模板，部门文档使用${department.templateYear}年模板，不能合并`)
  if (u.department.budgetYear !== d.department.budgetYear) return refuse(`单位文档是${u.department.budgetYear}年预算，部门文档是${d.department.budgetYear}年预算，不能合并`)
  const src = sourceUnit(unitDoc, options.unitId)
  if (typeof src === 'string') return refuse(src)
  const match = matchUnit(d.units, src)
  if (!match) return refuse(`部门文档的单位名单中没有“${src.name}”，不能并入；请先在单位名单中添加该单位`)
  const target = match.unit.id

  const lineIds = new IdPool(d.lines.filter((l) => l.unitId !== target).map((l) => l.id))
  const projectIds = new IdPool(d.projects.filter((p) => p.unitId !== target).map((p) => p.id))
  const procurementIds = new IdPool(d.procurement.filter((p) => p.unitId !== target).map((p) => p.id))
  const fresh = (pool: IdPool, id: string, prefix: string) => {
    if (!pool.has(id)) {
      pool.take(id)
      return id
    }
    return pool.next(prefix)
  }
  const projectIdMap = new Map<string, string>()
  const newProjects: Project[] = u.projects
    .filter((p) => p.unitId === src.id)
    .map((p) => {
      const id = fresh(projectIds, p.id, `${target}-p`)
      projectIdMap.set(p.id, id)
      return { ...p, id, unitId: target }
    })
  const newLines: BudgetLine[] = u.lines
    .filter((l) => l.unitId === src.id)
    .map((l) => {
      const { projectId, ...rest } = l
      const mapped = projectId !== undefined ? projectIdMap.get(projectId) : undefined
      return { ...rest, id: fresh(lineIds, l.id, `${target}-l`), unitId: target, ...(mapped !== undefined ? { projectId: mapped } : projectId !== undefined ? { projectId } : {}) }
    })
  const unitForms = u.performance.projectForms.filter((f) => projectIdMap.has(f.projectId))
  // One form per project: the first is taken, a second is reported in the preview's notes.
  const seconds = secondForms(unitForms)
  const notes = seconds.map((s) => secondFormNote(u.projects.find((p) => p.id === s.projectId)?.name ?? s.projectId))
  const skipped = new Set(seconds.map((s) => s.index))
  const newForms: ProjectForm[] = unitForms.filter((_, i) => !skipped.has(i)).map((f) => ({ ...f, projectId: projectIdMap.get(f.projectId) as string }))
  const newProcurement: ProcurementItem[] = u.procurement.filter((p) => p.unitId === src.id).map((p) => ({ ...p, id: fresh(procurementIds, p.id, `${target}-gp`), unitId: target }))

  const oldLines = d.lines.filter((l) => l.unitId === target)
  const oldProjects = d.projects.filter((p) => p.unitId === target)
  const oldProjectIds = new Set(oldProjects.map((p) => p.id))
  const oldForms = d.performance.projectForms.filter((f) => oldProjectIds.has(f.projectId))
  const oldProcurement = d.procurement.filter((p) => p.unitId === target)

  const input: DocumentDataInput = {
    ...d,
    lines: [...d.lines.filter((l) => l.unitId !== target), ...newLines],
    projects: [...d.projects.filter((p) => p.unitId !== target), ...newProjects],
    procurement: [...d.procurement.filter((p) => p.unitId !== target), ...newProcurement],
    performance: { ...d.performance, projectForms: [...d.performance.projectForms.filter((f) => !oldProjectIds.has(f.projectId)), ...newForms] },
  }
  const parsed = DocumentData.safeParse(input)
  if (!parsed.success) return refuse(`合并后的文档有误：${parsed.error.issues[0]?.message ?? ''}`)

  const sum = (ls: readonly BudgetLine[]) => fenToYuanString(ls.reduce((a, l) => a + yuanToFen(l.amount), 0))
  const byId = (ps: readonly Project[]) => new Map(ps.map((p) => [p.id, p]))
  const oldById = byId(oldProjects)
  const newById = byId(newProjects)
  const projectDiff = {
    added: newProjects.filter((p) => !oldById.has(p.id)).map((p) => p.name),
    removed: oldProjects.filter((p) => !newById.has(p.id)).map((p) => p.name),
    changed: newProjects.filter((p) => oldById.has(p.id) && canonical(oldById.get(p.id)) !== canonical(p)).map((p) => p.name),
    unchanged: newProjects.filter((p) => oldById.has(p.id) && canonical(oldById.get(p.id)) === canonical(p)).length,
  }
  const preview: UnitMergePreview = {
    unit: { id: target, name: match.unit.name, matchedBy: match.matchedBy },
    lines: { ...compare(oldLines, newLines, (l) => l.id), amountBefore: sum(oldLines), amountAfter: sum(newLines) },
    projects: projectDiff,
    forms: compare(oldForms, newForms, (f) => f.projectId),
    procurement: compare(oldProcurement, newProcurement, (p) => p.id),
    ...(notes.length > 0 ? { notes } : {}),
  }
  return { ok: true, preview, document: { ...department, data: parsed.data } }
}
