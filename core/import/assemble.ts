// Drafts → budget lines on the resolved units and projects, with duplicates, 上年结转 lines and
// continuing projects recognised. Pure: the base document's arrays are copied, never changed.
import { fenToYuanString, yuanToFen } from '../money/money'
import type { BudgetLine, Project } from '../model/budget'
import type { ProjectCategory } from '../model/enums'
import type { LineDraft } from './line-rows'
import { IdPool, projectOfLine, unitKey, unitOfLine, type EntityContext } from './resolve-entities'
import { problemAt } from './sheet'

export interface RowLocation {
  sheet: string
  row: number
}

export interface DuplicateRow extends RowLocation {
  duplicateOf: RowLocation
}

export interface CarryoverLine extends RowLocation {
  unitName: string
  projectName?: string
  /** 元. */
  amount: string
}

export type ContinuingReason = 'marked' | 'base' | 'carryover' | 'name'

export interface ContinuingProject {
  projectId: string
  name: string
  unitName: string
  /** marked: 延续项目 = 是 in the template; base: the document already has it as continuing (e.g. after 上年文档结转);
   * carryover: it has 上年结转 money; name: its name starts with an earlier year (`24年…`, spec §2.12). */
  reason: ContinuingReason
}

export interface AssembledLines {
  lines: BudgetLine[]
  /** Draft of each line, same order, for mapping validation issues back to rows. */
  sources: LineDraft[]
  duplicates: DuplicateRow[]
  carryoverLines: CarryoverLine[]
  continuingProjects: ContinuingProject[]
}

/** `24年…`, `2024年…`: a project named after an earlier year continues from it. */
function earlierYearInName(name: string, budgetYear: number): boolean {
  const m = /^(\d{4}|\d{2})年/.exec(name.trim())
  if (!m) return false
  const y = (m[1] as string).length === 2 ? 2000 + Number(m[1]) : Number(m[1])
  return y < budgetYear
}

export function assembleLines(ctx: EntityContext, drafts: readonly LineDraft[], reservedLineIds: Iterable<string>): AssembledLines {
  const categories = new Map<string, ProjectCategory>()
  const out: AssembledLines = { lines: [], sources: [], duplicates: [], carryoverLines: [], continuingProjects: [] }
  const baseContinuing = new Set(ctx.projects.filter((p) => p.continuing).map((p) => p.id))
  let categoriesRead = false
  const categoryOf = (unitId: string, name: string) => {
    if (!categoriesRead) {
      categoriesRead = true
      for (const d of drafts) {
        if (!d.project || !d.projectCategory) continue
        const u = d.unit === '' && ctx.units.length === 1 ? ctx.units[0] : ctx.units.find((x) => unitKey(x.name) === unitKey(d.unit) || x.id === d.unit)
        // A unit a mapped sheet names for the first time further down has no id yet: keyed by its name too.
        for (const key of [`${u?.id ?? d.unit}|${unitKey(d.project)}`, `name:${unitKey(u?.name ?? d.unit)}|${unitKey(d.project)}`]) {
          if (!categories.has(key)) categories.set(key, d.projectCategory)
        }
      }
    }
    const unitName = ctx.units.find((u) => u.id === unitId)?.name
    return categories.get(`${unitId}|${unitKey(name)}`) ?? (unitName === undefined ? undefined : categories.get(`name:${unitKey(unitName)}|${unitKey(name)}`))
  }

  const ids = new IdPool(reservedLineIds)
  const explicit = new Map<string, RowLocation>()
  for (const d of drafts) {
    if (d.id === undefined) continue
    const first = explicit.get(d.id)
    if (first) ctx.problems.push(problemAt(d.refs.id ?? d, 'error', `编号“${d.id}”与“${first.sheet}”第${first.row}行重复`))
    else if (ids.has(d.id)) ctx.problems.push(problemAt(d.refs.id ?? d, 'error', `编号“${d.id}”与文档中已有的预算行重复`))
    else explicit.set(d.id, { sheet: d.sheet, row: d.row })
  }
  for (const id of explicit.keys()) ids.take(id)

  const seen = new Map<string, RowLocation>()
  const usedProjects = new Map<string, Project>()
  const carryoverProjects = new Set<string>()
  for (const d of drafts) {
    const unit = unitOfLine(ctx, d)
    if (!unit) continue
    let project: Project | undefined
    if (d.kind === 'project') {
      project = projectOfLine(ctx, d, unit, categoryOf)
      if (!project) continue
      usedProjects.set(project.id, project)
      if (d.period === 'carryover') carryoverProjects.add(project.id)
    }
    const line: BudgetLine = {
      id: d.id !== undefined && explicit.get(d.id)?.row === d.row && explicit.get(d.id)?.sheet === d.sheet ? d.id : ids.next('imp-'),
      unitId: unit.id,
      functionCode: d.functionCode,
      kind: d.kind,
      ...(project ? { projectId: project.id } : {}),
      economicCode: d.economicCode,
      ...(d.governmentEconomicCode ? { governmentEconomicCode: d.governmentEconomicCode } : {}),
      source: d.source,
      ...(d.unitFundKind ? { unitFundKind: d.unitFundKind } : {}),
      period: d.period,
      amount: d.amount,
      ...(d.note ? { note: d.note } : {}),
    }
    const key = JSON.stringify([line.unitId, line.projectId ?? '', line.functionCode, line.economicCode, line.governmentEconomicCode ?? '', line.source, line.unitFundKind ?? '', line.period, line.kind, yuanToFen(line.amount)])
    const first = seen.get(key)
    if (first) {
      out.duplicates.push({ sheet: d.sheet, row: d.row, duplicateOf: first })
      ctx.problems.push(problemAt({ sheet: d.sheet, row: d.row }, 'warning', `与“${first.sheet}”第${first.row}行内容完全相同，可能重复录入；确认无误可继续导入`))
    } else seen.set(key, { sheet: d.sheet, row: d.row })
    if (d.period === 'carryover') out.carryoverLines.push({ sheet: d.sheet, row: d.row, unitName: unit.name, ...(project ? { projectName: project.name } : {}), amount: fenToYuanString(yuanToFen(d.amount)) })
    out.lines.push(line)
    out.sources.push(d)
  }

  const unitName = (id: string) => ctx.units.find((u) => u.id === id)?.name ?? id
  const isNew = new Set(ctx.newProjects.map((p) => p.id))
  for (const p of ctx.projects) {
    let reason: ContinuingReason | undefined
    if (ctx.mode === 'template') reason = p.continuing ? 'marked' : undefined
    else if (baseContinuing.has(p.id)) reason = usedProjects.has(p.id) ? 'base' : undefined
    else if (isNew.has(p.id) && carryoverProjects.has(p.id)) reason = 'carryover'
    else if (isNew.has(p.id) && earlierYearInName(p.name, ctx.budgetYear)) reason = 'name'
    if (!reason) continue
    if (!p.continuing) ctx.projects[ctx.projects.indexOf(p)] = { ...p, continuing: true }
    out.continuingProjects.push({ projectId: p.id, name: p.name, unitName: unitName(p.unitId), reason })
  }
  return out
}
