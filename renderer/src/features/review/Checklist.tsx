// The items of the 体检 the app cannot know (公开渠道, 真实性 …): the officer ticks them. The ticks are
// saved in the document (selfCheckTicks) so the 自查表 printed later says what was confirmed.
import { Checkbox, Typography } from 'antd'
import { DIMENSION_LABELS, type ChecklistItem } from '../../../../core/rules/inspection'
import { updateData } from '../../state/store'
import { text } from '../../text/zh-CN'

const t = text.inspection

export function setTick(id: string, checked: boolean): void {
  updateData((d) => {
    const ticks = { ...(d.selfCheckTicks ?? {}) }
    if (checked) ticks[id] = true
    else delete ticks[id]
    return { ...d, selfCheckTicks: ticks }
  })
}

export function Checklist({ items, ticks }: { items: readonly ChecklistItem[]; ticks: Readonly<Record<string, boolean>> }) {
  const done = items.filter((c) => ticks[c.id]).length
  return (
    <div className="checklist" data-testid="checklist">
      <div className="editor-title">
        <Typography.Title level={5}>{t.checklistTitle}</Typography.Title>
        <Typography.Text type={done === items.length ? 'success' : 'secondary'} data-testid="checklist-count">
          {t.ticked(done, items.length)}
        </Typography.Text>
      </div>
      <Typography.Paragraph type="secondary">{t.checklistHint}</Typography.Paragraph>
      <ul className="checklist-items">
        {items.map((c) => (
          <li key={c.id}>
            <Checkbox checked={ticks[c.id] === true} onChange={(e) => setTick(c.id, e.target.checked)} data-testid={`check-${c.id}`}>
              <span className="checklist-dimension">{DIMENSION_LABELS[c.dimension]}</span>
              {c.text}
            </Checkbox>
          </li>
        ))}
      </ul>
    </div>
  )
}
