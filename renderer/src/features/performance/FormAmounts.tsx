// The 年度 amounts of a project form, derived from the project's budget lines (core
// projectFormAmounts) and shown read-only: the form prints them, the officer never types them, so
// a form cannot disagree with 表12 and 表13 (spec §5.2).
import { Descriptions } from 'antd'
import type { Derivation } from '../../../../core/calc/derive'
import { formatWanText } from '../../../../core/money/format'
import { FUND_ROWS, projectFormAmounts } from '../../../../core/performance/amounts'
import { text } from '../../text/zh-CN'
import { yuanText } from '../shared/sums'

export function FormAmounts({ derivation, projectId }: { derivation: Derivation; projectId: string }) {
  const a = projectFormAmounts(derivation, projectId)
  const t = text.formAmounts
  const part = (p: { fiscal: number; other: number; total: number }) => `${yuanText(p.total)}（${t.fiscal} ${yuanText(p.fiscal)}，${t.other} ${yuanText(p.other)}）`
  return (
    <Descriptions
      size="small"
      bordered
      column={2}
      className="form-amounts"
      data-testid="form-amounts"
      title={t.title}
      items={[
        { key: 'total', label: `${t.total}（${text.common.yuan}）`, children: <span data-testid="form-amount-total">{yuanText(a.total)}</span> },
        { key: 'tables', label: text.common.details, children: t.tableAmounts(formatWanText(a.tableAmounts.t12), formatWanText(a.tableAmounts.t13)) },
        { key: 'current', label: t.current, children: part(a.current) },
        { key: 'carryover', label: t.carryover, children: part(a.carryover) },
        { key: 'split', label: t.split, span: 2, children: FUND_ROWS.map((r) => `${text.performance.fundRows[r]} ${yuanText(a.split[r])}`).join('；') },
      ]}
    />
  )
}
