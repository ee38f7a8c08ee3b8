// Units and projects named in the import → the document's units and projects. A unit is found by
// id, then by name (without `（本级）`, brackets normalised), then by unit code; a project by id,
// then by unit + name. The template's 单位/项目 rows update or add; a mapped workbook may add units
// (with a warning to check their type) and projects it names.
import { normalizeName } from '../catalogs/codes'
import type { Project } from '../model/budget'
import { UNIT_TYPE_LABELS, type ProjectCategory, type UnitType } from '../model/enums'
import type { Unit } from '../model/organization'
import type { LineDraft } from './line-rows'
import { problemAt, type CellRef, type ImportProblem } from './sheet'
import type { ProjectDraft, UnitDraft } from './template-sheets'

export class IdPool {
  private readonly used = new Set<string>()
  private counter = 0
  constructor(ids: Iterable<string> = []) {
    for (const id of ids) this.used.add(id)
  }
  has(id: string): boolean {
    return this.used.has(id)
  }
  take(id: string): void {
    this.used.add(id)
  }
  next(prefix: string): string {
    let id: string
    do id = `${prefix}${++this.counter}`
    while (this.used.has(id))
    this.used.add(id)
    return id
  }
}

export interface EntityContext {
  mode: 'template' | 'columns'
  budgetYear: number
  units: Unit[]
  projects: Project[]
  problems: ImportProblem[]
  newUnits: Unit[]
  newProjects: Project[]
  unitIds: IdPool
  projectIds: IdPool
  newUnitTypes?: Readonly<Record<string, UnitType>>
}

export const unitKey = (name: string): string => normalizeName(name).replace(/（本级）$/, '').replace(/\s/g, '')
const projectKey = (unitId: string, name: string): string => `${unitId}|${normalizeName(name).replace(/\s/g, '')}`

export function findUnit(units: readonly Unit[], text: string): Unit | 'ambiguous' | undefined {
  const t = text.trim()
  const byId = units.find((u) => u.id === t)
  if (byId) return byId
  const byName = units.filter((u) => unitKey(u.name) === unitKey(t))
  if (byName.length === 1) return byName[0]
  if (byName.length > 1) return 'ambiguous'
  const byCode = units.filter((u) => u.code !== '' && u.code === t)
  return byCode.length === 1 ? byCode[0] : byCode.length > 1 ? 'ambiguous' : undefined
}

const err = (ctx: EntityContext, ref: CellRef, message: string) => ctx.problems.push(problemAt(ref, 'error', message))

export function applyUnitDrafts(ctx: EntityContext, drafts: readonly UnitDraft[]): void {
  const seen = new Map<string, number>()
  for (const d of drafts) {
    const key = unitKey(d.name)
    const first = seen.get(key)
    if (first !== undefined) {
      err(ctx, d.nameRef, `单位“${d.name}”已在第${first}行列出`)
      continue
    }
    seen.set(key, d.ref.row)
    const existing = (d.id !== undefined ? ctx.units.find((u) => u.id === d.id) : undefined) ?? ctx.units.find((u) => unitKey(u.name) === key)
    const fields = { name: d.name, code: d.code, type: d.type, ...(d.economicScope ? { economicScope: d.economicScope } : {}) }
    if (existing) {
      const updated: Unit = { ...existing, ...fields, isHeadUnit: d.isHeadUnit ?? existing.isHeadUnit }
      ctx.units[ctx.units.indexOf(existing)] = updated
      continue
    }
    if (d.id !== undefined && ctx.unitIds.has(d.id)) {
      err(ctx, d.ref, `单位编号“${d.id}”重复`)
      continue
    }
    const id = d.id ?? ctx.unitIds.next('u-imp-')
    ctx.unitIds.take(id)
    const unit: Unit = { id, ...fields, isHeadUnit: d.isHeadUnit ?? false }
    ctx.units.push(unit)
    ctx.newUnits.push(unit)
  }
}

/** The unit of a line; a mapped workbook may name a unit the document does not have yet. */
export function unitOfLine(ctx: EntityContext, d: LineDraft): Unit | undefined {
  const ref = d.refs.unit ?? { sheet: d.sheet, row: d.row }
  if (d.unit === '') {
    if (ctx.units.length === 1) return ctx.units[0]
    err(ctx, ref, '请填写单位（本文档有多个单位）')
    return undefined
  }
  const found = findUnit(ctx.units, d.unit)
  if (found === 'ambiguous') {
    err(ctx, ref, `单位“${d.unit}”对应多个单位，请填写单位编号`)
    return undefined
  }
  if (found) return found
  if (ctx.mode === 'template') {
    err(ctx, ref, `单位“${d.unit}”未在“单位”表中列出`)
    return undefined
  }
  const type = ctx.newUnitTypes?.[d.unit] ?? 'administrative'
  const unit: Unit = { id: ctx.unitIds.next('u-imp-'), name: d.unit.replace(/（本级）$/, ''), code: '', type, isHeadUnit: false }
  ctx.units.push(unit)
  ctx.newUnits.push(unit)
  ctx.problems.push(problemAt(ref, 'warning', `单位“${unit.name}”不在单位名单中，将作为新单位（${UNIT_TYPE_LABELS[type]}）加入，请核对单位类型`))
  return unit
}

