// The document dialogs of web mode and of both modes: new (template year), open from the workspace,
// samples, save as (a name; main picks the folder), unsaved changes, and inputs that cannot be saved.
import { Button, Input, List, Modal, Select, Space, Typography, type InputRef } from 'antd'
import { useEffect, useRef, useState } from 'react'
import type { Finding } from '../../../../core/rules/finding'
import { call } from '../../api/client'
import { FindingList } from '../../components/FindingList'
import { jumpTo } from '../../state/jump'
import { text } from '../../text/zh-CN'
import { arrowAtEnd, preparedBudgetYear } from './new-year'

const t = text.documentDialogs

export interface NewRequest {
  year: number
  departmentName?: string
}

export function NewDialog({ years, onOk, onCancel }: { years: number[]; onOk: (r: NewRequest) => void; onCancel: () => void }) {
  const [year, setYear] = useState(() => preparedBudgetYear(new Date(), years))
  const [open, setOpen] = useState(false)
  const [active, setActive] = useState<number | undefined>(undefined)
  const [name, setName] = useState('')
  const nameRef = useRef<InputRef>(null)
  const ok = () => onOk(name.trim() ? { year, departmentName: name.trim() } : { year })
  // The name is what the officer types first; the year already holds the usual choice.
  return (
    <Modal open title={t.newTitle} onOk={ok} onCancel={onCancel} okText={text.common.ok} cancelText={text.common.cancel} okButtonProps={{ 'data-testid': 'new-ok' } as never} afterOpenChange={(o) => o && nameRef.current?.focus()}>
      <Space orientation="vertical" style={{ width: '100%' }}>
        <Typography.Text>{t.newYear}</Typography.Text>
        <span
          onKeyDownCapture={(e) => {
            // The list stops at its ends: ArrowDown on the last year does not jump to the first.
            if (open && arrowAtEnd(e.key, active, years)) {
              e.preventDefault()
              e.stopPropagation()
            }
          }}
        >
          <Select
            value={year}
            onChange={setYear}
            open={open}
            onOpenChange={(o) => {
              setOpen(o)
              if (o) setActive(year)
            }}
            onActive={(v: number) => setActive(v)}
            style={{ width: 160 }}
            options={years.map((y) => ({ value: y, label: text.format.year(y) }))}
            data-testid="new-year"
          />
        </span>
        <Typography.Text>{t.newName}</Typography.Text>
        <Input ref={nameRef} autoFocus value={name} onChange={(e) => setName(e.target.value)} placeholder={t.newNamePlaceholder} data-testid="new-name" onPressEnter={ok} />
        <Typography.Text type="secondary">{t.newHint}</Typography.Text>
      </Space>
    </Modal>
  )
}

interface Listed {
  name: string
  modifiedAt: string
  size: number
}

export function OpenDialog({ onOpen, onCancel }: { onOpen: (name: string) => void; onCancel: () => void }) {
  const [files, setFiles] = useState<Listed[] | null>(null)
  const [error, setError] = useState<string | null>(null)
  useEffect(() => {
    void call('document:list', {}).then((r) => (r.ok ? setFiles(r.value.files) : setError(r.error.message)))
  }, [])
  return (
    <Modal open title={t.openTitle} footer={null} onCancel={onCancel} width={640}>
      {error && <Typography.Text type="danger">{error}</Typography.Text>}
      <List
        loading={files === null && !error}
        dataSource={files ?? []}
        locale={{ emptyText: t.openEmpty }}
        renderItem={(f) => (
          <List.Item actions={[<Button key="open" type="link" onClick={() => onOpen(f.name)} data-testid={`open-${f.name}`}>{text.toolbar.open}</Button>]}>
            <List.Item.Meta title={f.name} description={t.openModified(new Date(f.modifiedAt).toLocaleString('zh-CN'))} />
          </List.Item>
        )}
      />
    </Modal>
  )
}

export function SampleDialog({ onOpen, onCancel }: { onOpen: (id: '000' | '001' | '004') => void; onCancel: () => void }) {
  return (
    <Modal open title={t.sampleTitle} footer={null} onCancel={onCancel}>
      <Space orientation="vertical" style={{ width: '100%' }}>
        {(['000', '001', '004'] as const).map((id) => (
          <Button key={id} block onClick={() => onOpen(id)} data-testid={`sample-${id}`}>
            {t.samples[id]}
          </Button>
        ))}
      </Space>
    </Modal>
  )
}

export function SaveAsDialog({ initial, onOk, onCancel }: { initial: string; onOk: (name: string) => void; onCancel: () => void }) {
  const [name, setName] = useState(initial)
  const nameRef = useRef<InputRef>(null)
  const bad = /[/\\:*?"<>|]/.test(name) || name.trim() === ''
  return (
    <Modal open title={t.saveAsTitle} onOk={() => !bad && onOk(name.trim())} okButtonProps={{ disabled: bad, 'data-testid': 'save-as-ok' } as never} onCancel={onCancel} okText={text.toolbar.save} cancelText={text.common.cancel} afterOpenChange={(o) => o && nameRef.current?.focus()}>
      <Typography.Text>{t.saveAsName}</Typography.Text>
      <Input ref={nameRef} autoFocus value={name} onChange={(e) => setName(e.target.value)} placeholder={t.saveAsPlaceholder} status={bad ? 'error' : undefined} data-testid="save-as-name" onPressEnter={() => !bad && onOk(name.trim())} />
      {bad && <Typography.Text type="danger">{t.badName}</Typography.Text>}
    </Modal>
  )
}

export function UnsavedDialog({ onAnswer }: { onAnswer: (answer: 'save' | 'discard' | 'cancel') => void }) {
  return (
    <Modal
      open
      title={t.unsavedTitle}
      onCancel={() => onAnswer('cancel')}
      footer={[
        <Button key="cancel" onClick={() => onAnswer('cancel')}>
          {text.common.cancel}
        </Button>,
        <Button key="discard" danger onClick={() => onAnswer('discard')} data-testid="unsaved-discard">
          {t.discard}
        </Button>,
        <Button key="save" type="primary" onClick={() => onAnswer('save')} data-testid="unsaved-save">
          {t.saveFirst}
        </Button>,
      ]}
    >
      {t.unsavedBody}
    </Modal>
  )
}

export function InvalidDialog({ invalid, onClose }: { invalid: Finding[]; onClose: () => void }) {
  return (
    <Modal open title={t.invalidTitle} onCancel={onClose} footer={<Button onClick={onClose}>{text.common.close}</Button>} width={720}>
      <Typography.Paragraph>{t.invalidBody(invalid.length)}</Typography.Paragraph>
      <FindingList
        findings={invalid}
        onJump={(f) => {
          onClose()
          jumpTo(f)
        }}
        testId="invalid-list"
      />
    </Modal>
  )
}
