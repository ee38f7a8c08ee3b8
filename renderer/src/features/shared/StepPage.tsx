// The frame of every step: title and hint, this step's open findings, the content, and the way to
// the previous and next step. The findings take one line of constant height (the list opens over
// the content), so nothing under the cursor moves when a finding appears or goes away.
import { CheckCircleFilled, CloseCircleFilled, ExclamationCircleFilled, InfoCircleFilled } from '@ant-design/icons'
import { Alert, Button, Typography } from 'antd'
import { memo, useEffect, useRef, useState, type ReactNode } from 'react'
import { templateYearNotice } from '../../../../core/document/template-notice'
import type { StepId } from '../../../../core/rules/finding'
import { FindingList } from '../../components/FindingList'
import { countBySeverity } from '../../state/analyze-draft'
import { useAnalysed } from '../../state/session'
import { useTemplateEdition } from '../../state/use-template-edition'
import { jumpTo } from '../../state/jump'
import { STEP_IDS, stepTitle } from '../../state/steps'
import { goToStep, useEditor } from '../../state/store'
import { text } from '../../text/zh-CN'

interface Props {
  step: StepId
  children: ReactNode
  /** The review step shows every finding itself. */
  hideFindings?: boolean
}

const StepFindings = memo(function StepFindings({ step }: { step: StepId }) {
  const { result } = useAnalysed()
  const [open, setOpen] = useState(false)
  const toggle = useRef<HTMLButtonElement>(null)
  const findings = (result?.findings ?? []).filter((f) => f.location.step === step)
  const counts = countBySeverity(findings)
  const state = counts.error > 0 ? 'error' : counts.warning > 0 ? 'warning' : counts.info > 0 ? 'info' : 'success'
  useEffect(() => {
    if (findings.length === 0) setOpen(false)
  }, [findings.length])
  const t = text.findings
  const sentence = !result ? t.analysing : state === 'success' ? t.stepDone : state === 'info' ? t.stepInfo(counts.info) : t.stepOpen(counts.error, counts.warning)
  return (
    <div className={`step-findings state-${state}`} data-testid="step-findings" data-errors={counts.error} data-warnings={counts.warning}>
      <div className="step-findings-bar" role="status">
        {state === 'error' ? <CloseCircleFilled /> : state === 'warning' ? <ExclamationCircleFilled /> : state === 'info' ? <InfoCircleFilled /> : <CheckCircleFilled />}
        <span className="step-findings-text" title={sentence}>
          {sentence}
        </span>
        {findings.length > 0 && (
          <Button size="small" ref={toggle} aria-expanded={open} onClick={() => setOpen(!open)} data-testid="step-findings-toggle">
            {open ? t.hideList : t.showList(findings.length)}
          </Button>
        )}
      </div>
      {open && findings.length > 0 && (
        <div
          className="step-findings-overlay"
          onKeyDown={(e) => {
            if (e.key !== 'Escape') return
            setOpen(false)
            toggle.current?.focus()
          }}
        >
          <FindingList findings={findings} onJump={(f) => (setOpen(false), jumpTo(f))} limit={30} testId="step-finding-list" />
        </div>
      )}
    </div>
  )
})

export function StepPage({ step, children, hideFindings }: Props) {
  // The frame is memoised apart from the content, which repaints on every edit.
  return (
    <section className="step-page" data-testid={`step-${step}`}>
      <StepHeader step={step} />
      {!hideFindings && <StepFindings step={step} />}
      <div className="step-body">{children}</div>
      <StepFooter step={step} />
    </section>
  )
}

const StepHeader = memo(function StepHeader({ step }: { step: StepId }) {
  const budgetYear = useEditor((s) => s.history?.present.data.department.budgetYear)
  const templateYear = useEditor((s) => s.history?.present.templateYear)
  const edition = useTemplateEdition(budgetYear)
  // Said on every step when the budget year has no template of its own (step 1 offers the switch
  // when it has one and the document still uses another year's).
  const notice = budgetYear !== undefined && templateYear !== undefined && edition !== undefined && edition !== budgetYear ? templateYearNotice(budgetYear, templateYear) : undefined
  const index = STEP_IDS.indexOf(step)
  const title = useRef<HTMLHeadingElement>(null)
  // A step opened by keyboard (Ctrl+PageDown from a grid that is now gone): the focus starts at its
  // title, so the next Tab reaches this step's first control, not the top of the window.
  useEffect(() => {
    const el = window.document.activeElement
    if (!el || el === window.document.body) title.current?.focus({ preventScroll: true })
  }, [step])
  return (
    <header className="step-header">
      <Typography.Title level={3} ref={title} tabIndex={-1} className="step-title" data-testid="step-title">
        {index + 1}. {stepTitle(step)}
      </Typography.Title>
      <Typography.Paragraph type="secondary">{text.steps[step].hint}</Typography.Paragraph>
      {notice && <Alert type="info" showIcon title={notice} data-testid="template-year-notice" />}
    </header>
  )
})

const StepFooter = memo(function StepFooter({ step }: { step: StepId }) {
  const index = STEP_IDS.indexOf(step)
  const previous = STEP_IDS[index - 1]
  const next = STEP_IDS[index + 1]
  return (
    <footer className="step-footer">
      {previous ? <Button onClick={() => goToStep(previous)} data-testid="previous-step">{`${text.common.previous}：${stepTitle(previous)}`}</Button> : <span />}
      {next && (
        <Button type="primary" onClick={() => goToStep(next)} data-testid="next-step">
          {`${text.common.next}：${stepTitle(next)}`}
        </Button>
      )}
    </footer>
  )
})
