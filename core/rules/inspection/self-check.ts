// The printable 自查表: per dimension, the app's checks with their result and the officer's ticked
// checklist items. A neutral model (rows of text) that the 体检 screen, the PDF and the xlsx render.
import { DIMENSION_LABELS, DIMENSION_NOTES } from './dimensions'
import type { DimensionId, Inspection, RuleStatus } from './types'

export type SelfCheckResult = '通过' | '未通过' | '有提示' | '待导出后复核' | '已确认' | '未确认'

export interface SelfCheckRow {
  dimension: string
  /** What is checked: a rule's title or a checklist item's text. */
  item: string
  method: '软件自动检查' | '人工确认'
  result: SelfCheckResult
  /** The findings in short, or the ids of the rules a summary row stands for. */
  detail: string
  /** Rule id (K01 …) or checklist id. */
  ref: string
}

export interface SelfCheckTable {
  title: string
  subtitle: string
  /** `YYYY-MM-DD` */
  date: string
  columns: readonly string[]
  rows: SelfCheckRow[]
  summary: { dimension: string; note: string; checksPassed: number; checks: number; ticked: number; items: number }[]
  /** `体检通过，可以公开` or why not. */
  conclusion: string
}

/** The officer's ticks: checklist id → confirmed. */
export type ChecklistTicks = Readonly<Record<string, boolean>>

export const SELF_CHECK_COLUMNS = ['检查方面', '检查内容', '检查方式', '结果', '说明'] as const

function resultOf(r: RuleStatus): SelfCheckResult {
  if (r.pending) return '待导出后复核'
  if (r.findings.some((f) => f.severity === 'error')) return '未通过'
  if (r.findings.some((f) => f.severity === 'warning')) return '有提示'
  return '通过'
}

function detailOf(r: RuleStatus): string {
  const shown = r.findings.filter((f) => f.severity !== 'info')
  if (shown.length === 0) return r.findings.map((f) => f.message).join('；')
  const first = shown.slice(0, 3).map((f) => f.message)
  return shown.length > 3 ? `${first.join('；')}；等${shown.length}项` : first.join('；')
}

export function selfCheckTable(inspection: Inspection, ticks: ChecklistTicks = {}): SelfCheckTable {
  const rows: SelfCheckRow[] = []
  const summary: SelfCheckTable['summary'] = []
  for (const d of inspection.dimensions) {
    const dimension = d.label
    // K rules always print; other rules print when they found something, the rest as one summary row.
    const shown = d.rules.filter((r) => r.item !== undefined || !r.passed)
    const quiet = d.rules.filter((r) => r.item === undefined && r.passed)
    for (const r of shown) rows.push({ dimension, item: r.title, method: '软件自动检查', result: resultOf(r), detail: detailOf(r), ref: r.id })
    if (quiet.length > 0) rows.push({ dimension, item: `其他${quiet.length}项勾稽关系和录入检查`, method: '软件自动检查', result: '通过', detail: quiet.map((r) => r.id).join('、'), ref: quiet.map((r) => r.id).join(',') })
    const items = inspection.checklist.filter((c) => c.dimension === d.id)
    for (const c of items) rows.push({ dimension, item: c.text, method: '人工确认', result: ticks[c.id] ? '已确认' : '未确认', detail: '', ref: c.id })
    summary.push({ dimension, note: DIMENSION_NOTES[d.id as DimensionId], checksPassed: d.passed, checks: d.total, ticked: items.filter((c) => ticks[c.id]).length, items: items.length })
  }
  const errors = inspection.blocking.length
  const unticked = inspection.checklist.filter((c) => !ticks[c.id]).length
  const pending = inspection.dimensions.some((d) => d.rules.some((r) => r.pending))
  const conclusion =
    errors > 0
      ? `体检未通过：有${errors}个错误，修正后才能导出公开`
      : unticked > 0
        ? `软件检查已通过${pending ? '（导出后将复核导出文件）' : ''}；尚有${unticked}项需人工确认`
        : `体检通过${pending ? '（导出后将复核导出文件）' : ''}，可以公开`
  const { name, year, level, today } = inspection.subject
  return {
    title: '预算公开发布前自查表',
    subtitle: `${name}${year}年度${level === 'unit' ? '单位' : '部门'}预算公开`,
    date: today,
    columns: SELF_CHECK_COLUMNS,
    rows,
    summary,
    conclusion,
  }
}

export { DIMENSION_LABELS }
