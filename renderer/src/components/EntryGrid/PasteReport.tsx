// What a paste did: rows written and added, and every cell that could not be read (kept as typed
// and marked red), every blank line skipped and every cell beyond the grid. Nothing goes unreported.
import { Alert, Button, Space } from 'antd'
import { useState } from 'react'
import { text } from '../../text/zh-CN'
import type { GridColumn, GridRow } from './grid-types'
import type { PasteReportData } from './use-grid-controller'

interface Props<R extends GridRow> {
  report: PasteReportData
  columns: readonly GridColumn<R>[]
  onClose: () => void
}

const SHOWN = 12

export function PasteReport<R extends GridRow>({ report, onClose }: Props<R>) {
  const { result, added, firstRow } = report
  const [answered, setAnswered] = useState(false)
  const ask = result.looksLikeYuan !== undefined && report.reread !== undefined && !answered
  // The grid row a pasted line landed on (blank lines and a header line take no row).
  const gridRow = (line: number) => firstRow + result.rows.findIndex((r) => r.line === line) + 1
  const lines = [
    ...result.problems.map((p) => text.grid.pasteProblem(gridRow(p.line), p.line, p.column, p.columnTitle, p.text, p.reason)),
    ...result.blankLines.map((l) => text.grid.pasteBlank(l)),
  ]
  const bad = result.problems.length > 0
  const outside = result.problems.filter((p) => p.columnTitle === '').length
  const summary = text.grid.pasteSummary(result.rows.length, added, result.unit === 'wan' ? text.common.wan : text.common.yuan, result.header, result.problems.length - outside, outside)
  return (
    <Alert
      className="paste-report"
      data-testid="paste-report"
      type={bad || ask ? 'warning' : 'success'}
      showIcon
      closable={{ onClose, 'aria-label': text.common.close }}
      title={summary}
      description={
        lines.length > 0 || ask ? (
          <>
            {ask && (
              <div className="paste-unit-question" data-testid="paste-unit-question">
                <div>{text.grid.pasteUnitQuestion(result.looksLikeYuan ?? 0)}</div>
                <Space size="small">
                  <Button size="small" type="primary" data-testid="paste-as-yuan" onClick={() => report.reread?.('yuan')}>
                    {text.grid.pasteAsYuan}
                  </Button>
                  <Button size="small" data-testid="paste-keep-wan" onClick={() => setAnswered(true)}>
                    {text.grid.pasteKeepWan}
                  </Button>
                </Space>
              </div>
            )}
            {lines.length > 0 && (
              <ul className="paste-problems">
                {lines.slice(0, SHOWN).map((l, i) => (
                  <li key={i}>{l}</li>
                ))}
                {lines.length > SHOWN && <li>{text.grid.pasteMore(lines.length - SHOWN)}</li>}
              </ul>
            )}
          </>
        ) : undefined
      }
    />
  )
}
