// The bar above every step: the document's name and state, file commands, undo/redo and the live
// count of open findings (a click goes to 检查与导出).
import { Badge, Button, Space, Tag, Tooltip, Typography } from 'antd'
import { memo } from 'react'
import { countBySeverity } from '../../state/analyze-draft'
import { useAnalysed } from '../../state/session'
import { goToStep, isDirty, redoEdit, undoEdit, useEditor } from '../../state/store'
import { text } from '../../text/zh-CN'
import { ImportMenu, NewMenu } from '../import/ImportMenu'
import { useDocumentCommands } from './DocumentProvider'

// Memoised: the commands repaint when the file's state changes, the count when the findings do.
export const Toolbar = memo(function Toolbar() {
  const c = useDocumentCommands()
  const ref = useEditor((s) => s.ref)
  const dirty = useEditor((s) => isDirty(s))
  const canUndo = useEditor((s) => (s.history?.past.length ?? 0) > 0)
  const canRedo = useEditor((s) => (s.history?.future.length ?? 0) > 0)
  return (
    <div className="toolbar">
      <Typography.Text strong className="app-name">
        {text.appName}
      </Typography.Text>
      <Space className="doc-title" size={6}>
        <span data-testid="doc-name">{ref?.name ?? text.common.untitled}</span>
        {dirty ? <Tag color="orange" data-testid="dirty-flag">{text.common.unsaved}</Tag> : <Tag color="green">{text.common.saved}</Tag>}
      </Space>
      <Space wrap size={4}>
        <Space.Compact>
          <Button onClick={() => void c.newDocument()} data-testid="cmd-new">{text.toolbar.new}</Button>
          <NewMenu onBlank={() => void c.newDocument()} />
        </Space.Compact>
        <Button onClick={() => void c.open()} data-testid="cmd-open">{text.toolbar.open}</Button>
        <ImportMenu />
        <Button onClick={() => void c.openSample()} data-testid="cmd-sample">{text.toolbar.openSample}</Button>
        <Tooltip title="Ctrl+S">
          <Button type="primary" onClick={() => void c.save()} data-testid="cmd-save">{text.toolbar.save}</Button>
        </Tooltip>
        <Button onClick={() => void c.saveAs()} data-testid="cmd-save-as">{text.toolbar.saveAs}</Button>
        <Tooltip title="Ctrl+Z">
          <Button onClick={undoEdit} disabled={!canUndo} data-testid="cmd-undo">{text.toolbar.undo}</Button>
        </Tooltip>
        <Tooltip title="Ctrl+Y">
          <Button onClick={redoEdit} disabled={!canRedo} data-testid="cmd-redo">{text.toolbar.redo}</Button>
        </Tooltip>
        <Button type="link" onClick={c.about} data-testid="cmd-about">{text.about.link}</Button>
      </Space>
      <FindingsSummary />
    </div>
  )
})

function FindingsSummary() {
  const { result } = useAnalysed()
  const counts = countBySeverity(result?.findings ?? [])
  return (
    <button type="button" className="findings-summary" onClick={() => goToStep('review')} data-testid="findings-summary" data-errors={counts.error} data-warnings={counts.warning}>
      <Badge status={!result ? 'processing' : counts.error > 0 ? 'error' : counts.warning > 0 ? 'warning' : 'success'} />
      {result ? text.toolbar.findings(counts.error, counts.warning) : text.findings.analysing}
    </button>
  )
}
