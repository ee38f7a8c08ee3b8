// The wizard's steps, in order, and which step a path into the document belongs to.
import type { DocumentData } from '../../../core/model/document-data'
import type { StepId } from '../../../core/rules/finding'
import { text } from '../text/zh-CN'
import type { Path } from './validate-draft'

export const STEP_IDS: readonly StepId[] = ['organization', 'income', 'basic', 'projects', 'three-public', 'procurement-assets', 'performance', 'overview', 'review']

export function stepTitle(step: StepId): string {
  return text.steps[step].title
}

const THREE_PUBLIC_COMPARISONS = new Set(['threePublic', 'threePublicTotalReason', 'officeOperation', 'officeOperationComparison'])

/** Fields edited on a different step than the core's rule names (vehicle counts sit beside 三公经费). */
export function overrideStep(path: Path | undefined): StepId | undefined {
  if (path?.[0] === 'assets' && (path[1] === 'vehicles' || path[1] === 'vehicleQuota')) return 'three-public'
  return undefined
}

export function stepOfPath(path: Path, draft: DocumentData): StepId {
  const [head, second] = path
  switch (head) {
    case 'department':
    case 'units':
      return 'organization'
    case 'lines':
      return typeof second === 'number' && draft.lines[second]?.kind === 'project' ? 'projects' : 'basic'
    case 'projects':
      return 'projects'
    case 'fundIncome':
    case 'stateCapitalIncome':
    case 'controlTotals':
      return 'income'
    case 'comparisons':
      return THREE_PUBLIC_COMPARISONS.has(String(second)) ? 'three-public' : 'overview'
    case 'assets':
      return overrideStep(path) ?? 'procurement-assets'
    case 'procurement':
      return 'procurement-assets'
    case 'performance':
    case 'overallFiling':
      return 'performance'
    default:
      return 'overview'
  }
}

/** Whether the officer has entered anything on a step yet (an empty step is not “done”). */
export function stepHasContent(step: StepId, d: DocumentData): boolean {
  switch (step) {
    case 'basic':
      return d.lines.some((l) => l.kind === 'basic')
    case 'projects':
      return d.projects.length > 0
    case 'three-public':
      return Object.values(d.comparisons.threePublic).some((c) => c.prior !== undefined)
    case 'procurement-assets':
      return d.procurement.length > 0 || d.assets.asOf !== undefined
    case 'performance':
      return d.performance.projectForms.length > 0 || d.overallFiling.unitCount !== undefined
    case 'overview':
      return d.overview.duties.trim() !== '' || d.comparisons.incomeTotal.prior !== undefined
    default:
      return true
  }
}

/** An id for the DOM element of a form field, so a finding can scroll to and focus it. */
export function fieldDomId(path: Path): string {
  return `field-${path.join('-')}`
}
