// The 绩效目标表 sheet of the import template: one block per project (项目支出绩效目标表), each
// field of the form on its own row (栏目), indicators as rows (一级/二级/三级指标 and 指标值, 实施期
// and 年度 kept apart). The rows (performance-sheet-rows.ts), the workbook writer
// (electron/main/import/write-performance-sheet.ts) and the reader (performance-sheet-read.ts) share
// these columns and labels. The 年度 money of a form is derived from the project's lines:
// the sheet shows it for reference only and never imports it.
import { LEVEL1, LEVEL1_LABELS, LEVEL2_LABELS, type Level1, type Level2 } from '../model/performance'
import { FUND_ROW_LABELS } from '../performance/layouts'
import type { Comparator } from '../performance/indicator-value'
import { normalizeHeader, type SheetData } from './sheet'

export const PERFORMANCE_SHEET_NAME = '绩效目标表'
/** A block whose 项目名称 (or 项目编号) starts with this is the template's example and is never imported. */
export const PERFORMANCE_EXAMPLE_MARK = '示例'

export type PerformanceListKind = 'item' | 'level1' | 'level2' | 'comparator' | 'project' | 'unit'

export interface PerformanceColumn {
  key: PerformanceColumnKey
  header: string
  width: number
  /** money: written as a number where the row is a money row; reference: shown, never imported. */
  kind: 'text' | 'money' | 'reference'
  list?: PerformanceListKind
  hint?: string
}

export type PerformanceColumnKey = 'projectId' | 'unitName' | 'project' | 'item' | 'level1' | 'level2' | 'name' | 'comparator' | 'value' | 'unit' | 'note' | 'content' | 'annualAmount'

export const PERFORMANCE_COLUMNS: readonly PerformanceColumn[] = [
  { key: 'projectId', header: '项目编号', width: 14, kind: 'text', hint: '可不填，按项目名称对应“项目”表；项目同名时必填' },
  { key: 'unitName', header: '单位', width: 24, kind: 'text', list: 'unit', hint: '可不填；不同单位有同名项目时必填' },
  { key: 'project', header: '项目名称', width: 30, kind: 'text', list: 'project', hint: '每个项目一块：只在块的第一行填写，下面各行留空即属于同一项目' },
  { key: 'item', header: '栏目', width: 22, kind: 'text', list: 'item' },
  { key: 'level1', header: '一级指标', width: 12, kind: 'text', list: 'level1' },
  { key: 'level2', header: '二级指标', width: 18, kind: 'text', list: 'level2' },
  { key: 'name', header: '三级指标', width: 28, kind: 'text' },
  { key: 'comparator', header: '符号', width: 6, kind: 'text', list: 'comparator', hint: '≥、≤、>、<、=，文字类指标值不填' },
  { key: 'value', header: '指标值', width: 16, kind: 'text', hint: '数值或文字；也可连同符号和单位一起填写，如“≥95%”' },
  { key: 'unit', header: '计量单位', width: 10, kind: 'text' },
  { key: 'note', header: '指标解释', width: 20, kind: 'text' },
  { key: 'content', header: '内容', width: 60, kind: 'money', hint: '文字栏目填写文字；资金栏目填写金额（元）' },
  { key: 'annualAmount', header: '年度资金（元，仅供参考）', width: 18, kind: 'reference', hint: '由项目的预算行计算，导入时不读取' },
]

/** Lines added to the template's 填表说明. */
export const PERFORMANCE_INSTRUCTIONS: readonly string[] = [
  '“绩效目标表”：每个项目一块，块的第一行填写项目名称（项目同名时再填单位或项目编号），下面各行留空即属于同一项目；每行在“栏目”列选择所填的内容。',
  '    项目概况、立项依据、目标等文字和实施期资金（元）填在“内容”列；每个绩效指标一行，栏目选“实施期指标”或“年度指标”，再填一级、二级、三级指标、符号、指标值和计量单位。',
  '    年度资金由项目的预算行计算，表中只供参考，不会导入；项目名称以“示例”开头的块不会导入；导入后表中的项目替换文档中同一项目的绩效目标表。',
]

