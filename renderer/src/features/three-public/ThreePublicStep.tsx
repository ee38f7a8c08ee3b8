// Step 5 “三公”经费与机关运行经费: this year's figures derived from the lines (表10, 表11) with the
// lines behind each, last year's budget figures and reasons, and the vehicle counts.
import { Button, Checkbox, Col, Form, Row, Typography } from 'antd'
import { useCallback, useMemo, useState } from 'react'
import { Controller, useWatch } from 'react-hook-form'
import { threePublicItemOf, type ThreePublicItem } from '../../../../core/calc/names'
import type { RoundedLine } from '../../../../core/calc/rounded-lines'
import { Assets, Comparisons } from '../../../../core/model/disclosure-inputs'
import { hasOfficeOperationFunds, isFiscal, VEHICLE_KINDS, VEHICLE_KIND_LABELS } from '../../../../core/model/enums'
import { moneyAt } from '../../../../core/tables/access'
import { isOfficeOperationLine } from '../../../../core/tables/three-public-tables'
import { useSession } from '../../state/session'
import { updateData } from '../../state/store'
import { text } from '../../text/zh-CN'
import { useMoneyUnit } from '../../components/EntryGrid/money-unit'
import { fieldDomId } from '../../state/steps'
import { IntegerField, MoneyField, TextField } from '../shared/fields'
import { ReasonField } from '../shared/ReasonField'
import { StepPage } from '../shared/StepPage'
import { useSectionForm } from '../shared/use-section-form'
import { wanText } from '../shared/sums'
import { DrillDown } from './DrillDown'

const ITEMS: { item: ThreePublicItem; row: string }[] = [
  { item: 'abroad', row: 'abroad' },
  { item: 'reception', row: 'reception' },
  { item: 'vehiclePurchase', row: 'vehicle-purchase' },
  { item: 'vehicleOperation', row: 'vehicle-operation' },
]

type Drill = { title: string; lines: RoundedLine[] } | null

