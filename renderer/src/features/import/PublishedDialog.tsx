// 从上年公开文件新建: last year's published PDF/.docx/text (main's dialog, or the workspace list in
// web mode) is read by main; this screen shows every block it found — with each number, where it
// was printed, what needs checking — the document's own contradictions and what could not be read.
// Nothing is applied until the officer confirms; only the ticked blocks go into the new draft.
import { Alert, Button, Checkbox, Collapse, List, Modal, Table, Tag, Typography } from 'antd'
import { useState } from 'react'
import type { z } from 'zod'
import type { BudgetDocument } from '../../../../core/document/envelope'
import { keepBlocks, DRAFT_BLOCKS, type DraftBlock } from '../../../../core/published/published-draft'
import type { PublishedDraftReportSchema } from '../../../../core/published/schemas'
import { call } from '../../api/client'
import { text } from '../../text/zh-CN'
import { useDocumentCommands } from '../document/DocumentProvider'
import { openAsNew } from './import-io'
import { usePickRun } from './use-pick-run'
import { PickFileModal } from './PickFileModal'

type Report = z.infer<typeof PublishedDraftReportSchema>
const t = text.published

export function PublishedDialog({ onClose }: { onClose: () => void }) {
  const commands = useDocumentCommands()
  const [read, setRead] = useState<{ document: BudgetDocument; report: Report; source: string } | null>(null)

  const run = async (name?: string) => {
    setError(null)
    if (!(await commands.confirmUnsaved())) return desktop ? onClose() : undefined
    setBusy(true)
    const r = await call('document:fromPublished', name !== undefined ? { name } : {})
    setBusy(false)
    if (!r.ok) return refuse(r.error)
    setRead(r.value)
  }
  const pick = usePickRun(run, onClose)
  const { setBusy, setError, desktop, refuse } = pick

  if (read) return <PublishedReview {...read} onClose={onClose} />
  return <PickFileModal title={t.pickTitle} hint={t.pickHint} working={t.working} kind="published" testId="published" filesTestId="published-files" pick={pick} onClose={onClose} />
}

function PublishedReview({ document, report, source, onClose }: { document: BudgetDocument; report: Report; source: string; onClose: () => void }) {
  const [blocks, setBlocks] = useState<DraftBlock[]>([...DRAFT_BLOCKS])
  const toggle = (b: DraftBlock, on: boolean) => setBlocks((xs) => (on ? [...xs, b] : xs.filter((x) => x !== b)))
  const apply = async () => {
    await openAsNew(keepBlocks(document, blocks))
    onClose()
  }
  const panels = report.sections.map((s) => ({
    key: s.block,
    label: (
      <span onClick={(e) => e.stopPropagation()}>
        <Checkbox checked={blocks.includes(s.block)} disabled={s.block === 'organization'} onChange={(e) => toggle(s.block, e.target.checked)} data-testid={`published-take-${s.block}`}>
          {t.take}
        </Checkbox>
        <Typography.Text strong>{s.title}</Typography.Text>
        {s.block === 'organization' && <Tag className="import-remember">{t.required}</Tag>}
      </span>
    ),
    children: (
      <Table
        size="small"
        bordered
        pagination={false}
        rowKey={(r) => `${r.label}|${r.where ?? ''}|${r.value}`}
        dataSource={s.items}
        locale={{ emptyText: t.empty }}
        columns={[
          { title: t.label, dataIndex: 'label', width: 220 },
          { title: t.value, dataIndex: 'value', render: (v: string, r) => (r.needsCheck ? <span>{v} <Tag color="warning">{t.check}</Tag></span> : v) },
          { title: t.where, dataIndex: 'where', width: 260 },
        ]}
        data-testid={`published-block-${s.block}`}
      />
    ),
  }))
  const lists: { key: string; label: string; items: string[] }[] = [
    { key: 'contradictions', label: t.contradictions(report.contradictions.length), items: report.contradictions.map((c) => `${c.message}（${c.where.join('；')}）`) },
    { key: 'missing', label: t.missing(report.missing.length), items: report.missing },
    { key: 'dropped', label: t.dropped(report.droppedProjects.length), items: report.droppedProjects },
  ].filter((l) => l.items.length > 0)
  return (
    <Modal
      open
      title={t.reviewTitle(report.sourceYear, report.targetYear)}
      width={960}
      onCancel={onClose}
      footer={[
        <Button key="cancel" onClick={onClose}>
          {text.common.cancel}
        </Button>,
        <Button key="apply" type="primary" onClick={() => void apply()} data-testid="published-apply">
          {t.apply}
        </Button>,
      ]}
      data-testid="published-review"
    >
      <Typography.Paragraph type="secondary">{t.source(source)}</Typography.Paragraph>
      {report.contradictions.length > 0 && <Alert type="warning" showIcon title={t.contradictions(report.contradictions.length)} className="import-section" data-testid="published-contradictions" />}
      <Collapse size="small" items={panels} defaultActiveKey={['organization', 'comparisons']} className="import-section" />
      {lists.length > 0 && (
        <Collapse
          size="small"
          className="import-section"
          data-testid="published-lists"
          items={lists.map((l) => ({ key: l.key, label: l.label, children: <List size="small" dataSource={l.items} renderItem={(i) => <List.Item>{i}</List.Item>} /> }))}
        />
      )}
      <Typography.Text strong>{t.notes}</Typography.Text>
      <ul className="import-notes">
        {report.notes.map((n) => (
          <li key={n}>{n}</li>
        ))}
      </ul>
    </Modal>
  )
}
