// The steps, free to move between, each with its completion: a tick when nothing is open, else the
// number of errors (red) or warnings (orange) that point there.
import { CheckCircleFilled, ExclamationCircleFilled, CloseCircleFilled } from '@ant-design/icons'
import { memo, useMemo } from 'react'
import type { StepId } from '../../../../core/rules/finding'
import { useAnalysed } from '../../state/session'
import { STEP_IDS, stepHasContent, stepTitle } from '../../state/steps'
import { goToStep, useEditor } from '../../state/store'
import { text } from '../../text/zh-CN'

type Status = 'pending' | 'error' | 'warning' | 'done' | 'todo'

export function StepNav() {
  const { result } = useAnalysed()
  const data = useEditor((s) => s.history?.present.data)
  const current = useEditor((s) => s.step)
  const counts = useMemo(() => {
    const out = new Map<StepId, { error: number; warning: number }>()
    // The review step lists every finding: its state is the whole document's.
    const all = { error: 0, warning: 0 }
    for (const f of result?.findings ?? []) {
      if (f.severity === 'info') continue
      all[f.severity]++
      const step = f.location.step
      if (!step || step === 'review') continue
      const c = out.get(step) ?? { error: 0, warning: 0 }
      c[f.severity]++
      out.set(step, c)
    }
    out.set('review', all)
    return out
  }, [result])
  return (
    <nav className="step-nav" aria-label="steps">
      {STEP_IDS.map((id, i) => {
        const c = counts.get(id)
        const status: Status = !result ? 'pending' : c?.error ? 'error' : c?.warning ? 'warning' : data && stepHasContent(id, data) ? 'done' : 'todo'
        return <StepLink key={id} id={id} index={i} current={id === current} status={status} errors={c?.error ?? 0} warnings={c?.warning ?? 0} />
      })}
    </nav>
  )
}

// One link per step, repainted only when its own state changes (an edit changes at most one).
const StepLink = memo(function StepLink({ id, index, current, status, errors, warnings }: { id: StepId; index: number; current: boolean; status: Status; errors: number; warnings: number }) {
  return (
    <button type="button" className={`step-link${current ? ' current' : ''} status-${status}`} onClick={() => goToStep(id)} data-testid={`nav-${id}`} data-status={status}>
      <span className="step-index">{index + 1}</span>
      <span className="step-name">{stepTitle(id)}</span>
      <span className="step-state">
        {status === 'done' && <CheckCircleFilled />}
        {status === 'todo' && <span className="step-todo">{text.steps.todo}</span>}
        {status === 'error' && (
          <>
            <CloseCircleFilled /> {errors}
          </>
        )}
        {status === 'warning' && (
          <>
            <ExclamationCircleFilled /> {warnings}
          </>
        )}
      </span>
    </button>
  )
})
