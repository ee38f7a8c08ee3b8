// The officer's own indicator library (Performance.indicatorLibrary, saved in the document): add a
// form's new indicators to it, and see or remove what was added. The core decides what is new.
import { App as AntApp, Button, Collapse, List, Tag, Tooltip, Typography } from 'antd'
import { LEVEL2_LABELS, type Indicator } from '../../../../core/model/performance'
import { addToUserLibrary, type LibraryEntry } from '../../../../core/performance/indicator-library'
import { formatIndicatorValue } from '../../../../core/performance/indicator-value'
import { updateData } from '../../state/store'
import { newIndicators } from './library-helpers'
import { text } from '../../text/zh-CN'

const t = text.indicatorLibrary

function setUserLibrary(recipe: (user: Indicator[]) => Indicator[]) {
  updateData((d) => ({ ...d, performance: { ...d.performance, indicatorLibrary: recipe(d.performance.indicatorLibrary) } }))
}

export function AddToLibraryButton({ indicators, library, testId }: { indicators: readonly Indicator[]; library: readonly LibraryEntry[]; testId: string }) {
  const { message } = AntApp.useApp()
  const fresh = newIndicators(indicators, library)
  const add = () => {
    // The note (指标解释) stays with the form; the library keeps name, level and value.
    setUserLibrary((user) => fresh.reduce((acc, i) => addToUserLibrary(acc, { level1: i.level1, level2: i.level2, name: i.name.trim(), value: { ...i.value } }), user))
    void message.success(t.added(fresh.length))
  }
  return (
    <Tooltip title={t.addHint}>
      <Button size="small" onClick={add} disabled={fresh.length === 0} data-testid={testId}>
        {t.addToMine(fresh.length)}
      </Button>
    </Tooltip>
  )
}

export function MyIndicatorLibrary({ user, error }: { user: readonly Indicator[]; error: string | undefined }) {
  const remove = (index: number) => setUserLibrary((list) => list.filter((_, i) => i !== index))
  return (
    <>
      {error && <Typography.Text type="warning">{`${t.loadFailed}${error}`}</Typography.Text>}
      <Collapse
        size="small"
        className="my-library"
        data-testid="my-library"
        items={[
          {
            key: 'mine',
            label: t.mineTitle(user.length),
            children:
              user.length === 0 ? (
                <Typography.Text type="secondary">{t.mineEmpty}</Typography.Text>
              ) : (
                <List
                  size="small"
                  dataSource={user.map((indicator, index) => ({ indicator, index }))}
                  renderItem={({ indicator, index }) => (
                    <List.Item
                      actions={[
                        <Button key="remove" type="link" size="small" danger onClick={() => remove(index)}>
                          {t.remove}
                        </Button>,
                      ]}
                    >
                      <span className="my-library-entry">
                        <Tag>{LEVEL2_LABELS[indicator.level2]}</Tag>
                        <span data-testid="my-library-name">{indicator.name}</span>
                        <Typography.Text type="secondary">{formatIndicatorValue(indicator.value)}</Typography.Text>
                      </span>
                    </List.Item>
                  )}
                />
              ),
          },
        ]}
      />
    </>
  )
}
