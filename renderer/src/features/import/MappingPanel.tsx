// Step 2 of the import: for each sheet of the workbook, whether it is imported, which rows hold the
// headers, what each column means (or, for a wide layout, which columns are amounts and what fund
// source, period and kind each stands for), 元 or 万元, values for fields the sheet lacks, the
// remembered mappings for its header — and a live preview of the first rows as they will be read.
import { Alert, AutoComplete, Button, Checkbox, Input, InputNumber, Popconfirm, Radio, Select, Space, Table, Tag, Typography } from 'antd'
import { useMemo, useState } from 'react'
import { SHEET_PREVIEW_ROWS, type MappingDraft, type SheetSummary, type WorkbookSummary } from '../../../../core/api/import-schema'
import { MAPPING_TARGET_LABELS, MAPPING_TARGETS, MAX_HEADER_ROWS, REQUIRED_TARGETS, type AmountColumn, type MappingTarget } from '../../../../core/import/mapping'
import { FUND_SOURCE_LABELS, PERIOD_LABELS, PROJECT_CATEGORY_LABELS, UNIT_FUND_KIND_LABELS } from '../../../../core/model/enums'
import { text } from '../../text/zh-CN'
import { amountColumnTitle, columnChoices, mappedTargets, mappingProblems, previewRows, withAmountColumn, withColumn, type PreviewRow, type ReadAmount } from './mapping-preview'

const t = text.importer

interface Props {
  workbook: WorkbookSummary
  /** The sheet shown. */
  active: string
  onActive: (sheet: string) => void
  /** The mapping of every sheet, by sheet name. */
  mappings: Record<string, MappingDraft>
  onChange: (m: MappingDraft) => void
  /** The sheets imported together. */
  included: readonly string[]
  onInclude: (sheet: string, on: boolean) => void
  /** The name each sheet's mapping is remembered under. */
  names: Record<string, string>
  onName: (sheet: string, name: string) => void
  onRenameSaved: (from: string, to: string) => Promise<string | null>
  onDeleteSaved: (name: string) => Promise<string | null>
  /** Units of the document imported into, for the default unit. */
  unitNames: string[]
}

const labelled = <K extends string>(labels: Record<K, string>) => (Object.keys(labels) as K[]).map((k) => ({ value: k, label: labels[k] }))
const KIND_LABELS = { basic: '基本支出', project: '项目支出' } as const

function amountCell(a: ReadAmount) {
  if (a === null) return ''
  return a.ok ? <span className="import-amount">{a.value}</span> : <Typography.Text type="danger">{a.message}</Typography.Text>
}

