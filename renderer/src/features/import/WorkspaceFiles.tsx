// Web mode's file choice: the workspace's workbooks (.xlsx) or documents, newest first, read again
// when the window regains focus (a file copied in meanwhile) or on 刷新; a workbook can also be
// uploaded from the officer's disk and is then picked. The desktop app shows main's own dialog
// instead, so nothing here ever names a path.
import { Button, List, Space, Typography } from 'antd'
import { useEffect, useState } from 'react'
import { call } from '../../api/client'
import { UploadButton } from '../../components/UploadButton'
import { text } from '../../text/zh-CN'

interface Listed {
  name: string
  modifiedAt: string
}

interface Props {
  kind: 'workbook' | 'document' | 'published' | 'catalog'
  onPick: (name: string) => void
  /** Changes when the folder changed (a template was just written). */
  refresh?: number
  testId: string
  disabled?: boolean
}

export function WorkspaceFiles({ kind, onPick, refresh = 0, testId, disabled }: Props) {
  const [files, setFiles] = useState<Listed[] | null>(null)
  const [error, setError] = useState<string | null>(null)
  const [tick, setTick] = useState(0)
  useEffect(() => {
    const again = () => setTick((n) => n + 1)
    window.addEventListener('focus', again)
    return () => window.removeEventListener('focus', again)
  }, [])
  useEffect(() => {
    let live = true
    const listed =
      kind === 'workbook'
        ? call('import:listWorkbooks', {})
        : kind === 'published'
          ? call('document:listPublished', {})
          : kind === 'catalog'
            ? call('catalog:listFiles', {})
            : call('document:list', {})
    void listed.then((r) => {
      if (!live) return
      if (r.ok) setFiles(r.value.files)
      else setError(r.error.message)
    })
    return () => {
      live = false
    }
  }, [kind, refresh, tick])
  return (
    <>
      <Space className="import-files-actions" wrap>
        {kind === 'workbook' && (
          <UploadButton
            kind="workbook"
            disabled={disabled}
            testId={`${testId}-upload`}
            onUploaded={(name) => {
              setTick((n) => n + 1)
              onPick(name)
            }}
          />
        )}
        <Button onClick={() => setTick((n) => n + 1)} data-testid={`${testId}-refresh`}>
          {text.transfer.refresh}
        </Button>
      </Space>
      {error && <Typography.Text type="danger">{error}</Typography.Text>}
      <List
        size="small"
        bordered
        className="import-files"
        data-testid={testId}
        loading={files === null && !error}
        dataSource={files ?? []}
        locale={{ emptyText: kind === 'workbook' ? text.importer.noWorkbooks : kind === 'published' ? text.published.noFiles : kind === 'catalog' ? text.catalogImport.noFiles : text.rollover.noDocuments }}
        renderItem={(f) => (
          <List.Item
            actions={[
              <Button key="pick" type="link" disabled={disabled} onClick={() => onPick(f.name)} data-testid={`${testId}-${f.name}`}>
                {text.importer.pick}
              </Button>,
            ]}
          >
            <List.Item.Meta title={f.name} description={text.documentDialogs.openModified(new Date(f.modifiedAt).toLocaleString('zh-CN'))} />
          </List.Item>
        )}
      />
    </>
  )
}