export const PERFORMANCE_HEADERS: readonly string[] = PERFORMANCE_COLUMNS.map((c) => c.header)

type TextKey = 'overview' | 'basis' | 'necessity' | 'measures' | 'plan' | 'implementationGoal' | 'annualGoal' | 'owner' | 'handler' | 'phone' | 'filledAt'
export type SplitKey = (typeof FUND_ROW_LABELS)[number][0]

/** The rows of a block, in order: texts, 实施期 money, footer, then the indicators. */
export type PerformanceItem =
  | { kind: 'text'; key: TextKey; label: string; long: boolean }
  | { kind: 'total'; label: string }
  | { kind: 'split'; key: SplitKey; label: string }
  | { kind: 'indicators'; half: 'implementation' | 'annual'; label: string }

const text = (key: TextKey, label: string, long = true): PerformanceItem => ({ kind: 'text', key, label, long })

export const PERFORMANCE_ITEMS: readonly PerformanceItem[] = [
  text('overview', '项目概况'),
  text('basis', '立项依据'),
  text('necessity', '项目设立必要性'),
  text('measures', '保证项目实施的制度、措施'),
  text('plan', '项目实施计划'),
  text('implementationGoal', '实施期目标'),
  text('annualGoal', '年度目标'),
  { kind: 'total', label: '实施期资金总额' },
  ...FUND_ROW_LABELS.map(([key, label]): PerformanceItem => ({ kind: 'split', key, label: `实施期${label.replace(/^其中：/, '')}` })),
  text('owner', '负责人', false),
  text('handler', '经办人', false),
  text('phone', '联系电话', false),
  text('filledAt', '填报日期', false),
  { kind: 'indicators', half: 'implementation', label: '实施期指标' },
  { kind: 'indicators', half: 'annual', label: '年度指标' },
]

export const ITEM_BY_LABEL = new Map(PERFORMANCE_ITEMS.map((i) => [normalizeHeader(i.label), i]))
// Short forms an officer may type: `中央财政资金` for `实施期中央财政资金`, `资金总额`.
for (const i of PERFORMANCE_ITEMS) {
  if (i.kind === 'split' || i.kind === 'total') ITEM_BY_LABEL.set(normalizeHeader(i.label.replace(/^实施期/, '')), i)
}
ITEM_BY_LABEL.set(normalizeHeader('总体目标（实施期）'), text('implementationGoal', '实施期目标'))
ITEM_BY_LABEL.set(normalizeHeader('总体目标（年度）'), text('annualGoal', '年度目标'))

const COMPARATORS: readonly Exclude<Comparator, ''>[] = ['≥', '≤', '>', '<', '=']

export const PERFORMANCE_LISTS: Record<Exclude<PerformanceListKind, 'project' | 'unit'>, readonly string[]> = {
  item: PERFORMANCE_ITEMS.map((i) => i.label),
  level1: LEVEL1.map((l) => LEVEL1_LABELS[l]),
  level2: Object.values(LEVEL2_LABELS),
  comparator: COMPARATORS,
}

export const LEVEL1_BY_LABEL = new Map<string, Level1>(LEVEL1.flatMap((l) => [[LEVEL1_LABELS[l], l] as const, [LEVEL1_LABELS[l].replace(/指标$/, ''), l] as const]))
export const LEVEL2_BY_LABEL = new Map<string, Level2>(
  (Object.entries(LEVEL2_LABELS) as [Level2, string][]).flatMap(([k, label]) => [[label, k] as const, [label.replace(/指标$/, ''), k] as const]),
)

/** The sheet as plain strings (header + rows), e.g. for tests without a workbook. */
export function performanceSheet(rows: readonly (readonly string[])[]): SheetData {
  return { name: PERFORMANCE_SHEET_NAME, rows: [[...PERFORMANCE_HEADERS], ...rows.map((r) => [...r])] }
}
