// The frame of every step: title and hint, this step's open findings, the content, and the way to
// the previous and next step.
import { Alert, Button, Typography } from 'antd'
import type { ReactNode } from 'react'
import { templateYearNotice } from '../../../../core/document/template-notice'
import type { StepId } from '../../../../core/rules/finding'
import { FindingList } from '../../components/FindingList'
import { countBySeverity } from '../../state/analyze-draft'
import { useSession } from '../../state/session'
import { jumpTo } from '../../state/jump'
import { STEP_IDS, stepTitle } from '../../state/steps'
import { goToStep } from '../../state/store'
import { text } from '../../text/zh-CN'

interface Props {
  step: StepId
  children: ReactNode
  /** The review step shows every finding itself. */
  hideFindings?: boolean
}

export function StepPage({ step, children, hideFindings }: Props) {
  const { result, document } = useSession()
  const notice = templateYearNotice(document.data.department.budgetYear, document.templateYear)
  const findings = (result?.findings ?? []).filter((f) => f.location.step === step)
  const counts = countBySeverity(findings)
  const index = STEP_IDS.indexOf(step)
  const previous = STEP_IDS[index - 1]
  const next = STEP_IDS[index + 1]
  return (
    <section className="step-page" data-testid={`step-${step}`}>
      <header className="step-header">
        <Typography.Title level={3}>
          {index + 1}. {stepTitle(step)}
        </Typography.Title>
        <Typography.Paragraph type="secondary">{text.steps[step].hint}</Typography.Paragraph>
        {notice && <Alert type="info" showIcon title={notice} data-testid="template-year-notice" />}
      </header>
      {!hideFindings && result && (
        <div className="step-findings" data-testid="step-findings">
          {findings.length === 0 ? (
            <Alert type="success" showIcon title={text.findings.stepDone} />
          ) : (
            <Alert type={counts.error > 0 ? 'error' : 'warning'} showIcon title={text.findings.stepOpen(counts.error, counts.warning)} description={<FindingList findings={findings} onJump={jumpTo} limit={30} testId="step-finding-list" />} />
          )}
        </div>
      )}
      <div className="step-body">{children}</div>
      <footer className="step-footer">
        {previous ? <Button onClick={() => goToStep(previous)}>{`${text.common.previous}：${stepTitle(previous)}`}</Button> : <span />}
        {next && (
          <Button type="primary" onClick={() => goToStep(next)} data-testid="next-step">
            {`${text.common.next}：${stepTitle(next)}`}
          </Button>
        )}
      </footer>
    </section>
  )
}
