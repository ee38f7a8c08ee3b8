// The 发布前体检 part of the last step: the five dimensions, the officer's checklist and the button
// that opens the printable 自查表.
import { Alert, Button, Spin, Typography } from 'antd'
import { useCallback, useMemo, useState } from 'react'
import { selfCheckTable } from '../../../../core/rules/inspection'
import { useSession } from '../../state/session'
import { text } from '../../text/zh-CN'
import { Checklist } from './Checklist'
import { InspectionPanel } from './InspectionPanel'
import { SelfCheckPrint } from './SelfCheckPrint'
import type { LiveInspection } from '../../state/live-inspection'

const t = text.inspection
const NO_TICKS: Readonly<Record<string, boolean>> = {}

export function InspectionSection({ live }: { live: LiveInspection | null }) {
  const { document, result, template } = useSession()
  const ticks = document.data.selfCheckTicks ?? NO_TICKS
  const [printing, setPrinting] = useState(false)
  const close = useCallback(() => setPrinting(false), [])
  const table = useMemo(() => (printing && live ? selfCheckTable(live.inspection, ticks) : null), [printing, live, ticks])
  return (
    <section className="inspection-section" data-testid="inspection-section">
      <div className="editor-title">
        <Typography.Title level={5}>{t.title}</Typography.Title>
        <Button onClick={() => setPrinting(true)} disabled={!live} data-testid="self-check-open">
          {t.print}
        </Button>
      </div>
      <Typography.Paragraph type="secondary">{t.hint}</Typography.Paragraph>
      {live ? (
        <>
          <InspectionPanel live={live} />
          <Checklist items={live.inspection.checklist} ticks={ticks} />
        </>
      ) : result && !result.validated.data ? (
        <Alert type="warning" showIcon title={t.notReady} />
      ) : (
        <Spin description={template ? t.loading : undefined} />
      )}
      {table && <SelfCheckPrint table={table} onClose={close} />}
    </section>
  )
}
