// 从上年文档新建: last year's document (main's dialog, or the workspace list in web mode) becomes this
// year's unsaved draft in one step; the report says which prior-year figures were filled, which
// projects continue, which codes changed between catalog editions and what to enter anew.
import { Alert, Button, Collapse, List, Modal, Table, Typography } from 'antd'
import { useState, type ReactNode } from 'react'
import type { z } from 'zod'
import type { RolloverReportSchema } from '../../../../core/rollover/schemas'
import { yuanToFen } from '../../../../core/money/money'
import { call } from '../../api/client'
import { text } from '../../text/zh-CN'
import { useDocumentCommands } from '../document/DocumentProvider'
import { yuanAndWan } from '../shared/sums'
import { openAsNew } from './import-io'
import { usePickRun } from './use-pick-run'
import { PickFileModal } from './PickFileModal'

type Report = z.infer<typeof RolloverReportSchema>
const t = text.rollover

export function RolloverDialog({ onClose }: { onClose: () => void }) {
  const commands = useDocumentCommands()
  const [done, setDone] = useState<{ report: Report; source: string; year: number } | null>(null)

  const run = async (name?: string) => {
    setError(null)
    if (!(await commands.confirmUnsaved())) return desktop ? onClose() : undefined
    setBusy(true)
    const r = await call('document:rollover', name !== undefined ? { name } : {})
    setBusy(false)
    if (!r.ok) return refuse(r.error)
    await openAsNew(r.value.document)
    setDone({ report: r.value.report, source: r.value.source, year: r.value.document.data.department.budgetYear })
  }
  const pick = usePickRun(run, onClose)
  const { setBusy, setError, desktop, refuse } = pick

  if (done) return <RolloverReport {...done} onClose={onClose} />
  return <PickFileModal title={t.pickTitle} hint={t.pickHint} working={t.working} kind="document" testId="rollover" filesTestId="rollover-files" pick={pick} onClose={onClose} />
}

function RolloverReport({ report, source, year, onClose }: { report: Report; source: string; year: number; onClose: () => void }) {
  const panels: { key: string; label: string; children: ReactNode }[] = []
  const listPanel = (key: string, label: string, items: ReactNode[]) => {
    if (items.length > 0) panels.push({ key, label, children: <List size="small" dataSource={items} renderItem={(i) => <List.Item>{i}</List.Item>} /> })
  }
  listPanel('codes', t.codeChanges(report.codeChanges.length), report.codeChanges.map((c) => `${c.message}${t.usedBy(c.uses)}`))
  listPanel('kept', t.kept(report.keptProjects.length), report.keptProjects.map((p) => p.name))
  listPanel('dropped', t.dropped(report.droppedProjects.length), report.droppedProjects.map((p) => p.name))
  const figures = report.priorFigures.map((f) => ({ key: f.id, label: f.label, prior: yuanAndWan(yuanToFen(f.prior)) }))
  return (
    <Modal
      open
      title={t.reportTitle(year)}
      width={820}
      onCancel={onClose}
      footer={
        <Button type="primary" onClick={onClose} data-testid="rollover-start">
          {t.start}
        </Button>
      }
      data-testid="rollover-report"
    >
      <Typography.Paragraph type="secondary">{t.source(source)}</Typography.Paragraph>
      <Typography.Text strong>{t.priorFigures}</Typography.Text>
      <Table
        size="small"
        bordered
        pagination={false}
        rowKey="key"
        dataSource={figures}
        columns={[
          { title: t.figure, dataIndex: 'label' },
          { title: text.fields.prior, dataIndex: 'prior', width: 320 },
        ]}
        className="import-section"
        data-testid="rollover-figures"
      />
      {report.codeChanges.length > 0 && <Alert type="warning" showIcon title={t.codeChanges(report.codeChanges.length)} className="import-section" />}
      {panels.length > 0 && <Collapse size="small" items={panels} defaultActiveKey={['codes']} className="import-section" />}
      <Typography.Text strong>{t.notes}</Typography.Text>
      <ul className="import-notes">
        {report.notes.map((n) => (
          <li key={n}>{n}</li>
        ))}
      </ul>
    </Modal>
  )
}
