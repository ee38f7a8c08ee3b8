// Step 6 政府采购与国有资产: the 政府采购 budget by goods, works and services, and the 国有资产 data
// of section 十一 (vehicle counts are on the 三公 step).
import { Col, Form, Row, Typography } from 'antd'
import { useCallback, useMemo } from 'react'
import { Assets, type ProcurementItem } from '../../../../core/model/disclosure-inputs'
import { PROCUREMENT_CATEGORY_LABELS, type ProcurementCategory } from '../../../../core/model/enums'
import { EntryGrid } from '../../components/EntryGrid/EntryGrid'
import type { GridColumn } from '../../components/EntryGrid/grid-types'
import { useSession } from '../../state/session'
import { newId } from '../../state/draft'
import { fieldDomId } from '../../state/steps'
import { updateData } from '../../state/store'
import { text } from '../../text/zh-CN'
import { amountColumn, labelOptions, unitOptions } from '../shared/columns'
import { GRID_COMMANDS } from '../shared/commands'
import { DateField, IntegerField, TextField } from '../shared/fields'
import { useListFocus, useListMarks } from '../shared/grid-bindings'
import { StepPage } from '../shared/StepPage'
import { sumAmounts, yuanAndWan } from '../shared/sums'
import { Totals } from '../shared/Totals'
import { useSectionForm } from '../shared/use-section-form'
import { AssetDetailsForm } from './AssetDetailsForm'

function ProcurementGrid() {
  const { document } = useSession()
  const { procurement, units } = document.data
  const marks = useListMarks('procurement')
  const focus = useListFocus('procurement')
  const t = text.procurement
  const columns = useMemo<GridColumn<ProcurementItem>[]>(
    () => [
      { key: 'category', title: t.category, aliases: ['类别', '采购类别'], width: 110, kind: 'enum', required: true, options: labelOptions(PROCUREMENT_CATEGORY_LABELS) },
      { key: 'name', title: t.name, aliases: ['名称', '项目'], width: 300, kind: 'text' },
      {
        key: 'unitId',
        title: t.unitOptional,
        aliases: ['单位'],
        width: 200,
        kind: 'enum',
        options: unitOptions(units),
        set: (row, value) => {
          const next = { ...row }
          if (value === '') delete next.unitId
          else next.unitId = String(value)
          return next
        },
      },
      amountColumn<ProcurementItem>(),
    ],
    [units, t],
  )
  const newRow = useCallback((): ProcurementItem => ({ id: newId('g'), category: 'goods', name: '', amount: '' }), [])
  const onChange = useCallback((next: ProcurementItem[]) => updateData((d) => ({ ...d, procurement: next })), [])
  const byCategory = (c: ProcurementCategory) => sumAmounts(procurement.filter((p) => p.category === c)).fen
  return (
    <EntryGrid
      testId="procurement"
      rows={procurement}
      columns={columns}
      onChange={onChange}
      newRow={newRow}
      duplicate={(r) => ({ ...r, id: newId('g') })}
      marks={marks}
      focus={focus}
      height={220}
      commands={GRID_COMMANDS}
      footer={
        <Totals
          testId="procurement-totals"
          items={[
            { label: text.common.total, value: yuanAndWan(sumAmounts(procurement).fen) },
            ...(['goods', 'works', 'services'] as const).map((c) => ({ label: PROCUREMENT_CATEGORY_LABELS[c], value: yuanAndWan(byCategory(c)) })),
          ]}
        />
      }
    />
  )
}

export function ProcurementAssetsStep() {
  const { document } = useSession()
  const onAssets = useCallback((next: Assets) => updateData((d) => ({ ...d, assets: next }), 'assets'), [])
  const form = useSectionForm<Assets>(Assets, document.data.assets, onAssets)
  const t = text.procurement
  return (
    <StepPage step="procurement-assets">
      <Typography.Title level={5} id={fieldDomId(['procurement'])}>
        {t.title}
      </Typography.Title>
      <Typography.Paragraph type="secondary">{t.hint}</Typography.Paragraph>
      <ProcurementGrid />
      <Typography.Title level={5}>{t.assetsTitle}</Typography.Title>
      <Form layout="vertical" className="section-form">
        <Row gutter={16}>
          <Col span={6}>
            <DateField form={form} name="asOf" path={['assets', 'asOf']} label={t.asOf} help={t.asOfHelp} />
          </Col>
          <Col span={6}>
            <TextField form={form} name="officeArea" path={['assets', 'officeArea']} label={t.officeArea} emptyAsUndefined />
          </Col>
          <Col span={6}>
            <IntegerField form={form} name="equipmentOver500k" path={['assets', 'equipmentOver500k']} label={t.equipment500k} optional />
          </Col>
          <Col span={6}>
            <IntegerField form={form} name="equipmentOver1m" path={['assets', 'equipmentOver1m']} label={t.equipment1m} optional />
          </Col>
        </Row>
        <AssetDetailsForm form={form} />
      </Form>
    </StepPage>
  )
}
