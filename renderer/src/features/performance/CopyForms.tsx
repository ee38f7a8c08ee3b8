// Copying 绩效目标 forms: from another project of this document (core copyFormFromProject; the 年度
// and 实施期 money follow this project's lines) and from last year's document (main reads the file
// picked in its dialog or in the workspace and runs copyFormsFromPriorDocument; the officer reads the
// report and applies it as one undoable edit).
import { App as AntApp, Button, Checkbox, List, Modal, Popconfirm, Select, Space, Tooltip, Typography } from 'antd'
import { useEffect, useState } from 'react'
import type { ResponseOf } from '../../../../core/api/contract'
import type { Derivation } from '../../../../core/calc/derive'
import { defaultImplementationFunding, projectFormAmounts } from '../../../../core/performance/amounts'
import { copyFormFromProject } from '../../../../core/performance/copy-forms'
import { call, isDesktop } from '../../api/client'
import { currentDocument, updateData } from '../../state/store'
import { text } from '../../text/zh-CN'
import { savable } from '../document/document-io'

const t = text.formCopy

export function CopyFromProject({ derivation, targetId, exists }: { derivation: Derivation; targetId: string; exists: boolean }) {
  const { message } = AntApp.useApp()
  const [source, setSource] = useState<string | undefined>(undefined)
  const forms = derivation.data.performance.projectForms
  const names = new Map(derivation.data.projects.map((p) => [p.id, p.name]))
  const options = forms.filter((f) => f.projectId !== targetId).map((f) => ({ value: f.projectId, label: names.get(f.projectId) ?? f.projectId }))
  const copy = () => {
    updateData((d) => {
      const from = d.performance.projectForms.find((f) => f.projectId === source)
      if (!from) return d
      const form = { ...copyFormFromProject(from, targetId), ...defaultImplementationFunding(projectFormAmounts(derivation, targetId)) }
      const present = d.performance.projectForms.some((f) => f.projectId === targetId)
      const projectForms = present ? d.performance.projectForms.map((f) => (f.projectId === targetId ? form : f)) : [...d.performance.projectForms, form]
      return { ...d, performance: { ...d.performance, projectForms } }
    })
    void message.success(t.copied(names.get(source ?? '') ?? ''))
  }
  const button = (
    <Button disabled={!source} onClick={exists ? undefined : copy} data-testid="copy-form-from-project">
      {t.copy}
    </Button>
  )
  return (
    <Space wrap className="copy-form" data-testid="copy-form">
      <Tooltip title={t.fromProjectHint}>
        <Typography.Text>{`${t.fromProject}：`}</Typography.Text>
      </Tooltip>
      <Select
        showSearch={{ optionFilterProp: 'label' }}
        style={{ width: 360 }}
        placeholder={t.sourcePlaceholder}
        value={source}
        onChange={setSource}
        options={options}
        data-testid="copy-form-source"
      />
      {exists && source ? (
        <Popconfirm title={t.overwriteConfirm} onConfirm={copy} okText={text.common.ok} cancelText={text.common.cancel}>
          {button}
        </Popconfirm>
      ) : (
        button
      )}
    </Space>
  )
}

type PriorResult = ResponseOf<'performance:copyFromPrior'>

