// The step on screen. Each step loads on first use, so the first window opens quickly and the
// bundle stays in small chunks.
import { Spin } from 'antd'
import { lazy, Suspense, type ComponentType, type LazyExoticComponent } from 'react'
import type { StepId } from '../../../core/rules/finding'
import { useEditor } from '../state/store'

const STEPS: Record<StepId, LazyExoticComponent<ComponentType>> = {
  organization: lazy(() => import('./organization/OrganizationStep').then((m) => ({ default: m.OrganizationStep }))),
  income: lazy(() => import('./income/IncomeStep').then((m) => ({ default: m.IncomeStep }))),
  basic: lazy(() => import('./basic/BasicStep').then((m) => ({ default: m.BasicStep }))),
  projects: lazy(() => import('./projects/ProjectsStep').then((m) => ({ default: m.ProjectsStep }))),
  'three-public': lazy(() => import('./three-public/ThreePublicStep').then((m) => ({ default: m.ThreePublicStep }))),
  'procurement-assets': lazy(() => import('./procurement-assets/ProcurementAssetsStep').then((m) => ({ default: m.ProcurementAssetsStep }))),
  performance: lazy(() => import('./performance/PerformanceStep').then((m) => ({ default: m.PerformanceStep }))),
  overview: lazy(() => import('./overview/OverviewStep').then((m) => ({ default: m.OverviewStep }))),
  review: lazy(() => import('./review/ReviewStep').then((m) => ({ default: m.ReviewStep }))),
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
