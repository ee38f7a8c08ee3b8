// Web mode: the exported files as links the browser downloads (the export folder is on the host's
// disk, not the officer's), and all of them as one zip.
import { App as AntApp, Button, List, Typography } from 'antd'
import { downloadExport } from '../../api/transfer'
import { text } from '../../text/zh-CN'

export function DownloadList({ files }: { files: readonly string[] }) {
  const { modal } = AntApp.useApp()
  const t = text.transfer
  const get = async (which: { file: string } | { all: true }) => {
    const r = await downloadExport(which)
    if (!r.ok) modal.error({ title: t.downloadFailed, content: r.error.message })
  }
  return (
    <div className="download-list" data-testid="download-list">
      <Typography.Text type="secondary">{t.downloadHint}</Typography.Text>
      <List
        size="small"
        dataSource={[...files]}
        renderItem={(f) => (
          <List.Item>
            <Button type="link" className="download-link" onClick={() => void get({ file: f })} data-testid={`download-${f}`}>
              {f}
            </Button>
          </List.Item>
        )}
      />
      <Button type="primary" onClick={() => void get({ all: true })} data-testid="download-all">
        {t.downloadAll}
      </Button>
    </div>
  )
}