export function ThreePublicStep() {
  const { document, result } = useSession()
  const t = text.threePublic
  const [drill, setDrill] = useState<Drill>(null)
  const onComparisons = useCallback((next: Comparisons) => updateData((d) => ({ ...d, comparisons: next }), 'comparisons'), [])
  const onAssets = useCallback((next: Assets) => updateData((d) => ({ ...d, assets: next }), 'assets'), [])
  const form = useSectionForm<Comparisons>(Comparisons, document.data.comparisons, onComparisons)
  const assets = useSectionForm<Assets>(Assets, document.data.assets, onAssets)
  const derivation = result?.analysis?.derivation
  const lines = useMemo(() => derivation?.lines ?? [], [derivation])
  const itemLines = (item: ThreePublicItem) => lines.filter((l) => l.line.period === 'current' && isFiscal(l.line.source) && threePublicItemOf(l.line.economicCode) === item)
  const draftIndex = (i: number) => result?.validated.indexMaps.lines[i] ?? i
  const current = (row: string) => (derivation ? moneyAt(derivation.tables.T10, row, 'total') : 0)
  const office = derivation ? moneyAt(derivation.tables.T11, 'total', 'total') : 0
  const hasOffice = document.data.units.some((u) => hasOfficeOperationFunds(u.type))
  const unit = useMoneyUnit()
  const notCompared = useWatch({ control: form.control, name: 'officeOperationComparison' }) === 'none'
  return (
    <StepPage step="three-public">
      <Form layout="vertical" className="section-form">
        <Typography.Title level={5}>{t.title}</Typography.Title>
        <table className="figure-table" data-testid="three-public-table">
          <thead>
            <tr>
              <th>{t.item}</th>
              <th>{t.current}</th>
              <th data-testid="three-public-prior-header">
                {t.prior}（{unit === 'wan' ? text.common.wan : text.common.yuan}）
              </th>
              <th>{text.reasons.itemReason}</th>
            </tr>
          </thead>
          <tbody>
            {ITEMS.map(({ item, row }) => (
              <tr key={item} data-testid={`three-public-${item}`}>
                <td>{t.items[item]}</td>
                <td className="num">
                  <span className="derived" data-testid={`current-${item}`}>{wanText(current(row))}</span>
                  <Button size="small" type="link" onClick={() => setDrill({ title: t.drillTitle(t.items[item]), lines: itemLines(item) })} data-testid={`drill-${item}`}>
                    {text.common.details}
                  </Button>
                </td>
                <td>
                  <MoneyField form={form} name={`threePublic.${item}.prior`} path={['comparisons', 'threePublic', item, 'prior']} label="" />
                </td>
                <td>
                  <ReasonField form={form} name={`threePublic.${item}.reason`} path={['comparisons', 'threePublic', item, 'reason']} label="" figure={item} />
                </td>
              </tr>
            ))}
            <tr className="total-row">
              <td>{text.common.total}</td>
              <td className="num">
                <span className="derived" data-testid="current-three-public-total">{wanText(current('total'))}</span>
              </td>
              <td />
              <td />
            </tr>
          </tbody>
        </table>
        <ReasonField form={form} name="threePublicTotalReason" path={['comparisons', 'threePublicTotalReason']} label={t.totalReason} figure="threePublicTotal" rows={2} />
        {hasOffice && (
          <>
            <Typography.Title level={5}>{t.officeTitle}</Typography.Title>
            <Row gutter={16} align="bottom">
              <Col span={8}>
                <Form.Item label={t.current}>
                  <span className="derived" data-testid="current-office">{wanText(office)}</span>
                  <Button size="small" type="link" onClick={() => setDrill({ title: t.drillTitle(t.officeTitle), lines: lines.filter(isOfficeOperationLine) })} data-testid="drill-office">
                    {text.common.details}
                  </Button>
                </Form.Item>
              </Col>
              <Col span={8}>
                <Form.Item label={t.officeComparison} help={t.officeComparisonHelp}>
                  <Controller
                    control={form.control}
                    name="officeOperationComparison"
                    render={({ field }) => (
                      <Checkbox id={fieldDomId(['comparisons', 'officeOperationComparison'])} data-testid="office-no-comparison" checked={field.value === 'none'} onChange={(e) => field.onChange(e.target.checked ? 'none' : undefined)}>
                        {t.officeNoComparison}
                      </Checkbox>
                    )}
                  />
                </Form.Item>
              </Col>
              {!notCompared && (
                <Col span={8}>
                  <MoneyField form={form} name="officeOperation.prior" path={['comparisons', 'officeOperation', 'prior']} label={t.prior} />
                </Col>
              )}
            </Row>
            {notCompared ? (
              <TextField form={form} name="officeOperation.reason" path={['comparisons', 'officeOperation', 'reason']} label={t.officeNoComparisonNote} multiline={2} emptyAsUndefined />
            ) : (
              <ReasonField form={form} name="officeOperation.reason" path={['comparisons', 'officeOperation', 'reason']} label={t.officeReason} figure="officeOperation" rows={2} />
            )}
          </>
        )}
        <Typography.Title level={5}>{t.vehiclesTitle}</Typography.Title>
        <Row gutter={16}>
          <Col span={6}>
            <IntegerField form={assets} name="vehicleQuota" path={['assets', 'vehicleQuota']} label={text.fields.vehicleQuota} optional />
          </Col>
          {VEHICLE_KINDS.map((k) => (
            <Col span={6} key={k}>
              <IntegerField form={assets} name={`vehicles.${k}`} path={['assets', 'vehicles', k]} label={VEHICLE_KIND_LABELS[k]} />
            </Col>
          ))}
        </Row>
      </Form>
      {drill && <DrillDown title={drill.title} lines={drill.lines} draftIndex={draftIndex} onClose={() => setDrill(null)} />}
    </StepPage>
  )
}