function PriorReport({ result, onApply, onCancel }: { result: PriorResult; onApply: () => void; onCancel: () => void }) {
  const r = result.report
  const year = currentDocument()?.data.department.budgetYear
  const lines = [
    year !== undefined && result.source.budgetYear !== year - 1 ? t.notPriorYear(result.source.budgetYear, year) : '',
    r.copied.length > 0 ? t.copiedN(r.copied.length) : r.kept.length > 0 ? t.nothingNew : t.nothing,
    r.kept.length > 0 ? t.keptN(r.kept.length) : '',
    r.unmatched.length > 0 ? `${t.unmatchedN(r.unmatched.length)}：${r.unmatched.map((u) => u.projectName).join('、')}` : '',
    r.unused.length > 0 ? `${t.unusedN(r.unused.length)}：${r.unused.map((u) => u.projectName).join('、')}` : '',
    r.overallCopied ? t.overallCopied : '',
  ].filter(Boolean)
  return (
    <Modal
      open
      width={720}
      title={t.reportTitle(result.source.name, result.source.budgetYear)}
      onOk={onApply}
      onCancel={onCancel}
      okText={t.apply}
      cancelText={text.common.cancel}
      okButtonProps={{ disabled: r.copied.length === 0 && !r.overallCopied, 'data-testid': 'prior-apply' } as never}
    >
      <ul className="prior-report" data-testid="prior-report">
        {lines.map((l) => (
          <li key={l}>{l}</li>
        ))}
      </ul>
      {r.notes.length > 0 && (
        <>
          <Typography.Text strong>{t.notesTitle}</Typography.Text>
          <ul className="prior-report-notes">
            {r.notes.map((n) => (
              <li key={n}>{n}</li>
            ))}
          </ul>
        </>
      )}
    </Modal>
  )
}

export function CopyFromPrior() {
  const { modal } = AntApp.useApp()
  const [open, setOpen] = useState(false)
  const [overwrite, setOverwrite] = useState(false)
  const [files, setFiles] = useState<{ name: string }[] | null>(null)
  const [result, setResult] = useState<PriorResult | null>(null)
  const [busy, setBusy] = useState(false)
  const desktop = isDesktop()
  useEffect(() => {
    if (open && !desktop) void call('document:list', {}).then((r) => setFiles(r.ok ? r.value.files : []))
  }, [open, desktop])
  const pick = async (name?: string) => {
    const doc = currentDocument()
    if (!doc) return
    const s = savable(doc)
    if (!s.ok) {
      modal.error({ title: text.review.exportBlocked, content: s.invalid.slice(0, 8).map((f) => f.message).join('\n') })
      return
    }
    setBusy(true)
    const r = await call('performance:copyFromPrior', name ? { document: s.document, name, overwrite } : { document: s.document, overwrite })
    setBusy(false)
    if (r.ok) {
      setOpen(false)
      setResult(r.value)
    } else if (r.error.code !== 'CANCELLED') modal.error({ title: t.priorTitle, content: r.error.message })
  }
  const apply = () => {
    if (!result) return
    const p = result.performance
    updateData((d) => ({ ...d, performance: { ...d.performance, projectForms: p.projectForms, ...(p.overall ? { overall: p.overall } : {}) } }))
    setResult(null)
  }
  return (
    <>
      <Button onClick={() => setOpen(true)} data-testid="copy-from-prior">
        {t.fromPrior}
      </Button>
      {open && (
        <Modal open title={t.priorTitle} footer={null} onCancel={() => setOpen(false)} width={640}>
          <Typography.Paragraph type="secondary">{t.priorHint}</Typography.Paragraph>
          <Checkbox checked={overwrite} onChange={(e) => setOverwrite(e.target.checked)} data-testid="prior-overwrite">
            {t.overwrite}
          </Checkbox>
          {desktop ? (
            <div className="dialog-actions">
              <Button type="primary" loading={busy} onClick={() => void pick()}>
                {t.pickDocument}
              </Button>
            </div>
          ) : (
            <List
              loading={files === null || busy}
              dataSource={files ?? []}
              locale={{ emptyText: t.noDocuments }}
              renderItem={(f) => (
                <List.Item actions={[<Button key="pick" type="link" onClick={() => void pick(f.name)} data-testid={`prior-${f.name}`}>{text.attachmentList.pick}</Button>]}>
                  {f.name}
                </List.Item>
              )}
            />
          )}
        </Modal>
      )}
      {result && <PriorReport result={result} onApply={apply} onCancel={() => setResult(null)} />}
    </>
  )
}
