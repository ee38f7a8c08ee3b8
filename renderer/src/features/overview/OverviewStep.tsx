// Step 8 概况与其他说明: 职责 and 机构设置 (第一部分), last year's totals with the reasons for the
// change (一, 五), 其他说明 (十二) and the printing options.
import { Col, Form, Row, Typography } from 'antd'
import { useCallback } from 'react'
import type { z } from 'zod'
import { Comparisons, OtherNotes, Overview } from '../../../../core/model/disclosure-inputs'
import { Settings } from '../../../../core/model/document-data'
import { moneyAt } from '../../../../core/tables/access'
import { RENAMABLE_TABLES, tableTitle } from '../../../../core/tables/layouts'
import { useSession } from '../../state/session'
import { updateData } from '../../state/store'
import { text } from '../../text/zh-CN'
import { MoneyField, SwitchField, TextField } from '../shared/fields'
import { ReasonField } from '../shared/ReasonField'
import { StepPage } from '../shared/StepPage'
import { AttachmentList } from './AttachmentList'
import { WordingOptions } from './WordingOptions'
import { wanText } from '../shared/sums'
import { useSectionForm } from '../shared/use-section-form'

type OverviewValue = z.infer<typeof Overview>
type OtherNotesValue = z.infer<typeof OtherNotes>
type Figure = 'incomeTotal' | 'expenditureTotal' | 'generalBudgetCurrent'

export function OverviewStep() {
  const { document, result } = useSession()
  const data = document.data
  const t = text.overview
  const overview = useSectionForm<OverviewValue>(Overview, data.overview, useCallback((next: OverviewValue) => updateData((d) => ({ ...d, overview: next }), 'overview'), []))
  const comparisons = useSectionForm<Comparisons>(Comparisons, data.comparisons, useCallback((next: Comparisons) => updateData((d) => ({ ...d, comparisons: next }), 'comparisons'), []))
  const notes = useSectionForm<OtherNotesValue>(OtherNotes, data.otherNotes, useCallback((next: OtherNotesValue) => updateData((d) => ({ ...d, otherNotes: next }), 'otherNotes'), []))
  const settings = useSectionForm<Settings>(Settings, data.settings, useCallback((next: Settings) => updateData((d) => ({ ...d, settings: next }), 'settings'), []))
  const tables = result?.analysis?.derivation.tables
  const current: Record<Figure, number> = {
    incomeTotal: tables ? moneyAt(tables.T1, 'grand-total', 'income') : 0,
    expenditureTotal: tables ? moneyAt(tables.T1, 'grand-total', 'total') : 0,
    generalBudgetCurrent: tables ? moneyAt(tables.T5, 'total', 'total') : 0,
  }
  return (
    <StepPage step="overview">
      <Form layout="vertical" className="section-form">
        <Typography.Title level={5}>{t.partOne}</Typography.Title>
        <TextField form={overview} name="duties" path={['overview', 'duties']} label={t.duties} multiline={4} />
        <TextField form={overview} name="organization" path={['overview', 'organization']} label={t.organization} help={t.organizationHelp} multiline={3} />
        <Typography.Title level={5}>{t.priorTitle}</Typography.Title>
        <Typography.Paragraph type="secondary">{t.priorHint}</Typography.Paragraph>
        {(['incomeTotal', 'expenditureTotal', 'generalBudgetCurrent'] as const).map((f) => (
          <Row gutter={16} key={f} data-testid={`prior-${f}`}>
            <Col span={6}>
              <Form.Item label={t.figures[f]}>
                <span className="derived" data-testid={`current-${f}`}>
                  {t.currentWan(wanText(current[f]))}
                </span>
              </Form.Item>
            </Col>
            <Col span={6}>
              <MoneyField form={comparisons} name={`${f}.prior`} path={['comparisons', f, 'prior']} label={text.fields.prior} />
            </Col>
            <Col span={12}>
              <ReasonField form={comparisons} name={`${f}.reason`} path={['comparisons', f, 'reason']} label={text.fields.reason} figure={f} />
            </Col>
          </Row>
        ))}
        <Typography.Title level={5}>{t.otherTitle}</Typography.Title>
        <TextField form={notes} name="purchaseServiceCatalog" path={['otherNotes', 'purchaseServiceCatalog']} label={t.purchaseCatalog} multiline={2} placeholder={text.common.none} />
        <TextField form={notes} name="other" path={['otherNotes', 'other']} label={t.other} multiline={2} />
        <AttachmentList />
        <Typography.Title level={5}>{t.printTitle}</Typography.Title>
        <Row gutter={16}>
          <Col span={12}>
            <SwitchField form={settings} name="roundingFootnote" path={['settings', 'roundingFootnote']} label={t.roundingFootnote} />
          </Col>
          <Col span={12}>
            <TextField form={settings} name="tableNineLabel" path={['settings', 'tableNineLabel']} label={t.tableNineLabel} />
          </Col>
        </Row>
        <Row gutter={16}>
          {RENAMABLE_TABLES.map((id) => (
            <Col span={12} key={id}>
              <TextField
                form={settings}
                name={`tableTitles.${id}`}
                path={['settings', 'tableTitles', id]}
                label={t.tableTitle(Number(id.slice(1)))}
                help={t.tableTitleHelp}
                placeholder={tableTitle(id, data.department.budgetYear).replace(/^\d{4}年/u, '')}
                emptyAsUndefined
              />
            </Col>
          ))}
        </Row>
        <WordingOptions form={settings} />
      </Form>
    </StepPage>
  )
}
