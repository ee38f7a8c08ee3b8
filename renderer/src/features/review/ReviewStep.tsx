// Step 9 检查与导出: the 发布前体检 (five dimensions, checklist, printable 自查表), every finding, the
// export buttons (blocked while the 体检 finds errors), and the 13 tables and the 情况说明 as they
// will be exported.
import { Alert, Tabs, Typography } from 'antd'
import { useEffect, useMemo, useState } from 'react'
import { buildNarrative } from '../../../../core/narrative/build-narrative'
import { TABLE_IDS, type TableId } from '../../../../core/tables/table-model'
import { FindingList } from '../../components/FindingList'
import { NarrativePreview } from '../../components/NarrativePreview'
import { TablePreview } from '../../components/TablePreview'
import { countBySeverity } from '../../state/analyze-draft'
import { useSession } from '../../state/session'
import { jumpTo } from '../../state/jump'
import { setExportAudit, useEditor } from '../../state/store'
import { text } from '../../text/zh-CN'
import { StepPage } from '../shared/StepPage'
import { ExportPanel } from './ExportPanel'
import { InspectionSection } from './InspectionSection'
import { PageNumberStyleOption } from './PageNumberStyleOption'

export function ReviewStep() {
  const { result, template, live } = useSession()
  const t = text.review
  const focus = useEditor((s) => s.focus)
  const [tab, setTab] = useState<string>('T1')
  useEffect(() => {
    if (focus?.table) setTab(focus.table)
  }, [focus])
  const derivation = result?.analysis?.derivation
  const narrative = useMemo(() => live?.narrative ?? (derivation && template ? buildNarrative(derivation, { glossary: template.glossary }) : null), [live, derivation, template])
  const findings = result?.findings ?? []
  const counts = countBySeverity(findings)
  const highlight = focus?.table === tab ? focus.rowKey : undefined
  return (
    <StepPage step="review" hideFindings>
      <InspectionSection live={live} />
      <Typography.Title level={5}>{text.findings.allTitle}</Typography.Title>
      {counts.error + counts.warning === 0 ? (
        <Alert type="success" showIcon title={t.allClear} data-testid="all-clear" />
      ) : (
        <Alert type={counts.error > 0 ? 'error' : 'warning'} showIcon title={text.toolbar.findings(counts.error, counts.warning)} />
      )}
      <div className="review-findings">
        <FindingList findings={findings} onJump={jumpTo} showStep testId="all-findings" />
      </div>
      <Typography.Title level={5}>{t.exportTitle}</Typography.Title>
      <PageNumberStyleOption />
      <ExportPanel gate={live?.gate ?? null} onAudit={setExportAudit} />
      <Typography.Title level={5}>{t.previewTitle}</Typography.Title>
      {!derivation ? (
        <Alert type="info" title={text.errors.noUnit} />
      ) : (
        <Tabs
          activeKey={tab}
          onChange={setTab}
          data-testid="preview-tabs"
          items={[
            ...TABLE_IDS.map((id: TableId) => ({ key: id, label: text.format.table(id), children: <TablePreview table={derivation.tables[id]} highlightRow={highlight} /> })),
            { key: 'narrative', label: t.narrativeTab, children: narrative ? <NarrativePreview narrative={narrative} /> : null },
          ]}
        />
      )}
    </StepPage>
  )
}
