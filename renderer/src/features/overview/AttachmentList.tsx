// 十二 其他说明's PDF attachments (model Attachment): add one (Electron: main's file dialog; web mode:
// a PDF of the workspace, listed here), rename, choose where it prints, reorder, remove. Main checks
// the file is a PDF and keeps it beside the document; the document stores the relative path only.
import { App as AntApp, Button, Input, List, Modal, Select, Space, Table, Typography } from 'antd'
import { useEffect, useState } from 'react'
import type { ResponseOf } from '../../../../core/api/contract'
import type { Attachment } from '../../../../core/model/disclosure-inputs'
import { call, isDesktop } from '../../api/client'
import { UploadButton } from '../../components/UploadButton'
import { newId } from '../../state/draft'
import { useSession } from '../../state/session'
import { fieldDomId } from '../../state/steps'
import { updateData } from '../../state/store'
import { text } from '../../text/zh-CN'
import { moveItem } from './move-item'

const t = text.attachmentList
type Placement = Attachment['placement']
const PLACEMENTS: Placement[] = ['purchase-service-catalog', 'other']

function setAttachments(recipe: (list: Attachment[]) => Attachment[], key?: string) {
  updateData((d) => ({ ...d, attachments: recipe(d.attachments) }), key)
}

function WorkspacePdfPicker({ onPick, onCancel }: { onPick: (name: string) => void; onCancel: () => void }) {
  const [files, setFiles] = useState<ResponseOf<'attachment:list'>['files'] | null>(null)
  const [error, setError] = useState<string | null>(null)
  useEffect(() => {
    void call('attachment:list', {}).then((r) => (r.ok ? setFiles(r.value.files) : setError(r.error.message)))
  }, [])
  return (
    <Modal open title={t.pickTitle} footer={null} onCancel={onCancel} width={600}>
      {/* A PDF on the officer's own disk: uploaded into the workspace, then attached. */}
      <UploadButton kind="attachment" onUploaded={onPick} testId="attachment-upload" />
      {error && <Typography.Text type="danger">{error}</Typography.Text>}
      <List
        loading={files === null && !error}
        dataSource={files ?? []}
        locale={{ emptyText: t.pickEmpty }}
        renderItem={(f) => (
          <List.Item actions={[<Button key="pick" type="link" onClick={() => onPick(f.name)} data-testid={`pick-pdf-${f.name}`}>{t.pick}</Button>]}>
            <List.Item.Meta title={f.name} description={new Date(f.modifiedAt).toLocaleString('zh-CN')} />
          </List.Item>
        )}
      />
    </Modal>
  )
}

export function AttachmentList() {
  const { modal, message } = AntApp.useApp()
  const { document } = useSession()
  const list = document.data.attachments
  const [picking, setPicking] = useState(false)

  const add = async (name?: string) => {
    setPicking(false)
    const r = await call('attachment:pick', name ? { name } : {})
    if (!r.ok) {
      if (r.error.code !== 'CANCELLED') modal.error({ title: r.error.code === 'NO_PATH' ? t.saveFirst : t.add, content: r.error.message })
      return
    }
    const { path, title } = r.value
    setAttachments((l) => [...l, { id: newId('att'), title: title || t.titleLabel, path, placement: 'purchase-service-catalog' }])
    void message.success(t.added(title, r.value.copied))
  }

  return (
    <div className="attachment-list" id={fieldDomId(['attachments'])} data-testid="attachment-list">
      <div className="editor-title">
        <Typography.Title level={5}>{t.title}</Typography.Title>
        <Button onClick={() => (isDesktop() ? void add() : setPicking(true))} data-testid="attachment-add">
          {t.add}
        </Button>
      </div>
      <Typography.Paragraph type="secondary">{t.hint}</Typography.Paragraph>
      <Table
        size="small"
        rowKey="id"
        pagination={false}
        dataSource={list}
        locale={{ emptyText: t.empty }}
        columns={[
          {
            title: t.titleLabel,
            render: (_, a, i) => (
              <Input
                id={fieldDomId(['attachments', i, 'title'])}
                value={a.title}
                status={a.title.trim() === '' ? 'error' : undefined}
                onChange={(e) => setAttachments((l) => l.map((x) => (x.id === a.id ? { ...x, title: e.target.value } : x)), `attachment-title-${a.id}`)}
                data-testid={`attachment-title-${i}`}
              />
            ),
          },
          {
            title: t.placement,
            width: 260,
            render: (_, a, i) => (
              <Select<Placement>
                value={a.placement}
                style={{ width: 240 }}
                onChange={(placement) => setAttachments((l) => l.map((x) => (x.id === a.id ? { ...x, placement } : x)))}
                options={PLACEMENTS.map((p) => ({ value: p, label: t.placements[p] }))}
                data-testid={`attachment-placement-${i}`}
              />
            ),
          },
          { title: t.file, dataIndex: 'path', ellipsis: true },
          {
            title: '',
            width: 200,
            render: (_, a, i) => (
              <Space size={0}>
                <Button type="link" size="small" disabled={i === 0} onClick={() => setAttachments((l) => moveItem(l, i, -1))} data-testid={`attachment-up-${i}`}>
                  {t.up}
                </Button>
                <Button type="link" size="small" disabled={i === list.length - 1} onClick={() => setAttachments((l) => moveItem(l, i, 1))}>
                  {t.down}
                </Button>
                <Button type="link" size="small" danger onClick={() => setAttachments((l) => l.filter((x) => x.id !== a.id))} data-testid={`attachment-remove-${i}`}>
                  {t.remove}
                </Button>
              </Space>
            ),
          },
        ]}
      />
      {picking && <WorkspacePdfPicker onPick={(name) => void add(name)} onCancel={() => setPicking(false)} />}
    </div>
  )
}