export function MappingPanel({ workbook, active, onActive, mappings, onChange, included, onInclude, names, onName, onRenameSaved, onDeleteSaved, unitNames }: Props) {
  const sheet = workbook.sheets.find((s) => s.name === active) ?? workbook.sheets[0]
  const mapping = sheet ? mappings[sheet.name] : undefined
  const headerRows = mapping?.headerRows ?? 1
  const choices = useMemo(() => (sheet && mapping ? columnChoices(sheet, mapping.headerRow, headerRows) : []), [sheet, mapping, headerRows])
  const rows = useMemo(() => (sheet && mapping ? previewRows(sheet, mapping) : []), [sheet, mapping])
  if (!sheet || !mapping) return null
  const problems = mappingProblems(mapping)
  const defaults = mapping.defaults ?? {}
  const amountColumns = mapping.amountColumns ?? []
  const setDefault = (key: keyof typeof defaults, value: string | undefined) => {
    const next = { ...defaults, [key]: value }
    if (value === undefined || value === '') delete next[key]
    onChange({ ...mapping, defaults: next })
  }
  const setColumn = (target: MappingTarget, column: number | undefined) => onChange(withColumn(mapping, target, column))
  const setAmount = (index: number | undefined, patch: Partial<AmountColumn> | null) => onChange(withAmountColumn(mapping, sheet, index, patch))
  const isIncluded = included.includes(sheet.name)
  const columns = [
    { title: t.row, dataIndex: 'row', width: 56 },
    ...mappedTargets(mapping)
      .filter((target) => target !== 'amount')
      .map((target) => ({ title: MAPPING_TARGET_LABELS[target], key: target, ellipsis: true, render: (_: unknown, r: PreviewRow) => r.cells[target] })),
    ...(amountColumns.length > 0
      ? amountColumns.map((a, i) => ({ title: `${amountColumnTitle(a)}（元）`, key: `amount-${i}`, width: 180, render: (_: unknown, r: PreviewRow) => amountCell(r.amounts[i] ?? null) }))
      : [{ title: t.amountYuan, key: 'yuan', width: 180, render: (_: unknown, r: PreviewRow) => amountCell(r.yuan) }]),
  ]

  return (
    <Space orientation="vertical" size="middle" className="import-mapping">
      <SheetList workbook={workbook} active={sheet.name} onActive={onActive} mappings={mappings} included={included} />
      <Space wrap align="center">
        <Checkbox checked={isIncluded} onChange={(e) => onInclude(sheet.name, e.target.checked)} data-testid="import-include-sheet">
          <span data-testid="import-include-sheet-label">{t.includeSheet(sheet.name)}</span>
        </Checkbox>
        <span>{t.headerRow}</span>
        <InputNumber min={1} max={Math.max(1, Math.min(sheet.rows.length, SHEET_PREVIEW_ROWS))} value={mapping.headerRow} onChange={(v) => v && onChange({ ...mapping, headerRow: v })} data-testid="import-header-row" />
        <span>{t.headerRows}</span>
        <InputNumber min={1} max={MAX_HEADER_ROWS} value={headerRows} onChange={(v) => v && onChange({ ...mapping, headerRows: v })} data-testid="import-header-rows" />
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
      <SavedMappings key={sheet.name} sheet={sheet} mapping={mapping} onChange={onChange} name={names[sheet.name] ?? ''} onName={(n) => onName(sheet.name, n)} onRename={onRenameSaved} onDelete={onDeleteSaved} />
      <Typography.Text strong>{t.columnsTitle}</Typography.Text>
      <div className="import-mapping-grid">
        {MAPPING_TARGETS.map((target) => (
          <label key={target} className="import-mapping-field">
            <span>
              {REQUIRED_TARGETS.includes(target) && !(target === 'amount' && amountColumns.length > 0) && <span className="import-required">*</span>}
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
      <Typography.Text strong>{t.wideTitle}</Typography.Text>
      <Typography.Text type="secondary">{t.wideHint}</Typography.Text>
      <div className="import-amount-columns" data-testid="map-amount-columns">
        {amountColumns.map((a, i) => (
          <Space key={i} wrap className="import-amount-column" data-testid={`map-amount-${i}`}>
            <Select<number> value={a.column} options={choices} style={{ width: 260 }} aria-label={t.wideColumn} onChange={(v) => setAmount(i, { column: v })} data-testid={`map-amount-${i}-column`} />
            <Select allowClear value={a.source} placeholder={t.wideFromRow} options={labelled(FUND_SOURCE_LABELS)} style={{ width: 170 }} aria-label={t.wideSource} onChange={(v) => setAmount(i, { source: v ?? undefined })} data-testid={`map-amount-${i}-source`} />
            {a.source === 'unit' && (
              <Select allowClear value={a.unitFundKind} placeholder={t.wideFromRow} options={labelled(UNIT_FUND_KIND_LABELS)} style={{ width: 170 }} aria-label={t.wideFundKind} onChange={(v) => setAmount(i, { unitFundKind: v ?? undefined })} data-testid={`map-amount-${i}-fund-kind`} />
            )}
            <Select allowClear value={a.period} placeholder={t.wideFromRow} options={labelled(PERIOD_LABELS)} style={{ width: 130 }} aria-label={t.widePeriod} onChange={(v) => setAmount(i, { period: v ?? undefined })} data-testid={`map-amount-${i}-period`} />
            <Select allowClear value={a.kind} placeholder={t.wideFromRow} options={labelled(KIND_LABELS)} style={{ width: 130 }} aria-label={t.wideKind} onChange={(v) => setAmount(i, { kind: v ?? undefined })} data-testid={`map-amount-${i}-kind`} />
            <Button onClick={() => setAmount(i, null)} data-testid={`map-amount-${i}-remove`}>
              {t.wideRemove}
            </Button>
          </Space>
        ))}
        <Button onClick={() => setAmount(undefined, {})} data-testid="map-amount-add">
          {t.wideAdd}
        </Button>
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

/** The workbook's sheets as buttons: which one is shown, which are imported, which still lack something. */
function SheetList({ workbook, active, onActive, mappings, included }: { workbook: WorkbookSummary; active: string; onActive: (s: string) => void; mappings: Record<string, MappingDraft>; included: readonly string[] }) {
  return (
    <Space wrap align="center" data-testid="import-sheets-tabs">
      <span>{t.sheet}</span>
      <Radio.Group optionType="button" value={active} onChange={(e) => onActive(e.target.value as string)}>
        {workbook.sheets.map((s) => {
          const m = mappings[s.name]
          const on = included.includes(s.name)
          const incomplete = on && m !== undefined && mappingProblems(m).length > 0
          return (
            <Radio.Button key={s.name} value={s.name}>
              <span data-testid={`import-sheet-${s.name}`}>
                {t.sheetOption(s.name, s.rowCount)}
                {on ? <Tag color={incomplete ? 'orange' : 'green'} className="import-sheet-tag">{incomplete ? t.sheetIncomplete : t.sheetIncluded}</Tag> : null}
              </span>
            </Radio.Button>
          )
        })}
      </Radio.Group>
    </Space>
  )
}

/** The remembered mappings made for this header: apply one, rename or delete it; and the name this one is remembered under. */
function SavedMappings({
  sheet,
  mapping,
  onChange,
  name,
  onName,
  onRename,
  onDelete,
}: {
  sheet: SheetSummary
  mapping: MappingDraft
  onChange: (m: MappingDraft) => void
  name: string
  onName: (n: string) => void
  onRename: (from: string, to: string) => Promise<string | null>
  onDelete: (name: string) => Promise<string | null>
}) {
  const saved = sheet.savedMappings
  const [chosen, setChosen] = useState<string | undefined>(saved[0]?.name)
  const [renaming, setRenaming] = useState<string | null>(null)
  const [problem, setProblem] = useState<string | null>(null)
  const current = saved.find((s) => s.name === chosen)
  return (
    <Space wrap align="center" className="import-saved" data-testid="import-saved">
      {saved.length > 0 && (
        <>
          <span>{t.savedTitle}</span>
          <Select
            value={current?.name}
            style={{ minWidth: 200 }}
            options={saved.map((s) => ({ value: s.name, label: s.name }))}
            onChange={(n: string) => {
              setChosen(n)
              const s = saved.find((x) => x.name === n)
              if (s) {
                onChange({ ...s.mapping, sheet: mapping.sheet })
                onName(n)
              }
            }}
            data-testid="import-saved-select"
          />
          {current && renaming === null && (
            <Button size="small" onClick={() => setRenaming(current.name)} data-testid="import-saved-rename">
              {t.savedRename}
            </Button>
          )}
          {current && renaming !== null && (
            <>
              <Input size="small" value={renaming} maxLength={60} style={{ width: 200 }} onChange={(e) => setRenaming(e.target.value)} aria-label={t.savedNewName} data-testid="import-saved-new-name" />
              <Button
                size="small"
                type="primary"
                onClick={() =>
                  void onRename(current.name, renaming).then((p) => {
                    setProblem(p)
                    if (p === null) {
                      setChosen(renaming.trim())
                      setRenaming(null)
                    }
                  })
                }
                data-testid="import-saved-rename-ok"
              >
                {text.common.ok}
              </Button>
              <Button size="small" onClick={() => setRenaming(null)}>
                {text.common.cancel}
              </Button>
            </>
          )}
          {current && (
            <Popconfirm title={t.savedDeleteConfirm(current.name)} onConfirm={() => void onDelete(current.name).then(setProblem)} okText={text.common.ok} cancelText={text.common.cancel}>
              <Button size="small" danger data-testid="import-saved-delete">
                {t.savedDelete}
              </Button>
            </Popconfirm>
          )}
        </>
      )}
      <span>{t.saveAs}</span>
      <Input value={name} maxLength={60} placeholder={sheet.name} style={{ width: 220 }} onChange={(e) => onName(e.target.value)} aria-label={t.saveAs} data-testid="import-save-as" />
      {problem && <Typography.Text type="danger">{problem}</Typography.Text>}
    </Space>
  )
}
