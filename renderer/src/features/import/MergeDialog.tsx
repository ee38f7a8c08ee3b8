// 合并所属单位文档: a unit's own document (same template year) replaces that unit's lines, projects,
// forms and 政府采购 in the department document — after a preview of what changes, and only when the
// officer confirms. Main refuses a unit the department does not know.
import { App as AntApp, Alert, Button, Descriptions, Modal, Tag, Typography } from 'antd'
import { useState } from 'react'
import type { z } from 'zod'
import type { BudgetDocument } from '../../../../core/document/envelope'
import { yuanToFen } from '../../../../core/money/money'
import type { UnitMergePreviewSchema } from '../../../../core/rollover/schemas'
import { call } from '../../api/client'
import { text } from '../../text/zh-CN'
import { yuanAndWan } from '../shared/sums'
import { applyToCurrent, baseDocument } from './import-io'
import { usePickRun } from './use-pick-run'
import { PickFileModal } from './PickFileModal'

type MergePreview = z.infer<typeof UnitMergePreviewSchema>
const t = text.merge

interface Merged {
  document: BudgetDocument
  preview: MergePreview
  source: string
  draft: BudgetDocument
}

export function MergeDialog({ onClose }: { onClose: () => void }) {
  const { message } = AntApp.useApp()
  const [merged, setMerged] = useState<Merged | null>(null)

  const run = async (name?: string) => {
    setError(null)
    const base = baseDocument()
    if (!base) return setError(t.needDocument)
    if (!base.ok) return setError(base.message)
    setBusy(true)
    const r = await call('document:mergeUnit', { document: base.document, ...(name !== undefined ? { name } : {}) })
    setBusy(false)
    if (!r.ok) return refuse(r.error)
    setMerged({ ...r.value, draft: base.draft })
  }
  const pick = usePickRun(run, onClose)
  const { setBusy, error, setError, refuse } = pick

  const apply = () => {
    if (!merged) return
    if (!applyToCurrent(merged.draft, merged.document)) return setError(text.importer.changedMeanwhile)
    void message.success(t.merged(merged.preview.unit.name))
    onClose()
  }

  if (!merged) {
    return <PickFileModal title={t.pickTitle} hint={t.pickHint} working={t.working} kind="document" testId="merge" filesTestId="merge-files" pick={pick} onClose={onClose} />
  }
  const p = merged.preview
  const unchanged = p.lines.added + p.lines.removed + p.lines.changed + p.projects.added.length + p.projects.removed.length + p.projects.changed.length + p.forms.added + p.forms.removed + p.forms.changed + p.procurement.added + p.procurement.removed + p.procurement.changed === 0
  const names = (label: string, list: string[]) => (list.length > 0 ? <div>{`${label}${list.join('、')}`}</div> : null)
  return (
    <Modal
      open
      title={t.previewTitle(p.unit.name)}
      width={820}
      onCancel={onClose}
      footer={[
        <Button key="cancel" onClick={onClose}>
          {text.common.cancel}
        </Button>,
        <Button key="apply" type="primary" disabled={unchanged} onClick={apply} data-testid="merge-apply">
          {t.apply}
        </Button>,
      ]}
      data-testid="merge-preview"
    >
      <Typography.Paragraph type="secondary">{t.source(merged.source)}</Typography.Paragraph>
      {error && <Alert type="error" showIcon title={error} className="import-error" />}
      {unchanged && <Alert type="info" showIcon title={t.noChange} className="import-error" />}
      <Descriptions bordered size="small" column={1} data-testid="merge-summary">
        <Descriptions.Item label={text.fields.unitId}>
          {p.unit.name} <Tag>{t.matchedBy[p.unit.matchedBy]}</Tag>
        </Descriptions.Item>
        <Descriptions.Item label={t.lines}>
          <span data-testid="merge-lines">{t.counts(p.lines.added, p.lines.removed, p.lines.changed, p.lines.unchanged)}</span>
        </Descriptions.Item>
        <Descriptions.Item label={t.amount}>
          <span data-testid="merge-amount">{t.amountChange(yuanAndWan(yuanToFen(p.lines.amountBefore)), yuanAndWan(yuanToFen(p.lines.amountAfter)))}</span>
        </Descriptions.Item>
        <Descriptions.Item label={t.projects}>
          {t.projectCounts(p.projects.added.length, p.projects.removed.length, p.projects.changed.length, p.projects.unchanged)}
          {names(t.added, p.projects.added)}
          {names(t.removed, p.projects.removed)}
          {names(t.changed, p.projects.changed)}
        </Descriptions.Item>
        <Descriptions.Item label={t.forms}>{t.counts(p.forms.added, p.forms.removed, p.forms.changed, p.forms.unchanged)}</Descriptions.Item>
        <Descriptions.Item label={t.procurement}>{t.counts(p.procurement.added, p.procurement.removed, p.procurement.changed, p.procurement.unchanged)}</Descriptions.Item>
      </Descriptions>
      {p.notes && p.notes.length > 0 && <Alert type="warning" showIcon data-testid="merge-notes" title={p.notes.join('；')} />}
    </Modal>
  )
}
