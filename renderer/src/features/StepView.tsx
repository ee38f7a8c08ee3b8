// The step on screen. Each step loads on first use, so the first window opens quickly and the
// bundle stays in small chunks; the first step's code is fetched while the welcome page waits, so
// opening a document does not wait for it.
import { Spin } from 'antd'
import { lazy, Suspense, type ComponentType, type LazyExoticComponent } from 'react'
import type { StepId } from '../../../core/rules/finding'
import { useEditor } from '../state/store'

type Loader = () => Promise<{ default: ComponentType }>

const LOADERS: Record<StepId, Loader> = {
  organization: () => import('./organization/OrganizationStep').then((m) => ({ default: m.OrganizationStep })),
  income: () => import('./income/IncomeStep').then((m) => ({ default: m.IncomeStep })),
  basic: () => import('./basic/BasicStep').then((m) => ({ default: m.BasicStep })),
  projects: () => import('./projects/ProjectsStep').then((m) => ({ default: m.ProjectsStep })),
  'three-public': () => import('./three-public/ThreePublicStep').then((m) => ({ default: m.ThreePublicStep })),
  'procurement-assets': () => import('./procurement-assets/ProcurementAssetsStep').then((m) => ({ default: m.ProcurementAssetsStep })),
  performance: () => import('./performance/PerformanceStep').then((m) => ({ default: m.PerformanceStep })),
  overview: () => import('./overview/OverviewStep').then((m) => ({ default: m.OverviewStep })),
  review: () => import('./review/ReviewStep').then((m) => ({ default: m.ReviewStep })),
}

const STEPS = Object.fromEntries(Object.entries(LOADERS).map(([id, load]) => [id, lazy(load)])) as Record<StepId, LazyExoticComponent<ComponentType>>

/** Fetches a step's code ahead of its first use (a failure shows when the step itself loads). */
export function preloadStep(step: StepId): void {
  LOADERS[step]().catch(() => undefined)
}

export function StepView() {
  const step = useEditor((s) => s.step)
  const Step = STEPS[step]
  return (
    <Suspense fallback={<Spin className="step-loading" />}>
      <Step />
    </Suspense>
  )
}
