// Web mode's file choice: the workspace's workbooks (.xlsx) or documents, newest first. The
// desktop app shows main's own dialog instead, so nothing here ever names a path.
import { Button, List, Typography } from 'antd'
import { useEffect, useState } from 'react'
import { call } from '../../api/client'
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
  }, [kind, refresh])
  return (
    <>
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
