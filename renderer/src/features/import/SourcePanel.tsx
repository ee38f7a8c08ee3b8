// Step 1 of the import: where the data goes (the open document or a new one), which workbook (main's
// dialog, or the workspace list in web mode), and the blank 导入模板 to fill in.
import { App as AntApp, Button, Card, Radio, Select, Space, Typography } from 'antd'
import { useEffect, useState } from 'react'
import { call, isDesktop } from '../../api/client'
import { text } from '../../text/zh-CN'
import { WorkspaceFiles } from './WorkspaceFiles'

export type Target = 'replace' | 'append' | 'new'

const t = text.importer

interface Props {
  years: number[]
  hasDocument: boolean
  target: Target
  onTarget: (t: Target) => void
  year: number
  onYear: (y: number) => void
  /** undefined: the desktop dialog; a name: a workbook in the workspace. */
  onPick: (name: string | undefined) => void
  busy: boolean
}

export function SourcePanel({ years, hasDocument, target, onTarget, year, onYear, onPick, busy }: Props) {
  const { message } = AntApp.useApp()
  const [workspace, setWorkspace] = useState<string | undefined>()
  const [refresh, setRefresh] = useState(0)
  const [templateYear, setTemplateYear] = useState(year)
  const desktop = isDesktop()
  useEffect(() => {
    if (!desktop) void call('app:info', {}).then((r) => r.ok && setWorkspace(r.value.workspace))
  }, [desktop])
  const yearOptions = years.map((y) => ({ value: y, label: text.format.year(y) }))

  const writeTemplate = async () => {
    const r = await call('import:template', { year: templateYear })
    if (r.ok) {
      void message.success(t.templateWritten(r.value.name, r.value.location))
      setRefresh((n) => n + 1)
    } else if (r.error.code !== 'CANCELLED') void message.error(r.error.message)
  }

  return (
    <Space orientation="vertical" size="middle" className="import-source">
      <Typography.Paragraph type="secondary">{t.sourceHint}</Typography.Paragraph>
      <Space wrap align="center">
        <Typography.Text strong>{t.targetTitle}</Typography.Text>
        <Radio.Group value={target} onChange={(e) => onTarget(e.target.value as Target)}>
          {hasDocument && <Radio value="replace">{t.targetReplace}</Radio>}
          {hasDocument && <Radio value="append">{t.targetAppend}</Radio>}
          <Radio value="new">{t.targetNew}</Radio>
        </Radio.Group>
        {target === 'new' && <Select value={year} onChange={onYear} options={yearOptions} style={{ width: 120 }} aria-label={t.newYear} data-testid="import-year" />}
      </Space>
      {desktop ? (
        <Button type="primary" size="large" loading={busy} onClick={() => onPick(undefined)} data-testid="import-pick">
          {t.pickDesktop}
        </Button>
      ) : (
        <>
          {workspace && <Typography.Text type="secondary">{t.workspaceHint(workspace)}</Typography.Text>}
          <WorkspaceFiles kind="workbook" onPick={onPick} refresh={refresh} testId="import-workbooks" disabled={busy} />
        </>
      )}
      <Card size="small" title={t.templateTitle}>
        <Typography.Paragraph type="secondary">{t.templateHint}</Typography.Paragraph>
        <Space wrap>
          <Select value={templateYear} onChange={setTemplateYear} options={yearOptions} style={{ width: 120 }} aria-label={t.templateYear} />
          <Button onClick={() => void writeTemplate()} data-testid="import-template">
            {t.templateButton}
          </Button>
        </Space>
      </Card>
    </Space>
  )
}
