// The steps, free to move between, each with its completion: a tick when nothing is open, else the
// number of errors (red) or warnings (orange) that point there.
import { CheckCircleFilled, ExclamationCircleFilled, CloseCircleFilled } from '@ant-design/icons'
import type { StepId } from '../../../../core/rules/finding'
import { useSession } from '../../state/session'
import { STEP_IDS, stepHasContent, stepTitle } from '../../state/steps'
import { goToStep, useEditor } from '../../state/store'
import { text } from '../../text/zh-CN'

export function StepNav() {
  const { result, document } = useSession()
  const current = useEditor((s) => s.step)
  const counts = new Map<StepId, { error: number; warning: number }>()
  // The review step lists every finding: its state is the whole document's.
  const all = { error: 0, warning: 0 }
  for (const f of result?.findings ?? []) {
    if (f.severity === 'info') continue
    all[f.severity]++
    const step = f.location.step
    if (!step || step === 'review') continue
    const c = counts.get(step) ?? { error: 0, warning: 0 }
    c[f.severity]++
    counts.set(step, c)
  }
  counts.set('review', all)
  return (
    <nav className="step-nav" aria-label="steps">
      {STEP_IDS.map((id, i) => {
        const c = counts.get(id)
        const status = !result ? 'pending' : c?.error ? 'error' : c?.warning ? 'warning' : stepHasContent(id, document.data) ? 'done' : 'todo'
        return (
          <button key={id} type="button" className={`step-link${id === current ? ' current' : ''} status-${status}`} onClick={() => goToStep(id)} data-testid={`nav-${id}`} data-status={status}>
            <span className="step-index">{i + 1}</span>
            <span className="step-name">{stepTitle(id)}</span>
            <span className="step-state">
              {status === 'done' && <CheckCircleFilled />}
              {status === 'todo' && <span className="step-todo">{text.steps.todo}</span>}
              {status === 'error' && (
                <>
                  <CloseCircleFilled /> {c?.error}
                </>
              )}
              {status === 'warning' && (
                <>
                  <ExclamationCircleFilled /> {c?.warning}
                </>
              )}
            </span>
          </button>
        )
      })}
    </nav>
  )
}
