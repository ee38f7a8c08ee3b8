// The toolbar's way in: 导入 (Excel, or a unit's document to merge), 导出为导入模板 (the document as a
// filled template that imports back to the same document) and the second way to 新建 — from last
// year's document.
import { DownOutlined } from '@ant-design/icons'
import { App as AntApp, Button, Dropdown } from 'antd'
import { call } from '../../api/client'
import { currentDocument } from '../../state/store'
import { text } from '../../text/zh-CN'
import { savable } from '../document/document-io'
import { requestImportScreen } from './import-request'

const t = text.importMenu

export function ImportMenu() {
  const { message, modal } = AntApp.useApp()
  const exportTemplate = async () => {
    const doc = currentDocument()
    if (!doc) return
    const s = savable(doc)
    if (!s.ok) {
      modal.error({ title: t.exportTemplateFailed, content: [t.exportTemplateInvalid, ...s.invalid.slice(0, 8).map((f) => f.message)].join('\n') })
      return
    }
    const r = await call('import:exportTemplate', { document: s.document })
    if (r.ok) void message.success(t.exportTemplateDone(r.value.name))
    else if (r.error.code !== 'CANCELLED') modal.error({ title: t.exportTemplateFailed, content: r.error.message })
  }
  return (
    <Dropdown
      trigger={['click']}
      menu={{
        items: [
          { key: 'workbook', label: <span data-testid="cmd-import-workbook">{t.workbook}</span> },
          { key: 'merge', label: <span data-testid="cmd-merge">{t.merge}</span> },
          { key: 'catalog', label: <span data-testid="cmd-import-catalog">{t.catalog}</span> },
          { type: 'divider' },
          { key: 'exportTemplate', label: <span data-testid="cmd-export-import-template">{t.exportTemplate}</span> },
        ],
        onClick: ({ key }) => {
          if (key === 'exportTemplate') void exportTemplate()
          else requestImportScreen(key === 'merge' ? 'merge' : key === 'catalog' ? 'catalog' : 'workbook')
        },
      }}
    >
      <Button data-testid="cmd-import">
        {t.button} <DownOutlined />
      </Button>
    </Dropdown>
  )
}

/** The arrow beside 新建: a blank document (the button itself) or one rolled over from last year. */
export function NewMenu({ onBlank }: { onBlank: () => void }) {
  return (
    <Dropdown
      trigger={['click']}
      menu={{
        items: [
          { key: 'blank', label: t.blank },
          { key: 'rollover', label: <span data-testid="cmd-rollover">{t.rollover}</span> },
          { key: 'published', label: <span data-testid="cmd-from-published">{t.published}</span> },
        ],
        onClick: ({ key }) => (key === 'rollover' || key === 'published' ? requestImportScreen(key) : onBlank()),
      }}
    >
      <Button aria-label={t.moreNew} icon={<DownOutlined />} data-testid="cmd-new-more" />
    </Dropdown>
  )
}
