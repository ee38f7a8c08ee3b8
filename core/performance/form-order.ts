// Which projects get a 项目支出绩效目标表 and in what order (spec §9.1, §9.10): the projects of 表12
// in table order, then those of 表13 not already listed, in table order; a project with both
// 当年 and 上年结转 money has one form. 涉密 projects have none. Projects whose money shows in
// neither table (e.g. a carry-over of 单位资金 only) come last, in the officer's order.
import type { Derivation } from '../calc/derive'
import { projectTotals } from '../calc/project-totals'
import { sameValues } from '../calc/same-values'
import type { Project } from '../model/budget'
import type { ProjectCategory } from '../model/enums'
import type { WanCents } from '../tables/table-model'

export interface FormProject {
  project: Project
  inT12: boolean
  inT13: boolean
}

function projectKeys(rows: readonly { key: string }[]): string[] {
  return rows.filter((r) => r.key.startsWith('p:')).map((r) => r.key.slice(2))
}

/** Projects with money on some line (rounded amount ≠ 0); the same set rule P01 asks forms for. */
export function projectsWithMoney(derivation: Derivation): Set<string> {
  const out = new Set<string>()
  for (const l of derivation.lines) if (l.line.projectId && l.wan !== 0) out.add(l.line.projectId)
  return out
}

export function formProjects(derivation: Derivation): FormProject[] {
  const { data, tables } = derivation
  const byId = new Map(data.projects.map((p) => [p.id, p]))
  const t12 = projectKeys(tables.T12.rows)
  const t13 = new Set(projectKeys(tables.T13.rows))
  const order: string[] = []
  const seen = new Set<string>()
  const push = (id: string) => {
    if (seen.has(id)) return
    seen.add(id)
    order.push(id)
  }
  t12.forEach(push)
  projectKeys(tables.T13.rows).forEach(push)
  const withMoney = projectsWithMoney(derivation)
  for (const p of data.projects) if (withMoney.has(p.id)) push(p.id)
  const t12Set = new Set(t12)
  return order
    .map((id) => byId.get(id))
    .filter((p): p is Project => p !== undefined && !p.classified)
    .map((project) => ({ project, inT12: t12Set.has(project.id), inT13: t13.has(project.id) }))
}

export interface ProjectGroup {
  count: number
  amount: WanCents
  byCategory: Record<ProjectCategory, { count: number; amount: WanCents }>
}

export interface DisclosedProject {
  project: Project
  /** 表12 + 表13 amount of the project (its rounded lines). */
  amount: WanCents
}

export interface DisclosedProjects {
  /** 纳入绩效目标管理: every project with money in 表12 or 表13 (涉密 ones included). */
  managed: ProjectGroup
  /** 公开: projects whose form is published (a form exists, not 涉密). */
  published: ProjectGroup
  /** 涉密 projects: managed, never published (outside the disclosure share). */
  classified: ProjectGroup
  /** The published projects in form order. */
  projects: DisclosedProject[]
}

function emptyGroup(): ProjectGroup {
  return { count: 0, amount: 0, byCategory: { operating: { count: 0, amount: 0 }, targeted: { count: 0, amount: 0 } } }
}

function addTo(g: ProjectGroup, category: ProjectCategory, amount: WanCents): void {
  g.count++
  g.amount += amount
  g.byCategory[category].count++
  g.byCategory[category].amount += amount
}

/**
 * The counts and amounts of 十 绩效管理情况 (spec §4.10, N11) and of the attached forms, from one
 * place: the narrative and the checks both read this, so the text cannot count other projects
 * than the forms attached.
 */
// One answer per derivation: the narrative, a document rule and the 体检 all ask after each edit.
const disclosedByDerivation = new WeakMap<Derivation, DisclosedProjects>()

// And the last answer with what it was counted from: each project's money (projectTotals), the
// projects, their forms and 表12/表13 (their order). An incremental derivation keeps those tables
// while no project line changes, so an edited 基本支出 amount is answered without counting again;
// a derivation from scratch has new tables and is always counted.
let lastCounted: { from: readonly unknown[]; out: DisclosedProjects } | undefined

export function disclosedProjects(derivation: Derivation): DisclosedProjects {
  let out = disclosedByDerivation.get(derivation)
  if (out) return out
  const { data, tables } = derivation
  const from = [projectTotals(derivation), data.projects, data.performance.projectForms, tables.T12, tables.T13]
  out = lastCounted && sameValues(from, lastCounted.from) ? lastCounted.out : countDisclosed(derivation)
  lastCounted = { from, out }
  disclosedByDerivation.set(derivation, out)
  return out
}

function countDisclosed(derivation: Derivation): DisclosedProjects {
  const amounts = new Map<string, WanCents>()
  for (const l of derivation.lines) {
    if (l.line.kind === 'project' && l.line.projectId) amounts.set(l.line.projectId, (amounts.get(l.line.projectId) ?? 0) + l.wan)
  }
  const forms = new Set(derivation.data.performance.projectForms.map((f) => f.projectId))
  const out: DisclosedProjects = { managed: emptyGroup(), published: emptyGroup(), classified: emptyGroup(), projects: [] }
  for (const p of derivation.data.projects) {
    const amount = amounts.get(p.id) ?? 0
    if (amount === 0) continue
    addTo(out.managed, p.category, amount)
    if (p.classified) addTo(out.classified, p.category, amount)
    else if (forms.has(p.id)) addTo(out.published, p.category, amount)
  }
  for (const { project } of formProjects(derivation)) {
    if (forms.has(project.id)) out.projects.push({ project, amount: amounts.get(project.id) ?? 0 })
  }
  return out
}
