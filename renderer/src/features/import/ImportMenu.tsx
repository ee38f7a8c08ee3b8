// The toolbar's way in: 导入 (Excel, or a unit's document to merge) and the second way to 新建 —
// from last year's document.
import { DownOutlined } from '@ant-design/icons'
import { Button, Dropdown } from 'antd'
import { text } from '../../text/zh-CN'
import { requestImportScreen } from './import-request'

const t = text.importMenu

export function ImportMenu() {
  return (
    <Dropdown
      trigger={['click']}
      menu={{
        items: [
          { key: 'workbook', label: <span data-testid="cmd-import-workbook">{t.workbook}</span> },
          { key: 'merge', label: <span data-testid="cmd-merge">{t.merge}</span> },
          { key: 'catalog', label: <span data-testid="cmd-import-catalog">{t.catalog}</span> },
        ],
        onClick: ({ key }) => requestImportScreen(key === 'merge' ? 'merge' : key === 'catalog' ? 'catalog' : 'workbook'),
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