export function applyProjectDrafts(ctx: EntityContext, drafts: readonly ProjectDraft[]): void {
  const seen = new Map<string, number>()
  const seenIds = new Map<string, number>()
  for (const d of drafts) {
    const unit = findUnit(ctx.units, d.unit)
    if (unit === 'ambiguous' || !unit) {
      err(ctx, d.refs.unit, unit ? `单位“${d.unit}”对应多个单位，请填写单位编号` : `单位“${d.unit}”未在“单位”表中列出`)
      continue
    }
    const key = projectKey(unit.id, d.name)
    // Names may repeat within a unit (000 has two 专家劳务费用); the 项目编号 tells them apart.
    const sameName = seen.get(key)
    if (sameName !== undefined) {
      if (d.id === undefined) {
        err(ctx, d.refs.name, `项目“${d.name}”已在第${sameName}行列出；同一单位的同名项目请填写项目编号加以区分`)
        continue
      }
    } else seen.set(key, d.ref.row)
    if (d.id !== undefined) {
      if (seenIds.has(d.id)) {
        err(ctx, d.refs.id, `项目编号“${d.id}”已在第${seenIds.get(d.id)}行使用`)
        continue
      }
      seenIds.set(d.id, d.ref.row)
    }
    const existing = d.id !== undefined ? ctx.projects.find((p) => p.id === d.id) : ctx.projects.find((p) => projectKey(p.unitId, p.name) === key)
    const fields = {
      unitId: unit.id,
      name: d.name,
      category: d.category,
      ...(d.attribute ? { attribute: d.attribute } : {}),
      ...(d.durationYears !== undefined ? { durationYears: d.durationYears } : {}),
      ...(d.continuing !== undefined ? { continuing: d.continuing } : {}),
      ...(d.classified !== undefined ? { classified: d.classified } : {}),
    }
    if (existing) {
      ctx.projects[ctx.projects.indexOf(existing)] = { ...existing, ...fields }
      continue
    }
    const id = d.id ?? ctx.projectIds.next('p-imp-')
    ctx.projectIds.take(id)
    const project: Project = { id, attribute: 'recurring', durationYears: 1, continuing: false, classified: false, ...fields }
    ctx.projects.push(project)
    ctx.newProjects.push(project)
  }
}

/** The project of a project line: by 项目编号, else by unit + name; a mapped workbook adds new ones. */
export function projectOfLine(ctx: EntityContext, d: LineDraft, unit: Unit, categoryOf: (unitId: string, name: string) => ProjectCategory | undefined): Project | undefined {
  const ref = d.refs.project ?? d.refs.projectId ?? { sheet: d.sheet, row: d.row }
  if (d.projectId !== undefined) {
    const p = ctx.projects.find((x) => x.id === d.projectId)
    if (!p) {
      err(ctx, d.refs.projectId ?? ref, `项目编号“${d.projectId}”未在“项目”表中列出`)
      return undefined
    }
    if (p.unitId !== unit.id) {
      err(ctx, d.refs.unit ?? ref, `项目“${p.name}”属于另一单位，与本行的单位“${unit.name}”不一致`)
      return undefined
    }
    if (d.project !== undefined && unitKey(d.project) !== unitKey(p.name)) ctx.problems.push(problemAt(ref, 'warning', `项目编号“${p.id}”的项目名称是“${p.name}”，本行写的是“${d.project}”，按项目编号导入`))
    return p
  }
  const name = d.project ?? ''
  const found = ctx.projects.filter((p) => projectKey(p.unitId, p.name) === projectKey(unit.id, name))
  if (found.length > 1) {
    const hint = ctx.mode === 'template' ? '请填写项目编号' : '无法区分，请在工作簿中改用不同的项目名称，或改用导入模板（可填项目编号）'
    err(ctx, ref, `单位“${unit.name}”有${found.length}个名为“${name}”的项目，${hint}`)
    return undefined
  }
  if (found[0]) return found[0]
  if (ctx.mode === 'template') {
    err(ctx, ref, `项目“${name}”未在“项目”表中列出（单位：${unit.name}）`)
    return undefined
  }
  const category = categoryOf(unit.id, name)
  if (!category) {
    err(ctx, d.refs.projectCategory ?? ref, `新项目“${name}”请填写项目类别（其他运转类或特定目标类）`)
    return undefined
  }
  const project: Project = { id: ctx.projectIds.next('p-imp-'), unitId: unit.id, name, category, attribute: 'recurring', durationYears: 1, continuing: false, classified: false }
  ctx.projects.push(project)
  ctx.newProjects.push(project)
  return project
}
