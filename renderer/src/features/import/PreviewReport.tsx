// Step 3 of the import: what the workbook would do, before anything changes — every problem with its
// sheet, row, column and reason, duplicates, unknown codes, new units (their type chosen here), new
// and continuing projects, 上年结转 lines and rows skipped; first, what each sheet brings (or that
// it is empty and imports nothing).
import { Alert, Collapse, List, Select, Table, Tag } from 'antd'
import type { ReactNode } from 'react'
import type { z } from 'zod'
import { performanceSummaryText } from '../../../../core/import/performance-sheet-read'
import type { ImportPreviewSchema } from '../../../../core/import/schemas'
import { yuanToFen } from '../../../../core/money/money'
import { PROJECT_CATEGORY_LABELS, UNIT_TYPE_LABELS, type UnitType } from '../../../../core/model/enums'
import { text } from '../../text/zh-CN'
import { yuanAndWan } from '../shared/sums'

export type Preview = z.infer<typeof ImportPreviewSchema>
type Problem = Preview['problems'][number] & { key: number }
type SheetRow = Preview['sheetSummaries'][number]

const t = text.importer

interface Props {
  preview: Preview
  unitTypes: Record<string, UnitType>
  onUnitType: (name: string, type: UnitType) => void
}

const rowsText = (rows: readonly { sheet: string; row: number }[]) => rows.map((r) => t.rowRef(r.sheet, r.row)).join('、')

