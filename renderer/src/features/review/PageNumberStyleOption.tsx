// The page-number style of the exported PDF and Word copy (settings.pageNumberStyle), chosen beside
// the export buttons and saved in the document: `第 N 页 / 共 M 页` (when unset) or the 公文 style of
// GB/T 9704-2012 `— N —` on the outer side of the page.
import { Form, Radio } from 'antd'
import type { PageNumberStyle } from '../../../../core/model/document-data'
import { updateData, useEditor } from '../../state/store'
import { text } from '../../text/zh-CN'

/** Sets the style in the document; the default style is stored as absent, so old files stay unchanged. */
export function setPageNumberStyle(style: PageNumberStyle): void {
  updateData((d) => {
    const current = d.settings.pageNumberStyle ?? 'page-of-total'
    if (current === style) return d
    const settings = { ...d.settings }
    if (style === 'page-of-total') delete settings.pageNumberStyle
    else settings.pageNumberStyle = style
    return { ...d, settings }
  }, 'page-number-style')
}

export function PageNumberStyleOption() {
  const t = text.review.pageNumbers
  const style = useEditor((s) => s.history?.present.data.settings.pageNumberStyle ?? 'page-of-total')
  return (
    <Form.Item label={t.label} help={t.help} className="page-number-style">
      <Radio.Group
        value={style}
        onChange={(e) => setPageNumberStyle(e.target.value as PageNumberStyle)}
        data-testid="page-number-style"
        options={[
          { value: 'page-of-total', label: <span data-testid="page-number-page-of-total">{t.pageOfTotal}</span> },
          { value: 'gbt9704', label: <span data-testid="page-number-gbt9704">{t.gbt9704}</span> },
        ]}
      />
    </Form.Item>
  )
}
