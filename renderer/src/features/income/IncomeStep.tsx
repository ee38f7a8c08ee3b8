// Step 2 收入: income by fund source as derived from the lines (read-only, as 表1 prints it), the
// 政府性基金 (表7) and 国有资本经营 (表9) income by income code, and optional 批复 control totals.
import { Typography } from 'antd'
import { useCallback, useMemo } from 'react'
import { FUND_SOURCES, FUND_SOURCE_LABELS } from '../../../../core/model/enums'
import type { ControlTotal, IncomeEntry } from '../../../../core/model/budget'
import { EntryGrid } from '../../components/EntryGrid/EntryGrid'
import type { GridColumn } from '../../components/EntryGrid/grid-types'
import { useSession } from '../../state/session'
import { newId } from '../../state/draft'
import { fieldDomId } from '../../state/steps'
import { updateData } from '../../state/store'
import { text } from '../../text/zh-CN'
import { amountColumn, catalogEntries, codeColumn, periodColumn, SOURCE_OPTIONS } from '../shared/columns'
import { GRID_COMMANDS } from '../shared/commands'
import { marksFor, useListFocus, useListMarks } from '../shared/grid-bindings'
import { StepPage } from '../shared/StepPage'
import { sumAmounts, yuanAndWan, yuanText, wanText } from '../shared/sums'
import { Totals } from '../shared/Totals'

type ControlRow = ControlTotal & { id: string }

function IncomeBySource() {
  const { result } = useSession()
  const rows = useMemo(() => {
    const acc = new Map(FUND_SOURCES.map((s) => [s, { current: 0, carryover: 0, wan: 0 }]))
    for (const l of result?.analysis?.derivation.lines ?? []) {
      const a = acc.get(l.line.source)
      if (!a) continue
      a[l.line.period] += l.fen
      if (l.line.period === 'current') a.wan += l.wan
    }
    return FUND_SOURCES.map((s) => ({ source: s, ...(acc.get(s) as { current: number; carryover: number; wan: number }) }))
  }, [result])
  const t = text.income
  return (
    <table className="summary-table" data-testid="income-by-source">
      <thead>
        <tr>
          <th>{text.fields.source}</th>
          <th>{t.currentYuan}</th>
          <th>{t.currentWan}</th>
          <th>{t.carryoverYuan}</th>
        </tr>
      </thead>
      <tbody>
        {rows.map((r) => (
          <tr key={r.source}>
            <td>{FUND_SOURCE_LABELS[r.source]}</td>
            <td className="num">{yuanText(r.current)}</td>
            <td className="num">{wanText(r.wan)}</td>
            <td className="num">{yuanText(r.carryover)}</td>
          </tr>
        ))}
      </tbody>
    </table>
  )
}

function IncomeGrid({ list, title }: { list: 'fundIncome' | 'stateCapitalIncome'; title: string }) {
  const { document, template, result } = useSession()
  const rows = document.data[list]
  const marks = useListMarks(list)
  const focus = useListFocus(list)
  const columns = useMemo<GridColumn<IncomeEntry>[]>(
    () => [
      codeColumn('incomeCode', text.fields.incomeCode, catalogEntries(template?.catalog).income, [3, 5, 7], ['收入分类科目编码', '科目编码', '科目'], 280),
      {
        key: 'name',
        title: text.income.nameOptional,
        aliases: ['科目名称', '名称'],
        width: 240,
        kind: 'text',
        set: (row, value) => {
          const next = { ...row }
          if (value === '') delete next.name
          else next.name = String(value)
          return next
        },
      },
      amountColumn(),
    ],
    [template],
  )
  const newRow = useCallback((): IncomeEntry => ({ id: newId('i'), incomeCode: '', amount: '' }), [])
  const duplicate = useCallback((r: IncomeEntry): IncomeEntry => ({ ...r, id: newId('i') }), [])
  const onChange = useCallback((next: IncomeEntry[]) => updateData((d) => ({ ...d, [list]: next })), [list])
  const source = list === 'fundIncome' ? 'fund' : 'state-capital'
  const spending = (result?.analysis?.derivation.lines ?? []).filter((l) => l.line.source === source && l.line.period === 'current').reduce((a, l) => a + l.fen, 0)
  const income = sumAmounts(rows)
  return (
    <>
      <Typography.Title level={5} id={fieldDomId([list])}>
        {title}
      </Typography.Title>
      <EntryGrid
        testId={list}
        rows={rows}
        columns={columns}
        onChange={onChange}
        newRow={newRow}
        duplicate={duplicate}
        marks={marks}
        focus={focus}
        height={180}
        commands={GRID_COMMANDS}
        footer={<Totals items={[{ label: text.income.incomeTotal, value: yuanAndWan(income.fen) }, { label: text.income.spendingTotal(FUND_SOURCE_LABELS[source]), value: yuanAndWan(spending), ...(spending !== income.fen ? { tone: 'bad' as const } : {}) }]} />}
      />
    </>
  )
}

function ControlTotalsGrid() {
  const { document, result } = useSession()
  // Control totals carry no id in the document: rows are known by position.
  const rows = useMemo(() => document.data.controlTotals.map((c, i): ControlRow => ({ ...c, id: `c${i}` })), [document.data.controlTotals])
  const marks = useMemo(() => marksFor(result?.findings ?? [], 'controlTotals', rows), [result, rows])
  const columns = useMemo<GridColumn<ControlRow>[]>(() => [{ key: 'source', title: text.fields.source, width: 160, kind: 'enum', required: true, options: SOURCE_OPTIONS }, periodColumn(), amountColumn()], [])
  const newRow = useCallback((): ControlRow => ({ id: newId('c'), source: 'general', period: 'current', amount: '' }), [])
  const onChange = useCallback((next: ControlRow[]) => updateData((d) => ({ ...d, controlTotals: next.map(({ id: _id, ...c }) => c) })), [])
  return (
    <>
      <Typography.Title level={5} id={fieldDomId(['controlTotals'])}>
        {text.income.controlTitle}
      </Typography.Title>
      <Typography.Paragraph type="secondary">{text.income.controlHint}</Typography.Paragraph>
      <EntryGrid testId="controlTotals" rows={rows} columns={columns} onChange={onChange} newRow={newRow} duplicate={(r) => ({ ...r, id: newId('c') })} marks={marks} height={150} commands={GRID_COMMANDS} />
    </>
  )
}

export function IncomeStep() {
  return (
    <StepPage step="income">
      <Typography.Title level={5}>{text.income.bySourceTitle}</Typography.Title>
      <Typography.Paragraph type="secondary">{text.income.bySourceHint}</Typography.Paragraph>
      <IncomeBySource />
      <IncomeGrid list="fundIncome" title={text.income.fundTitle} />
      <IncomeGrid list="stateCapitalIncome" title={text.income.stateCapitalTitle} />
      <ControlTotalsGrid />
    </StepPage>
  )
}
