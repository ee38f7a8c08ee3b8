// The 绩效指标 of one half of a project form (实施期 or 年度) in an entry grid: 一级 and 二级 指标,
// the 三级 name, and the 指标值 typed as printed (`≥95%`, `≤365天`, `及时`). While a 三级 name is
// typed, the indicator library (the year's common indicators and the officer's own) is suggested;
// choosing one also fills an empty 指标值.
import { useCallback, useMemo, type ReactNode } from 'react'
import type { Finding } from '../../../../core/rules/finding'
import { LEVEL1_LABELS, LEVEL2_BY_LEVEL1, LEVEL2_LABELS, type Indicator, type Level1, type Level2 } from '../../../../core/model/performance'
import { formatIndicatorValue, parseIndicatorValue } from '../../../../core/performance/indicator-value'
import { suggestIndicators, type LibraryEntry } from '../../../../core/performance/indicator-library'
import { EntryGrid } from '../../components/EntryGrid/EntryGrid'
import type { CellMark, GridColumn } from '../../components/EntryGrid/grid-types'
import { text } from '../../text/zh-CN'
import { labelOptions } from '../shared/columns'
import { GRID_COMMANDS } from '../shared/commands'

type IndicatorRow = Indicator & { id: string }

const level1Of = (l2: string): Level1 => (Object.keys(LEVEL2_BY_LEVEL1) as Level1[]).find((l1) => (LEVEL2_BY_LEVEL1[l1] as readonly string[]).includes(l2)) ?? 'output'
const SUGGESTION_LIMIT = 12

const isEmptyValue = (v: Indicator['value']) => v.comparator === '' && v.value === '' && v.unit === ''

function columnsFor(library: readonly LibraryEntry[]): GridColumn<IndicatorRow>[] {
  const userNames = new Set(library.filter((e) => e.origin === 'user').map((e) => `${e.indicator.level2}|${e.indicator.name}`))
  const find = (level2: Level2, name: string) => library.find((e) => e.indicator.level2 === level2 && e.indicator.name === name)
  return [
    { key: 'level1', title: text.performance.level1, aliases: ['一级'], width: 120, kind: 'enum', required: true, options: labelOptions(LEVEL1_LABELS) },
    {
      key: 'level2',
      title: text.performance.level2,
      aliases: ['二级'],
      width: 170,
      kind: 'enum',
      required: true,
      options: labelOptions(LEVEL2_LABELS),
      // Choosing a 二级指标 sets its 一级指标.
      set: (row, value, raw) => ({ ...row, level2: value as Level2, level1: raw ? row.level1 : level1Of(String(value)) }),
    },
    {
      key: 'name',
      title: text.performance.level3,
      aliases: ['三级指标', '指标名称'],
      width: 280,
      kind: 'text',
      suggest: (row, query) =>
        query.trim() === ''
          ? []
          : suggestIndicators(library, row.level2, query, SUGGESTION_LIMIT).map((i) => {
              const value = formatIndicatorValue(i.value)
              const mine = userNames.has(`${i.level2}|${i.name}`) ? `〔${text.indicatorLibrary.suggestionMine}〕` : ''
              return { value: i.name, label: `${mine}${i.name}${value ? `\u3000${value}` : ''}` }
            }),
      // A library indicator brings its usual 指标值 when none was typed yet.
      set: (row, value) => {
        const name = String(value)
        const known = isEmptyValue(row.value) ? find(row.level2, name) : undefined
        return known ? { ...row, name, value: { ...known.indicator.value } } : { ...row, name }
      },
    },
    {
      key: 'value',
      title: text.performance.value,
      aliases: ['指标值'],
      width: 160,
      kind: 'text',
      display: (row) => formatIndicatorValue(row.value),
      edit: (row) => formatIndicatorValue(row.value),
      set: (row, value) => ({ ...row, value: parseIndicatorValue(String(value)) }),
    },
  ]
}

interface Props {
  testId: string
  indicators: readonly Indicator[]
  onChange: (next: Indicator[]) => void
  findings: readonly Finding[]
  /** Path of this list in the document: ['performance', 'projectForms', i, 'annualIndicators']. */
  path: (string | number)[]
  library: readonly LibraryEntry[]
  toolbarExtra?: ReactNode
}

export function IndicatorGrid({ testId, indicators, onChange, findings, path, library, toolbarExtra }: Props) {
  const rows = useMemo(() => indicators.map((ind, i): IndicatorRow => ({ ...ind, id: `ind-${i}` })), [indicators])
  const columns = useMemo(() => columnsFor(library), [library])
  const marks = useMemo(() => {
    const out = new Map<string, Record<string, CellMark>>()
    for (const f of findings) {
      const p = f.location.path
      if (!p || p.length < path.length || path.some((x, k) => p[k] !== x)) continue
      const index = p[path.length]
      const key = typeof index === 'number' ? `ind-${index}` : undefined
      if (!key) continue
      out.set(key, { ...(out.get(key) ?? {}), [String(p[path.length + 1] ?? '')]: { severity: f.severity, message: f.message } })
    }
    return out
  }, [findings, path])
  const newRow = useCallback((): IndicatorRow => ({ id: `ind-${rows.length}`, level1: 'output', level2: 'quantity', name: '', value: { comparator: '', value: '', unit: '' } }), [rows.length])
  const change = useCallback((next: IndicatorRow[]) => onChange(next.map(({ id: _id, ...ind }) => ind)), [onChange])
  return (
    <EntryGrid
      testId={testId}
      rows={rows}
      columns={columns}
      onChange={change}
      newRow={newRow}
      duplicate={(r) => ({ ...r, id: `ind-${rows.length}` })}
      marks={marks}
      height={230}
      commands={GRID_COMMANDS}
      toolbarExtra={toolbarExtra}
    />
  )
}
