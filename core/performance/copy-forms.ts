// Copying forms: from another project of the document (a similar project's targets as a start) or
// from last year's document (projects that continue). The 年度 money is never copied (it is
// derived); the 实施期 money only for multi-year projects, whose 实施期 does not change.
import { fenToYuanString, yuanToFen } from '../money/money'
import type { Project } from '../model/budget'
import type { DocumentData } from '../model/document-data'
import type { Unit } from '../model/organization'
import { OverallForm, ProjectForm, type Performance } from '../model/performance'
import { secondFormNote, secondForms } from './second-forms'

/** What a copy keeps of the source form: everything the officer typed except money and the date. */
export function copyFormFromProject(source: ProjectForm, targetProjectId: string, options: { keepImplementationFunding?: boolean } = {}): ProjectForm {
  // zod's parse builds new objects and arrays: the copy shares nothing with the source.
  return ProjectForm.parse({
    ...source,
    projectId: targetProjectId,
    implementationTotal: options.keepImplementationFunding ? source.implementationTotal : undefined,
    implementationSplit: options.keepImplementationFunding ? source.implementationSplit : undefined,
    filledAt: '',
  })
}

/** Names compared without spaces and with full-width brackets (spec §9.7). */
export function comparableName(name: string): string {
  return name.replace(/\(/g, '（').replace(/\)/g, '）').replace(/[\s\u3000]+/g, '')
}

export interface CopiedForm {
  projectId: string
  projectName: string
  fromProjectId: string
  matchedBy: 'id' | 'unit-and-name'
}

export interface PriorCopyReport {
  copied: CopiedForm[]
  /** Current projects needing a form that had none to copy. */
  unmatched: { projectId: string; projectName: string; unitName: string }[]
  /** Prior forms whose project was not found this year. */
  unused: { projectId: string; projectName: string }[]
  /** Current projects that already had a form (left unchanged unless `overwrite`). */
  kept: { projectId: string; projectName: string }[]
  overallCopied: boolean
  /** Things the officer must look at: 实施期 money not carried over, cost indicators in 万元. */
  notes: string[]
}

export interface PriorCopyResult {
  performance: Performance
  report: PriorCopyReport
}

function unitName(units: readonly Unit[], id: string): string {
  return units.find((u) => u.id === id)?.name ?? ''
}

/** A multi-year project keeps its 实施期 total from year to year; a one-year or recurring one does not. */
function isMultiYear(p: Project): boolean {
  return p.durationYears > 1 && p.durationYears < 99
}

/**
 * Copies last year's forms to this year's projects: by project id first, then by unit (id or name)
 * plus project name. Forms already present are kept unless `overwrite`. Returns the new
 * performance section and a report of what could not be matched.
 */
export function copyFormsFromPriorDocument(prior: DocumentData, current: DocumentData, options: { overwrite?: boolean } = {}): PriorCopyResult {
  // The first form of a project is the one used (second-forms.ts); a second is reported below.
  const priorForms = new Map<string, ProjectForm>()
  for (const f of prior.performance.projectForms) if (!priorForms.has(f.projectId)) priorForms.set(f.projectId, f)
  const priorProjects = prior.projects.filter((p) => priorForms.has(p.id))
  const byKey = new Map(priorProjects.map((p) => [`${comparableName(unitName(prior.units, p.unitId))}|${comparableName(p.name)}`, p]))
  const byUnitId = new Map(priorProjects.map((p) => [`${p.unitId}|${comparableName(p.name)}`, p]))
  const existing = new Map(current.performance.projectForms.map((f) => [f.projectId, f]))
  const report: PriorCopyReport = { copied: [], unmatched: [], unused: [], kept: [], overallCopied: false, notes: [] }
  for (const s of secondForms(prior.performance.projectForms)) report.notes.push(secondFormNote(prior.projects.find((p) => p.id === s.projectId)?.name ?? s.projectId))
  const used = new Set<string>()
  const forms = new Map(existing)

  const findSource = (p: Project): { source: Project; matchedBy: CopiedForm['matchedBy'] } | undefined => {
    const byId = priorForms.has(p.id) ? prior.projects.find((q) => q.id === p.id) : undefined
    if (byId) return { source: byId, matchedBy: 'id' }
    const name = comparableName(p.name)
    const byName = byUnitId.get(`${p.unitId}|${name}`) ?? byKey.get(`${comparableName(unitName(current.units, p.unitId))}|${name}`)
    return byName ? { source: byName, matchedBy: 'unit-and-name' } : undefined
  }

  for (const p of current.projects) {
    if (p.classified) continue
    const found = findSource(p)
    if (existing.has(p.id) && !options.overwrite) {
      // Its counterpart of last year is accounted for, not reported unused.
      if (found) used.add(found.source.id)
      report.kept.push({ projectId: p.id, projectName: p.name })
      continue
    }
    if (!found || used.has(found.source.id)) {
      if (!existing.has(p.id)) report.unmatched.push({ projectId: p.id, projectName: p.name, unitName: unitName(current.units, p.unitId) })
      continue
    }
    const { source, matchedBy } = found
    used.add(source.id)
    const keepMoney = isMultiYear(p) && isMultiYear(source)
    forms.set(p.id, copyFormFromProject(priorForms.get(source.id) as ProjectForm, p.id, { keepImplementationFunding: keepMoney }))
    report.copied.push({ projectId: p.id, projectName: p.name, fromProjectId: source.id, matchedBy })
    if (!keepMoney) report.notes.push(`项目“${p.name}”的实施期资金总额需按本年重新填写`)
    const costInWan = (priorForms.get(source.id) as ProjectForm).annualIndicators.some((i) => i.level2 === 'cost' && i.value.unit.includes('万元'))
    if (costInWan) report.notes.push(`项目“${p.name}”的成本指标沿用了上年金额，请按本年预算核对`)
  }
  for (const p of priorProjects) if (!used.has(p.id)) report.unused.push({ projectId: p.id, projectName: p.name })

  // Keep the order of the current form list, then the new forms in project order.
  const order = current.projects.map((p) => p.id)
  const projectForms = [...forms.values()].sort((a, b) => order.indexOf(a.projectId) - order.indexOf(b.projectId))
  let overall = current.performance.overall
  if (prior.performance.overall && (overall === undefined || options.overwrite)) {
    // Staff counts and goals carry over as a draft; this year's 上年度资金 is last year's budget.
    const spent = (kind: 'basic' | 'project') => fenToYuanString(prior.lines.filter((l) => l.kind === kind).reduce((a, l) => a + yuanToFen(l.amount), 0))
    overall = OverallForm.parse({ ...prior.performance.overall, filledAt: '', priorYearBasic: spent('basic'), priorYearProject: spent('project') })
    report.overallCopied = true
  }
  return { performance: { ...current.performance, overall, projectForms }, report }
}
