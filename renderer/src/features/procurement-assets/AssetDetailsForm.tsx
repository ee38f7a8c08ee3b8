// 十一 details, all optional (core/model/asset-details.ts): vehicles by kind with 原值/净值/购置年份,
// 期初 fixed assets, 无形资产, 房屋, equipment over 100万元 and free text. What is left empty is not
// printed; the preview of 十一 shows the sentences made from what is filled.
import { Button, Col, Collapse, Row, Select, Typography } from 'antd'
import type { ReactNode } from 'react'
import { Controller, useFieldArray, type UseFormReturn } from 'react-hook-form'
import type { Assets } from '../../../../core/model/disclosure-inputs'
import { VEHICLE_KIND_LABELS, VEHICLE_KINDS } from '../../../../core/model/enums'
import { newId } from '../../state/draft'
import { fieldDomId } from '../../state/steps'
import { text } from '../../text/zh-CN'
import { IntegerField, MoneyField, TextField } from '../shared/fields'

const KIND_OPTIONS = VEHICLE_KINDS.map((k) => ({ value: k, label: VEHICLE_KIND_LABELS[k] }))

/** A list of detail rows: each row's cells, a 删除 button per row and an 添加 button below. */
function DetailRows({ form, name, title, rowTestId, addTestId, addLabel, newRow, cells }: {
  form: UseFormReturn<Assets>
  name: 'vehicles' | 'majorEquipment'
  title: string
  rowTestId: string
  addTestId: string
  addLabel: string
  newRow: () => object
  cells: (i: number) => ReactNode
}) {
  const rows = useFieldArray({ control: form.control, name: `details.${name}` as never })
  return (
    <>
      <Typography.Text strong>{title}</Typography.Text>
      {rows.fields.map((f, i) => (
        <Row gutter={8} key={f.id} align="bottom" data-testid={`${rowTestId}-${i}`}>
          {cells(i)}
          <Col span={2}>
            <Button danger size="small" style={{ marginBottom: 24 }} onClick={() => rows.remove(i)}>
              {text.common.delete}
            </Button>
          </Col>
        </Row>
      ))}
      <Button size="small" data-testid={addTestId} onClick={() => rows.append(newRow() as never)}>
        {addLabel}
      </Button>
    </>
  )
}

function VehicleRows({ form }: { form: UseFormReturn<Assets> }) {
  const t = text.procurement.details
  return (
    <DetailRows
      form={form}
      name="vehicles"
      title={t.vehicles}
      rowTestId="vehicle-detail"
      addTestId="add-vehicle-detail"
      addLabel={t.addVehicle}
      newRow={() => ({ id: newId('v'), kind: 'leadership' })}
      cells={(i) => (
        <>
          <Col span={5}>
            <Controller
              control={form.control}
              name={`details.vehicles.${i}.kind`}
              render={({ field }) => <Select id={fieldDomId(['assets', 'details', 'vehicles', i, 'kind'])} value={field.value} onChange={field.onChange} options={KIND_OPTIONS} style={{ width: '100%', marginBottom: 24 }} />}
            />
          </Col>
          <Col span={3}>
            <IntegerField form={form} name={`details.vehicles.${i}.count`} path={['assets', 'details', 'vehicles', i, 'count']} label={t.count} optional />
          </Col>
          <Col span={4}>
            <IntegerField form={form} name={`details.vehicles.${i}.purchaseYear`} path={['assets', 'details', 'vehicles', i, 'purchaseYear']} label={t.purchaseYear} min={1950} max={2100} optional />
          </Col>
          <Col span={5}>
            <MoneyField form={form} name={`details.vehicles.${i}.originalValue`} path={['assets', 'details', 'vehicles', i, 'originalValue']} label={t.originalValue} />
          </Col>
          <Col span={5}>
            <MoneyField form={form} name={`details.vehicles.${i}.netValue`} path={['assets', 'details', 'vehicles', i, 'netValue']} label={t.netValue} />
          </Col>
        </>
      )}
    />
  )
}

function EquipmentRows({ form }: { form: UseFormReturn<Assets> }) {
  const t = text.procurement.details
  return (
    <DetailRows
      form={form}
      name="majorEquipment"
      title={t.equipment}
      rowTestId="equipment-detail"
      addTestId="add-equipment-detail"
      addLabel={t.addEquipment}
      newRow={() => ({ id: newId('e'), name: '' })}
      cells={(i) => (
        <>
          <Col span={10}>
            <TextField form={form} name={`details.majorEquipment.${i}.name`} path={['assets', 'details', 'majorEquipment', i, 'name']} label={t.equipmentName} />
          </Col>
          <Col span={4}>
            <IntegerField form={form} name={`details.majorEquipment.${i}.count`} path={['assets', 'details', 'majorEquipment', i, 'count']} label={t.equipmentCount} optional />
          </Col>
          <Col span={6}>
            <MoneyField form={form} name={`details.majorEquipment.${i}.originalValue`} path={['assets', 'details', 'majorEquipment', i, 'originalValue']} label={t.originalValue} />
          </Col>
        </>
      )}
    />
  )
}

export function AssetDetailsForm({ form }: { form: UseFormReturn<Assets> }) {
  const t = text.procurement.details
  const money = (name: string, path: string[], label: string) => (
    <Col span={8}>
      <MoneyField form={form} name={`details.${name}` as never} path={['assets', 'details', ...path]} label={label} />
    </Col>
  )
  const body = (
    <>
      <Typography.Paragraph type="secondary">{t.hint}</Typography.Paragraph>
      <VehicleRows form={form} />
      <Typography.Text strong style={{ display: 'block', marginTop: 16 }}>{t.buildings}</Typography.Text>
      <Row gutter={16}>
        <Col span={8}>
          <TextField form={form} name="details.buildings.area" path={['assets', 'details', 'buildings', 'area']} label={t.buildingArea} emptyAsUndefined />
        </Col>
        {money('buildings.bookValue', ['buildings', 'bookValue'], t.bookValue)}
      </Row>
      <Typography.Text strong>{t.fixedAssets}</Typography.Text>
      <Row gutter={16}>
        {money('fixedAssets.originalValue', ['fixedAssets', 'originalValue'], t.originalValue)}
        {money('fixedAssets.netValue', ['fixedAssets', 'netValue'], t.netValue)}
        {money('fixedAssets.depreciation', ['fixedAssets', 'depreciation'], t.depreciation)}
      </Row>
      <Typography.Text strong>{t.intangible}</Typography.Text>
      <Row gutter={16}>
        {money('intangibleAssets.originalValue', ['intangibleAssets', 'originalValue'], t.originalValue)}
        {money('intangibleAssets.amortization', ['intangibleAssets', 'amortization'], t.amortization)}
      </Row>
      <EquipmentRows form={form} />
      <div style={{ marginTop: 16 }}>
        <TextField form={form} name="details.note" path={['assets', 'details', 'note']} label={t.note} multiline={3} emptyAsUndefined />
      </div>
    </>
  )
  return <Collapse data-testid="asset-details" items={[{ key: 'details', label: t.title, children: body }]} />
}
