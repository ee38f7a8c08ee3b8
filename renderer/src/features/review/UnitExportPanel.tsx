// 单位预算公开 (export:units): one Excel and PDF per 所属单位, each with its own 体检 verdict and
// self-audit, listed unit by unit.
import { App as AntApp, Button, Space, Table, Tag, Typography } from 'antd'
import { useState } from 'react'
import type { ResponseOf } from '../../../../core/api/contract'
import { call } from '../../api/client'
import { currentDocument } from '../../state/store'
import { ReasonItem } from '../../components/FindingList'
import { text } from '../../text/zh-CN'
import { savable } from '../document/document-io'
import { ExportAuditLine } from './ExportAuditLine'

type UnitsResult = ResponseOf<'export:units'>

export function UnitExportPanel({ disabled }: { disabled: boolean }) {
  const { modal } = AntApp.useApp()
  const [busy, setBusy] = useState(false)
  const [result, setResult] = useState<UnitsResult | null>(null)
  const t = text.unitExport
  const run = async () => {
    const doc = currentDocument()
    if (!doc) return
    const s = savable(doc)
    if (!s.ok) {
      modal.error({ title: text.review.exportBlocked, content: s.invalid.slice(0, 8).map((f) => f.message).join('\n') })
      return
    }
    setBusy(true)
    setResult(null)
    const r = await call('export:units', { document: s.document, formats: ['xlsx', 'pdf'] })
    setBusy(false)
    if (r.ok) setResult(r.value)
    else if (r.error.code !== 'CANCELLED') modal.error({ title: text.errors.exportFailed, content: r.error.message })
  }
  return (
    <div className="unit-export" data-testid="unit-export">
      <Space wrap>
        <Button onClick={() => void run()} loading={busy} disabled={disabled} data-testid="export-units">
          {t.button}
        </Button>
        <Typography.Text type="secondary">{t.hint}</Typography.Text>
      </Space>
      {result && (
        <>
          <Typography.Paragraph strong>{t.title(result.folder)}</Typography.Paragraph>
          <Table
            size="small"
            rowKey="unitId"
            pagination={false}
            dataSource={result.units}
            data-testid="unit-export-results"
            columns={[
              { title: t.unit, dataIndex: 'name', width: 220 },
              {
                title: t.result,
                render: (_, u) => (
                  <>
                    <Tag color={u.allowed ? 'green' : 'red'}>{u.allowed ? t.allowed : t.blocked}</Tag>
                    <span>{t.counts(u.errors, u.warnings)}</span>
                    {u.reasons.length > 0 && (
                      <ul className="unit-export-reasons">
                        {u.reasons.slice(0, 3).map((r, i) => (
                          <ReasonItem key={`${i}-${r}`} reason={r} />
                        ))}
                        {u.reasons.length > 3 && <li>{text.exportGate.more(u.reasons.length - 3)}</li>}
                      </ul>
                    )}
                  </>
                ),
              },
              {
                title: t.files,
                width: 380,
                render: (_, u) => (
                  <>
                    {u.files.join('、')}
                    {u.audit && <ExportAuditLine audit={u.audit} testId={`unit-audit-${u.unitId}`} />}
                  </>
                ),
              },
            ]}
          />
        </>
      )}
    </div>
  )
}
