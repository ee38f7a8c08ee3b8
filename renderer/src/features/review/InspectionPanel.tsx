// The 发布前体检 screen: the verdict (what blocks the export), the publication deadline, and for
// each of the inspectors' five dimensions the checks that apply, how many pass and the findings
// under each (a click goes to where to fix it). The officer's checklist and the printable 自查表
// follow (Checklist, SelfCheckPrint).
import { Alert, Collapse, Tag, Typography } from 'antd'
import { useState } from 'react'
import { DIMENSION_NOTES, type DimensionResult, type RuleStatus } from '../../../../core/rules/inspection'
import { FindingList } from '../../components/FindingList'
import { jumpTo } from '../../state/jump'
import { text } from '../../text/zh-CN'
import type { LiveInspection } from '../../state/live-inspection'

const t = text.inspection

function ruleState(r: RuleStatus): { color: string; label: string } {
  if (r.pending) return { color: 'default', label: t.pending }
  if (r.findings.some((f) => f.severity === 'error')) return { color: 'red', label: t.failed }
  if (!r.passed) return { color: 'orange', label: t.warned }
  return { color: 'green', label: t.passed }
}

function RuleRow({ rule }: { rule: RuleStatus }) {
  const state = ruleState(rule)
  const shown = rule.findings.filter((f) => f.severity !== 'info' || !rule.passed)
  return (
    <li className={`inspection-rule${rule.passed ? ' passed' : ''}`} data-testid={`rule-${rule.id}`} data-passed={rule.passed}>
      <div className="inspection-rule-head">
        <Tag color={state.color}>{state.label}</Tag>
        <span className="inspection-rule-title" title={text.findings.ruleDetail(rule.id)}>
          {rule.id === 'INPUT' ? text.findings.inputRule : rule.title}
        </span>
      </div>
      {!rule.passed && shown.length > 0 && <FindingList findings={shown} onJump={jumpTo} limit={10} showStep testId={`rule-findings-${rule.id}`} />}
    </li>
  )
}

function DimensionBody({ d }: { d: DimensionResult }) {
  const open = d.rules.filter((r) => !r.passed)
  const passed = d.rules.filter((r) => r.passed)
  return (
    <>
      <Typography.Paragraph type="secondary" className="inspection-note">
        {DIMENSION_NOTES[d.id]}
      </Typography.Paragraph>
      <ul className="inspection-rules">
        {[...open, ...passed].map((r) => (
          <RuleRow key={r.id} rule={r} />
        ))}
      </ul>
    </>
  )
}

function DimensionLabel({ d }: { d: DimensionResult }) {
  const ok = d.passed === d.total
  return (
    <span className="inspection-dimension-label" data-testid={`dimension-${d.id}`} data-passed={d.passed} data-total={d.total}>
      <strong>{d.label}</strong>
      <Tag color={ok ? 'green' : d.rules.some((r) => r.findings.some((f) => f.severity === 'error')) ? 'red' : 'orange'}>{t.passedOf(d.passed, d.total)}</Tag>
    </span>
  )
}

export function InspectionPanel({ live }: { live: LiveInspection }) {
  const { inspection, gate } = live
  const [open, setOpen] = useState<string[]>(() => inspection.dimensions.filter((d) => d.rules.some((r) => r.findings.some((f) => f.severity === 'error'))).map((d) => d.id))
  const { deadline } = inspection
  return (
    <div className="inspection" data-testid="inspection">
      {gate.allowed ? (
        <Alert type={gate.warnings.length > 0 ? 'warning' : 'success'} showIcon title={t.readyTitle} description={t.warningsN(gate.warnings.length) || undefined} data-testid="inspection-verdict" data-allowed="true" />
      ) : (
        <Alert
          type="error"
          showIcon
          title={t.blockedTitle(gate.blocking.length)}
          data-testid="inspection-verdict"
          data-allowed="false"
          description={<FindingList findings={gate.blocking} onJump={jumpTo} limit={8} showStep testId="inspection-blocking" />}
        />
      )}
      <Typography.Paragraph className="inspection-deadline" data-testid="inspection-deadline">
        {deadline.deadline ? t.deadline(deadline.deadline, deadline.daysLeft ?? 0) : t.noDeadline}
      </Typography.Paragraph>
      <Collapse
        className="inspection-dimensions"
        activeKey={open}
        onChange={(keys) => setOpen(Array.isArray(keys) ? keys.map(String) : [String(keys)])}
        items={inspection.dimensions.map((d) => ({ key: d.id, label: <DimensionLabel d={d} />, children: <DimensionBody d={d} /> }))}
      />
    </div>
  )
}
