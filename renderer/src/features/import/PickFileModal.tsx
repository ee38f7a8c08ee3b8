// The first screen of the import dialogs that read one file: in the desktop app main's file dialog is
// already open (busy text only); in browser mode the work folder's files are listed to pick from.
import { Alert, Button, Modal, Typography } from 'antd'
import { text } from '../../text/zh-CN'
import type { PickRun } from './use-pick-run'
import { WorkspaceFiles } from './WorkspaceFiles'

interface Props {
  title: string
  hint: string
  working: string
  kind: 'document' | 'published' | 'catalog'
  /** data-testid prefix: `<id>-dialog`, `<id>-error`. */
  testId: string
  filesTestId: string
  pick: PickRun
  onClose: () => void
}

export function PickFileModal({ title, hint, working, kind, testId, filesTestId, pick, onClose }: Props) {
  const { busy, error, desktop, run } = pick
  return (
    <Modal open title={title} width={720} onCancel={onClose} footer={<Button onClick={onClose}>{text.common.cancel}</Button>} data-testid={`${testId}-dialog`}>
      <Typography.Paragraph type="secondary">{hint}</Typography.Paragraph>
      {error && <Alert type="error" showIcon title={error} className="import-error" data-testid={`${testId}-error`} />}
      {desktop ? <Typography.Text>{busy ? working : ''}</Typography.Text> : <WorkspaceFiles kind={kind} onPick={(n) => void run(n)} testId={filesTestId} disabled={busy} />}
      {!desktop && busy && <Typography.Text>{working}</Typography.Text>}
    </Modal>
  )
}