export function PreviewReport({ preview, unitTypes, onUnitType }: Props) {
  const errors = preview.problems.filter((p) => p.severity === 'error').length
  const warnings = preview.problems.length - errors
  const s = preview.summary
  const summary = preview.ok
    ? `${t.okSummary(s.lines, s.basicLines, s.projectLines, yuanAndWan(yuanToFen(s.amount)))}${s.carryoverAmount !== '0.00' ? t.carryover(yuanAndWan(yuanToFen(s.carryoverAmount))) : ''}${warnings > 0 ? t.warnings(warnings) : ''}`
    : t.errorSummary(errors, warnings)
  const problemColumns = [
    { title: t.columns.severity, key: 'severity', width: 72, render: (_: unknown, p: Problem) => <Tag color={p.severity === 'error' ? 'red' : 'orange'}>{t.severity[p.severity]}</Tag> },
    { title: t.columns.sheet, dataIndex: 'sheet', width: 120 },
    { title: t.columns.row, key: 'row', width: 64, render: (_: unknown, p: Problem) => (p.row > 0 ? p.row : t.wholeSheet) },
    { title: t.columns.column, key: 'column', width: 150, render: (_: unknown, p: Problem) => (p.column ? `${p.column}${p.columnName ? `（${p.columnName}）` : ''}` : '') },
    { title: t.columns.message, dataIndex: 'message' },
  ]
  const c = t.sheetColumns
  const sheetColumns = [
    { title: c.sheet, dataIndex: 'sheet', width: 140 },
    { title: c.lines, key: 'lines', render: (_: unknown, r: SheetRow) => t.sheetLines(r.lines, r.basicLines, r.projectLines) },
    { title: c.units, dataIndex: 'units', width: 64 },
    { title: c.projects, dataIndex: 'projects', width: 64 },
    { title: c.amount, key: 'amount', render: (_: unknown, r: SheetRow) => <span className="import-amount">{yuanAndWan(yuanToFen(r.amount))}</span> },
    { title: c.carryover, key: 'carryover', render: (_: unknown, r: SheetRow) => <span className="import-amount">{yuanAndWan(yuanToFen(r.carryoverAmount))}</span> },
    { title: c.skipped, dataIndex: 'skipped', width: 80 },
    { title: c.problems, key: 'problems', width: 96, render: (_: unknown, r: SheetRow) => (r.errors > 0 ? <Tag color="red">{`${r.errors} / ${r.warnings}`}</Tag> : `${r.errors} / ${r.warnings}`) },
  ]
  const panels: { key: string; label: string; children: ReactNode }[] = []
  const listPanel = (key: string, label: string, items: ReactNode[]) => {
    if (items.length > 0) panels.push({ key, label, children: <List size="small" dataSource={items} renderItem={(i) => <List.Item>{i}</List.Item>} /> })
  }
  listPanel('duplicates', t.duplicates(preview.duplicates.length), preview.duplicates.map((d) => t.duplicateOf(d.sheet, d.row, d.duplicateOf.sheet, d.duplicateOf.row)))
  listPanel('unknown', t.unknownCodes(preview.unknownCodes.length), preview.unknownCodes.map((u) => t.unknownCode(u.label, u.code, rowsText(u.rows))))
  listPanel(
    'units',
    t.newUnits(preview.newUnits.length),
    preview.newUnits.map((u) => (
      <span className="import-new-unit" key={u.id}>
        {u.name}
        <Select<UnitType>
          size="small"
          value={unitTypes[u.name] ?? u.type}
          style={{ width: 200 }}
          aria-label={t.newUnitType}
          options={(Object.keys(UNIT_TYPE_LABELS) as UnitType[]).map((k) => ({ value: k, label: UNIT_TYPE_LABELS[k] }))}
          onChange={(v) => onUnitType(u.name, v)}
        />
      </span>
    )),
  )
  const unitName = (id: string) => preview.resultingDocument?.data.units.find((u) => u.id === id)?.name ?? preview.newUnits.find((u) => u.id === id)?.name ?? ''
  listPanel('projects', t.newProjects(preview.newProjects.length), preview.newProjects.map((p) => `${p.name}（${unitName(p.unitId)}，${PROJECT_CATEGORY_LABELS[p.category]}）`))
  listPanel('carryover', t.carryoverLines(preview.carryoverLines.length), preview.carryoverLines.map((c) => `${t.rowRef(c.sheet, c.row)} ${c.unitName}${c.projectName ? ` · ${c.projectName}` : ''}：${yuanAndWan(yuanToFen(c.amount))}`))
  listPanel('continuing', t.continuing(preview.continuingProjects.length), preview.continuingProjects.map((c) => `${c.name}（${c.unitName}）：${t.continuingReason[c.reason]}`))
  listPanel('without', t.withoutLines(preview.projectsWithoutLines.length), preview.projectsWithoutLines.map((p) => p.name))
  listPanel('skipped', t.skipped(preview.skipped.length), preview.skipped.map((r) => `${t.rowRef(r.sheet, r.row)}：${r.reason}`))
  if (preview.performance) listPanel('performance', t.performance(preview.performance.forms), [performanceSummaryText(preview.performance)])

  return (
    <div className="import-report" data-testid="import-report" data-ok={preview.ok}>
      <Alert type={preview.ok ? (warnings > 0 ? 'warning' : 'success') : 'error'} showIcon title={summary} data-testid="import-summary" />
      {(preview.sheets.length > 0 || preview.sheetSummaries.length > 0) && (
        <>
          <h4 className="import-section-title">{t.sheetsTitle}</h4>
          {preview.sheetSummaries.length > 0 ? (
            <Table<SheetRow> size="small" bordered rowKey="sheet" pagination={false} columns={sheetColumns} dataSource={preview.sheetSummaries} data-testid="import-sheets" />
          ) : (
            <List
              size="small"
              dataSource={preview.sheets}
              renderItem={(r) => (
                <List.Item className={r.empty ? 'import-sheet-empty' : undefined} data-empty={r.empty}>
                  {r.text}
                </List.Item>
              )}
              data-testid="import-sheets"
            />
          )}
        </>
      )}
      {preview.problems.length > 0 && (
        <>
          <h4 className="import-section-title">{t.problemsTitle(preview.problems.length)}</h4>
          <Table<Problem>
            size="small"
            bordered
            rowKey="key"
            columns={problemColumns}
            dataSource={preview.problems.map((p, key) => ({ ...p, key }))}
            pagination={preview.problems.length > 50 ? { pageSize: 50, showSizeChanger: false } : false}
            data-testid="import-problems"
          />
        </>
      )}
      {panels.length > 0 && <Collapse size="small" items={panels} defaultActiveKey={['units', 'unknown']} className="import-panels" data-testid="import-panels" />}
    </div>
  )
}
