// Step 2 of the import: which sheet, which row holds the headers, what each column means, 元 or
// 万元, values for fields the sheet lacks — and a live preview of the first rows as they will be read.
import { Alert, AutoComplete, InputNumber, Radio, Select, Space, Table, Tag, Typography } from 'antd'
import { useMemo } from 'react'
import { SHEET_PREVIEW_ROWS, type MappingDraft, type WorkbookSummary } from '../../../../core/api/import-schema'
import { MAPPING_TARGET_LABELS, MAPPING_TARGETS, REQUIRED_TARGETS, type MappingTarget } from '../../../../core/import/mapping'
import { FUND_SOURCE_LABELS, PROJECT_CATEGORY_LABELS } from '../../../../core/model/enums'
import { text } from '../../text/zh-CN'
import { blankMapping, columnChoices, mappedTargets, mappingProblems, previewRows, withColumn, type PreviewRow } from './mapping-preview'

const t = text.importer

interface Props {
  workbook: WorkbookSummary
  mapping: MappingDraft
  onChange: (m: MappingDraft) => void
  /** Units of the document imported into, for the default unit. */
  unitNames: string[]
}

const labelled = <K extends string>(labels: Record<K, string>) => (Object.keys(labels) as K[]).map((k) => ({ value: k, label: labels[k] }))

export function MappingPanel({ workbook, mapping, onChange, unitNames }: Props) {
  const sheet = workbook.sheets.find((s) => s.name === mapping.sheet) ?? workbook.sheets[0]
  const choices = useMemo(() => (sheet ? columnChoices(sheet, mapping.headerRow) : []), [sheet, mapping.headerRow])
  const rows = useMemo(() => (sheet ? previewRows(sheet, mapping) : []), [sheet, mapping])
  if (!sheet) return null
  const problems = mappingProblems(mapping)
  const defaults = mapping.defaults ?? {}
  const setDefault = (key: keyof typeof defaults, value: string | undefined) => {
    const next = { ...defaults, [key]: value }
    if (value === undefined || value === '') delete next[key]
    onChange({ ...mapping, defaults: next })
  }
  const setColumn = (target: MappingTarget, column: number | undefined) => onChange(withColumn(mapping, target, column))
  const columns = [
    { title: t.row, dataIndex: 'row', width: 56 },
    ...mappedTargets(mapping).map((target) => ({ title: MAPPING_TARGET_LABELS[target], key: target, ellipsis: true, render: (_: unknown, r: PreviewRow) => r.cells[target] })),
    {
      title: t.amountYuan,
      key: 'yuan',
      width: 180,
      render: (_: unknown, r: PreviewRow) => (r.yuan === null ? '' : r.yuan.ok ? <span className="import-amount">{r.yuan.value}</span> : <Typography.Text type="danger">{r.yuan.message}</Typography.Text>),
    },
  ]

  return (
    <Space orientation="vertical" size="middle" className="import-mapping">
      <Space wrap align="center">
        <span>{t.sheet}</span>
        <Select
          value={sheet.name}
          style={{ minWidth: 220 }}
          onChange={(name: string) => onChange(blankMapping(workbook.sheets.find((s) => s.name === name) ?? sheet))}
          options={workbook.sheets.map((s) => ({ value: s.name, label: t.sheetOption(s.name, s.rowCount) }))}
          data-testid="import-sheet"
        />
        <span>{t.headerRow}</span>
        <InputNumber min={1} max={Math.max(1, Math.min(sheet.rows.length, SHEET_PREVIEW_ROWS))} value={mapping.headerRow} onChange={(v) => v && onChange({ ...mapping, headerRow: v })} data-testid="import-header-row" />
        <span>{t.amountUnit}</span>
        <Radio.Group optionType="button" value={mapping.amountUnit} onChange={(e) => onChange({ ...mapping, amountUnit: e.target.value as 'yuan' | 'wan' })}>
          <Radio.Button value="yuan">
            <span data-testid="import-unit-yuan">{text.common.yuan}</span>
          </Radio.Button>
          <Radio.Button value="wan">
            <span data-testid="import-unit-wan">{text.common.wan}</span>
          </Radio.Button>
        </Radio.Group>
        {sheet.remembered ? <Tag color="blue">{t.remembered}</Tag> : sheet.suggested ? <Tag>{t.suggested}</Tag> : null}
      </Space>
      <Typography.Text strong>{t.columnsTitle}</Typography.Text>
      <div className="import-mapping-grid">
        {MAPPING_TARGETS.map((target) => (
          <label key={target} className="import-mapping-field">
            <span>
              {REQUIRED_TARGETS.includes(target) && <span className="import-required">*</span>}
              {MAPPING_TARGET_LABELS[target]}
            </span>
            <Select<number>
              allowClear
              value={mapping.columns[target]}
              placeholder={t.notImported}
              options={choices}
              onChange={(v) => setColumn(target, v ?? undefined)}
              data-testid={`map-${target}`}
            />
          </label>
        ))}
      </div>
      <Typography.Text strong>{t.defaultsTitle}</Typography.Text>
      <div className="import-mapping-grid">
        {mapping.columns.unit === undefined && (
          <label className="import-mapping-field">
            <span>{t.defaultUnit}</span>
            <AutoComplete value={defaults.unit ?? ''} options={unitNames.map((n) => ({ value: n }))} placeholder={t.defaultUnitPlaceholder} onChange={(v: string) => setDefault('unit', v)} data-testid="map-default-unit" />
          </label>
        )}
        {mapping.columns.source === undefined && (
          <label className="import-mapping-field">
            <span>{t.defaultSource}</span>
            <Select allowClear value={defaults.source} options={labelled(FUND_SOURCE_LABELS)} onChange={(v) => setDefault('source', v ?? undefined)} data-testid="map-default-source" />
          </label>
        )}
        {mapping.columns.projectCategory === undefined && (
          <label className="import-mapping-field">
            <span>{t.defaultCategory}</span>
            <Select allowClear value={defaults.projectCategory} options={labelled(PROJECT_CATEGORY_LABELS)} onChange={(v) => setDefault('projectCategory', v ?? undefined)} data-testid="map-default-category" />
          </label>
        )}
      </div>
      {problems.length > 0 && <Alert type="warning" showIcon title={t.mappingProblems} description={problems.join('；')} data-testid="mapping-problems" />}
      <Typography.Text strong>{t.livePreview(rows.length, sheet.rowCount)}</Typography.Text>
      <Table<PreviewRow> size="small" bordered pagination={false} rowKey="key" columns={columns} dataSource={rows} scroll={{ x: 'max-content' }} data-testid="mapping-preview" />
    </Space>
  )
}
