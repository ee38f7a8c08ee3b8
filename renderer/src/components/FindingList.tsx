// The live findings: severity, the Chinese message with both figures and where to fix it; the rule
// id is a detail (the tooltip), not text on screen. A click goes to the step, row and field.
import { Empty, Tag } from 'antd'
import type { Finding } from '../../../core/rules/finding'
import { stepTitle } from '../state/steps'
import { text } from '../text/zh-CN'

interface Props {
  findings: readonly Finding[]
  onJump: (f: Finding) => void
  /** Show which step each finding belongs to (the full list on the review step). */
  showStep?: boolean
  limit?: number
  testId?: string
}

const COLORS = { error: 'red', warning: 'orange', info: 'blue' } as const

export function FindingList({ findings, onJump, showStep, limit = 200, testId = 'finding-list' }: Props) {
  if (findings.length === 0) return <Empty className="finding-empty" image={Empty.PRESENTED_IMAGE_SIMPLE} description={text.findings.none} data-testid={`${testId}-empty`} />
  return (
    <ul className="finding-list" data-testid={testId}>
      {findings.slice(0, limit).map((f, i) => (
        <li key={`${f.ruleId}-${i}`}>
          <button type="button" className={`finding finding-${f.severity}`} onClick={() => onJump(f)} data-rule={f.ruleId} title={f.ruleId === 'INPUT' ? text.findings.inputRule : text.findings.ruleDetail(f.ruleId)}>
            <Tag color={COLORS[f.severity]}>{text.findings.severity[f.severity]}</Tag>
            <span className="finding-message">{f.message}</span>
            <span className="finding-meta">
              {[showStep && f.location.step ? stepTitle(f.location.step) : '', f.location.table ? text.format.table(f.location.table) : ''].filter(Boolean).join(' · ')}
            </span>
          </button>
        </li>
      ))}
      {findings.length > limit && <li className="finding-more">{text.findings.more(findings.length - limit)}</li>}
    </ul>
  )
}

/** `[K03] 消息` from the core's export gate: the message for the screen, the rule id for the tooltip. */
export function splitReason(reason: string): { message: string; detail: string | undefined } {
  const m = /^\[([^\]]+)\]\s*(.*)$/s.exec(reason)
  return m ? { message: m[2] ?? '', detail: text.findings.ruleDetail(m[1] ?? '') } : { message: reason, detail: undefined }
}

export function ReasonItem({ reason }: { reason: string }) {
  const { message, detail } = splitReason(reason)
  return <li title={detail}>{message}</li>
}
