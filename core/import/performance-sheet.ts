// The 绩效目标表 sheet of the import template: one block per project (项目支出绩效目标表), each
// field of the form on its own row (栏目), indicators as rows (一级/二级/三级指标 and 指标值, 实施期
// and 年度 kept apart). The writer (electron/main/import/write-performance-sheet.ts) and the reader
// below share these columns and labels. The 年度 money of a form is derived from the project's lines:
// the sheet shows it for reference only and never imports it.
import type { BudgetDocument } from '../document/envelope'
import { fenToYuanString, yuanToFen } from '../money/money'
import type { BudgetLine, Project } from '../model/budget'
import type { Unit } from '../model/organization'
import { LEVEL1, LEVEL1_LABELS, LEVEL2_BY_LEVEL1, LEVEL2_LABELS, ProjectForm, type Indicator, type Level1, type Level2 } from '../model/performance'
import { ShortText, Text } from '../model/primitives'
import { FUND_ROW_LABELS } from '../performance/layouts'
import { formatIndicatorValue, parseIndicatorValue, type Comparator } from '../performance/indicator-value'
import { parseAmount } from './parse-values'
import { unitKey } from './resolve-entities'
import { cellAt, columnLetter, isBlankRow, normalizeHeader, problemAt, rowErrors, type CellRef, type ImportProblem, type SheetData } from './sheet'

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
type SplitKey = (typeof FUND_ROW_LABELS)[number][0]

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

const ITEM_BY_LABEL = new Map(PERFORMANCE_ITEMS.map((i) => [normalizeHeader(i.label), i]))
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

const LEVEL1_BY_LABEL = new Map<string, Level1>(LEVEL1.flatMap((l) => [[LEVEL1_LABELS[l], l] as const, [LEVEL1_LABELS[l].replace(/指标$/, ''), l] as const]))
const LEVEL2_BY_LABEL = new Map<string, Level2>(
  (Object.entries(LEVEL2_LABELS) as [Level2, string][]).flatMap(([k, label]) => [[label, k] as const, [label.replace(/指标$/, ''), k] as const]),
)

/** One block's cells in column order. */
type Cells = Partial<Record<PerformanceColumnKey, string>>
const rowOf = (cells: Cells): string[] => PERFORMANCE_COLUMNS.map((c) => cells[c.key] ?? '')

/** 元 per project: every line of the project, 当年 and 上年结转 (the form's 年度资金总额). */
export function annualAmountsOf(lines: readonly BudgetLine[]): Map<string, string> {
  const fen = new Map<string, number>()
  for (const l of lines) if (l.kind === 'project' && l.projectId) fen.set(l.projectId, (fen.get(l.projectId) ?? 0) + yuanToFen(l.amount))
  return new Map([...fen].map(([id, f]) => [id, fenToYuanString(f)]))
}

function indicatorRow(label: string, ind: Indicator): Cells {
  return {
    item: label,
    level1: LEVEL1_LABELS[ind.level1],
    level2: LEVEL2_LABELS[ind.level2],
    name: ind.name,
    comparator: ind.value.comparator,
    value: ind.value.value,
    unit: ind.value.unit,
    ...(ind.note !== undefined ? { note: ind.note } : {}),
  }
}

/** The rows of one project's block. */
export function performanceBlockRows(form: ProjectForm, head: { projectId: string; unitName?: string; project: string; annualAmount?: string }): string[][] {
  const rows: Cells[] = []
  for (const item of PERFORMANCE_ITEMS) {
    switch (item.kind) {
      case 'text':
        rows.push({ item: item.label, content: form[item.key] })
        break
      case 'total':
        rows.push({ item: item.label, content: form.implementationTotal ?? '' })
        break
      case 'split':
        rows.push({ item: item.label, content: form.implementationSplit?.[item.key] ?? '' })
        break
      case 'indicators':
        for (const ind of item.half === 'implementation' ? form.implementationIndicators : form.annualIndicators) rows.push(indicatorRow(item.label, ind))
    }
  }
  const first = rows[0] as Cells
  first.projectId = head.projectId
  if (head.unitName !== undefined) first.unitName = head.unitName
  first.project = head.project
  if (head.annualAmount !== undefined) first.annualAmount = head.annualAmount
  return rows.map(rowOf)
}

/** The filled sheet of a document: one block per 项目支出绩效目标表, in the document's order. */
export function performanceRowsOf(doc: BudgetDocument): string[][] {
  const d = doc.data
  const projects = new Map(d.projects.map((p) => [p.id, p]))
  const units = new Map(d.units.map((u) => [u.id, u.name]))
  const amounts = annualAmountsOf(d.lines)
  return d.performance.projectForms.flatMap((f) => {
    const p = projects.get(f.projectId)
    return performanceBlockRows(f, { projectId: f.projectId, unitName: p ? (units.get(p.unitId) ?? '') : '', project: p?.name ?? '', annualAmount: amounts.get(f.projectId) ?? '0.00' })
  })
}

/** The blank template's example block, marked 示例 so that it is never imported. */
export function performanceExampleRows(): string[][] {
  const ind = (level1: Level1, level2: Level2, name: string, comparator: Comparator, value: string, unit: string): Indicator => ({ level1, level2, name, value: { comparator, value, unit } })
  const indicators = [
    ind('output', 'quantity', '开展专项检查次数', '≥', '4', '次'),
    ind('output', 'quality', '检查覆盖率', '=', '100', '%'),
    ind('output', 'timeliness', '完成时限', '≤', '12', '月'),
    ind('output', 'cost', '项目成本控制', '≤', '10', '万元'),
    ind('benefit', 'social', '群众办事便利程度', '', '明显提升', ''),
    ind('satisfaction', 'beneficiary-satisfaction', '服务对象满意度', '≥', '90', '%'),
  ]
  const form = ProjectForm.parse({
    projectId: 'example',
    implementationTotal: '100000.00',
    implementationSplit: { local: '100000.00' },
    overview: '（示例，不会导入）简要说明项目的内容、范围和实施单位。',
    basis: '相关法律法规、政策文件和部门职责。',
    necessity: '说明设立项目的必要性。',
    measures: '保证项目实施的管理制度和措施。',
    plan: '项目实施的时间安排和步骤。',
    implementationGoal: '项目实施期内要达到的总体目标。',
    annualGoal: '本年度要达到的目标。',
    implementationIndicators: indicators,
    annualIndicators: indicators,
    owner: '张三',
    handler: '李四',
    phone: '0000-0000000',
    filledAt: '',
  })
  return performanceBlockRows(form, { projectId: PERFORMANCE_EXAMPLE_MARK, project: `${PERFORMANCE_EXAMPLE_MARK}：某某专项业务经费`, annualAmount: '' })
}

/** The sheet as plain strings (header + rows), e.g. for tests without a workbook. */
export function performanceSheet(rows: readonly (readonly string[])[]): SheetData {
  return { name: PERFORMANCE_SHEET_NAME, rows: [[...PERFORMANCE_HEADERS], ...rows.map((r) => [...r])] }
}

export interface LocatedPerformanceSheet {
  sheet: SheetData
  /** 1-based. */
  headerRow: number
  columns: Partial<Record<PerformanceColumnKey, number>>
}

const HEADER_SCAN_ROWS = 10
const HEADER_ALIASES: Partial<Record<PerformanceColumnKey, string[]>> = {
  name: ['三级指标名称', '指标名称'],
  item: ['填报栏目', '项目'],
  unit: ['度量单位'],
  unitName: ['实施单位', '单位名称'],
  annualAmount: ['年度资金总额（元）', '年度资金（元）'],
}

function columnOfHeader(cell: string): PerformanceColumnKey | undefined {
  const c = normalizeHeader(cell)
  if (c === '') return undefined
  return PERFORMANCE_COLUMNS.find((col) => normalizeHeader(col.header) === c || (HEADER_ALIASES[col.key] ?? []).some((a) => normalizeHeader(a) === c))?.key
}

/** The 绩效目标表 sheet with its columns found by header text; undefined when the workbook has none. */
export function locatePerformanceSheet(sheets: readonly SheetData[], problems: ImportProblem[]): LocatedPerformanceSheet | undefined {
  const sheet = sheets.find((s) => normalizeHeader(s.name) === normalizeHeader(PERFORMANCE_SHEET_NAME))
  if (!sheet) return undefined
  let best = { row: -1, columns: {} as Partial<Record<PerformanceColumnKey, number>>, count: 0 }
  for (let r = 0; r < Math.min(sheet.rows.length, HEADER_SCAN_ROWS); r++) {
    const columns: Partial<Record<PerformanceColumnKey, number>> = {}
    ;(sheet.rows[r] ?? []).forEach((cell, c) => {
      const key = columnOfHeader(cell)
      if (key && columns[key] === undefined) columns[key] = c
    })
    const count = Object.keys(columns).length
    if (count > best.count) best = { row: r, columns, count }
  }
  if (best.row < 0) {
    if (sheet.rows.every((row) => isBlankRow(row))) {
      problems.push(problemAt({ sheet: sheet.name, row: 0 }, 'warning', '“绩效目标表”是空表，没有导入任何绩效目标'))
      return undefined
    }
    problems.push(problemAt({ sheet: sheet.name, row: 0 }, 'error', `没有找到表头（应有“${PERFORMANCE_HEADERS.slice(0, 9).join('”“')}”等列）`))
    return undefined
  }
  const missing: string[] = []
  if (best.columns.project === undefined && best.columns.projectId === undefined) missing.push('项目名称')
  if (best.columns.item === undefined) missing.push('栏目')
  if (missing.length > 0) {
    problems.push(problemAt({ sheet: sheet.name, row: best.row + 1 }, 'error', `缺少“${missing.join('”“')}”列`))
    return undefined
  }
  return { sheet, headerRow: best.row + 1, columns: best.columns }
}

/** A project the sheet's blocks may name (the document's projects after the 项目 sheet is applied). */
export type PerformanceProject = Pick<Project, 'id' | 'name' | 'unitId'> & { classified?: boolean }
export type PerformanceUnit = Pick<Unit, 'id' | 'name'>

export interface ProjectFormDraft {
  /** The block's first row. */
  ref: CellRef
  /** Rows [first, last] of the block (1-based). */
  lastRow: number
  form: ProjectForm
}

export interface PerformanceSheetRead {
  sheet: string
  drafts: ProjectFormDraft[]
  /** Blocks found, the example left out, failed ones included. */
  blocks: number
}

export interface PerformanceReadOptions {
  /** 元 per project id derived from the lines; a different 年度资金 in the sheet is reported. */
  annualAmounts?: ReadonlyMap<string, string>
}

const nameKey = (s: string) => normalizeHeader(s)

interface Block {
  headRow: number
  projectId: string
  unitName: string
  project: string
  example: boolean
  rows: { row: number; get: (k: PerformanceColumnKey) => string; ref: (k: PerformanceColumnKey) => CellRef }[]
}

const COMPARATOR_BY_TEXT = new Map<string, Comparator>([
  ['≥', '≥'], ['>=', '≥'], ['≧', '≥'], ['＞＝', '≥'], ['不低于', '≥'], ['不少于', '≥'], ['大于等于', '≥'],
  ['≤', '≤'], ['<=', '≤'], ['≦', '≤'], ['＜＝', '≤'], ['不高于', '≤'], ['不超过', '≤'], ['不多于', '≤'], ['小于等于', '≤'],
  ['>', '>'], ['＞', '>'], ['大于', '>'], ['高于', '>'],
  ['<', '<'], ['＜', '<'], ['小于', '<'], ['低于', '<'],
  ['=', '='], ['＝', '='], ['等于', '='],
])

/**
 * The blocks of the sheet → one form draft per project. Every problem names the sheet, row and
 * column in Chinese; a block with an error yields no draft (the caller refuses the whole import).
 */
export function readPerformanceSheet(
  located: LocatedPerformanceSheet,
  projects: readonly PerformanceProject[],
  units: readonly PerformanceUnit[],
  problems: ImportProblem[],
  options: PerformanceReadOptions = {},
): PerformanceSheetRead {
  const { sheet, columns, headerRow } = located
  const header = (k: PerformanceColumnKey) => PERFORMANCE_COLUMNS.find((c) => c.key === k)?.header ?? k
  const blocks: Block[] = []
  let current: Block | undefined
  for (let r = headerRow; r < sheet.rows.length; r++) {
    if (isBlankRow(sheet.rows[r])) continue
    const get = (k: PerformanceColumnKey) => (columns[k] === undefined ? '' : cellAt(sheet, r, columns[k] as number))
    if (PERFORMANCE_COLUMNS.every((c) => get(c.key) === '')) continue
    const ref = (k: PerformanceColumnKey): CellRef => {
      const c = columns[k]
      return c === undefined ? { sheet: sheet.name, row: r + 1 } : { sheet: sheet.name, row: r + 1, column: columnLetter(c), columnName: cellAt(sheet, headerRow - 1, c) || header(k) }
    }
    const projectId = get('projectId')
    const project = get('project')
    const unitName = get('unitName')
    const otherId = projectId !== '' && current !== undefined && current.projectId !== '' && projectId !== current.projectId
    const otherName = project !== '' && current !== undefined && current.project !== '' && nameKey(project) !== nameKey(current.project)
    const otherUnit = unitName !== '' && current !== undefined && current.unitName !== '' && nameKey(unitName) !== nameKey(current.unitName)
    const startsBlock = (projectId !== '' || project !== '') && (!current || otherId || otherName || otherUnit)
    if (startsBlock) {
      const example = projectId.startsWith(PERFORMANCE_EXAMPLE_MARK) || project.startsWith(PERFORMANCE_EXAMPLE_MARK)
      current = { headRow: r + 1, projectId, unitName, project, example, rows: [] }
      blocks.push(current)
    } else if (current && current.projectId === '' && projectId !== '') current.projectId = projectId
    else if (current && current.project === '' && project !== '') current.project = project
    if (current && current.unitName === '' && unitName !== '') current.unitName = unitName
    if (!current) {
      problems.push(problemAt(ref('project'), 'error', '这一行不属于任何项目：请在块的第一行填写项目名称（或项目编号）'))
      continue
    }
    current.rows.push({ row: r + 1, get, ref })
  }

  const real = blocks.filter((b) => !b.example)
  const out: PerformanceSheetRead = { sheet: sheet.name, drafts: [], blocks: real.length }
  if (real.length === 0) {
    problems.push(problemAt({ sheet: sheet.name, row: 0 }, 'warning', '“绩效目标表”中没有填写项目的绩效目标（示例块除外），没有导入任何绩效目标'))
    return out
  }
  const seen = new Map<string, number>()
  for (const block of real) {
    const draft = readBlock(block, projects, units, problems, options, seen)
    if (draft) out.drafts.push(draft)
  }
  return out
}

function resolveProject(block: Block, projects: readonly PerformanceProject[], units: readonly PerformanceUnit[], problems: ImportProblem[]): PerformanceProject | undefined {
  const head = block.rows[0]
  if (!head) return undefined
  const { projectId, project } = block
  if (projectId !== '') {
    const byId = projects.find((p) => p.id === projectId)
    if (byId) {
      if (project !== '' && nameKey(project) !== nameKey(byId.name)) {
        problems.push(problemAt(head.ref('project'), 'warning', `项目编号“${projectId}”的项目名称是“${byId.name}”，本块写的是“${project}”，按项目编号导入`))
      }
      return byId
    }
    if (project === '') {
      problems.push(problemAt(head.ref('projectId'), 'error', `项目编号“${projectId}”不在“项目”表或文档的项目中`))
      return undefined
    }
  }
  let byName = projects.filter((p) => nameKey(p.name) === nameKey(project))
  if (block.unitName !== '' && byName.length > 0) {
    const unitIds = new Set(units.filter((u) => unitKey(u.name) === unitKey(block.unitName) || u.id === block.unitName).map((u) => u.id))
    const inUnit = byName.filter((p) => unitIds.has(p.unitId))
    if (inUnit.length === 0) {
      problems.push(problemAt(head.ref('unitName'), 'error', `单位“${block.unitName}”没有名为“${project}”的项目`))
      return undefined
    }
    byName = inUnit
  }
  if (byName.length === 1) return byName[0]
  if (byName.length > 1) {
    const unitNames = byName.map((p) => units.find((u) => u.id === p.unitId)?.name ?? p.unitId)
    problems.push(problemAt(head.ref('project'), 'error', `有${byName.length}个项目都叫“${project}”（${unitNames.join('、')}），请填写“单位”或“项目编号”列`))
    return undefined
  }
  problems.push(problemAt(head.ref('project'), 'error', `项目“${project}”不在“项目”表或文档的项目中，无法导入它的绩效目标`))
  return undefined
}

function readBlock(
  block: Block,
  projects: readonly PerformanceProject[],
  units: readonly PerformanceUnit[],
  problems: ImportProblem[],
  options: PerformanceReadOptions,
  seen: Map<string, number>,
): ProjectFormDraft | undefined {
  const before = problems.filter((p) => p.severity === 'error').length
  const project = resolveProject(block, projects, units, problems)
  const head = block.rows[0] as Block['rows'][number]
  if (project) {
    const earlier = seen.get(project.id)
    if (earlier !== undefined) problems.push(problemAt(head.ref('project'), 'error', `项目“${project.name}”的绩效目标已在第${earlier}行填写；每个项目只能有一块`))
    else seen.set(project.id, block.headRow)
    if (project.classified) problems.push(problemAt(head.ref('project'), 'warning', `项目“${project.name}”是涉密项目，它的绩效目标表不公开；已导入，但不会打印`))
  }
  const error = (ref: CellRef, message: string) => problems.push(problemAt(ref, 'error', message))
  const form: Record<string, unknown> = { projectId: project?.id ?? 'unknown' }
  const split: Partial<Record<SplitKey, string>> = {}
  const implementationIndicators: Indicator[] = []
  const annualIndicators: Indicator[] = []
  const filledItems = new Map<string, number>()
  let reference: { text: string; ref: CellRef } | undefined

  for (const { row, get, ref } of block.rows) {
    if (get('annualAmount') !== '' && !reference) reference = { text: get('annualAmount'), ref: ref('annualAmount') }
    const itemText = get('item')
    const indicatorCells = (['level1', 'level2', 'name', 'comparator', 'value', 'unit', 'note'] as const).some((k) => get(k) !== '')
    if (itemText === '') {
      if (indicatorCells || get('content') !== '') error(ref('item'), '请填写栏目（如“项目概况”“年度指标”）')
      continue
    }
    const item = ITEM_BY_LABEL.get(nameKey(itemText))
    if (!item) {
      error(ref('item'), `不认识的栏目“${itemText}”（应为${PERFORMANCE_ITEMS.map((i) => i.label).join('、')}之一）`)
      continue
    }
    if (item.kind === 'indicators') {
      const ind = readIndicator(get, ref, problems)
      if (ind) (item.half === 'implementation' ? implementationIndicators : annualIndicators).push(ind)
      continue
    }
    const key = item.kind === 'text' ? item.key : item.kind === 'split' ? `split.${item.key}` : 'total'
    const earlier = filledItems.get(key)
    if (earlier !== undefined) {
      error(ref('item'), `栏目“${item.label}”在本块第${earlier}行已经出现`)
      continue
    }
    filledItems.set(key, row)
    const content = get('content')
    if (content === '') continue
    if (item.kind === 'text') {
      const r = (item.long ? Text : ShortText).safeParse(content)
      if (r.success) form[item.key] = content
      else error(ref('content'), `${item.label}：${r.error.issues[0]?.message ?? '内容有误'}`)
    } else {
      const a = parseAmount(content, 'yuan')
      if (!a.ok) error(ref('content'), `${item.label}：${a.message}`)
      else if (item.kind === 'total') form['implementationTotal'] = a.value
      else split[item.key] = a.value
    }
  }
  if (Object.keys(split).length > 0) form['implementationSplit'] = split
  form['implementationIndicators'] = implementationIndicators
  form['annualIndicators'] = annualIndicators

  if (reference && project) {
    const derived = options.annualAmounts?.get(project.id) ?? (options.annualAmounts ? '0.00' : undefined)
    const typed = parseAmount(reference.text, 'yuan')
    if (derived !== undefined && (!typed.ok || yuanToFen(typed.value) !== yuanToFen(derived))) {
      problems.push(problemAt(reference.ref, 'warning', `年度资金由项目的预算行计算，为${derived}元；表中的“${reference.text}”仅供参考，没有导入`))
    }
  }
  if (!project || problems.filter((p) => p.severity === 'error').length > before) return undefined
  const parsed = ProjectForm.safeParse(form)
  if (!parsed.success) {
    for (const issue of parsed.error.issues) error(head.ref('project'), `项目“${project.name}”的绩效目标有误：${issue.message}`)
    return undefined
  }
  return { ref: head.ref('project'), lastRow: block.rows[block.rows.length - 1]?.row ?? block.headRow, form: parsed.data }
}

function readIndicator(get: (k: PerformanceColumnKey) => string, ref: (k: PerformanceColumnKey) => CellRef, problems: ImportProblem[]): Indicator | undefined {
  const { error, failed } = rowErrors(problems, ref)
  const l1Text = get('level1')
  const level1 = LEVEL1_BY_LABEL.get(nameKey(l1Text))
  if (!level1) error('level1', l1Text === '' ? '请填写一级指标' : `一级指标“${l1Text}”不在指标体系内（应为产出指标、效益指标或满意度指标）`)
  const l2Text = get('level2')
  const level2 = LEVEL2_BY_LABEL.get(nameKey(l2Text))
  if (!level2) error('level2', l2Text === '' ? '请填写二级指标' : `二级指标“${l2Text}”不在指标体系内（应为${Object.values(LEVEL2_LABELS).join('、')}之一）`)
  else if (level1 && !(LEVEL2_BY_LEVEL1[level1] as readonly Level2[]).includes(level2)) {
    error('level2', `二级指标“${l2Text}”不属于${LEVEL1_LABELS[level1]}（${LEVEL1_LABELS[level1]}的二级指标为${LEVEL2_BY_LEVEL1[level1].map((k) => LEVEL2_LABELS[k]).join('、')}）`)
  }
  const name = get('name')
  const cText = get('comparator')
  let comparator: Comparator = ''
  if (cText !== '') {
    const c = COMPARATOR_BY_TEXT.get(cText.replace(/\s/g, ''))
    if (c === undefined) error('comparator', `符号“${cText}”应为≥、≤、>、<或=`)
    else comparator = c
  }
  let value = { comparator, value: get('value'), unit: get('unit') }
  // `≥95%` typed into 指标值 alone (as the budget system prints it) is split into its parts.
  if (cText === '' && value.unit === '' && /^(?:[>＞<＜=＝≥≤≧≦]|不低于|不少于|不超过|不高于|不多于|大于|小于|高于|低于|等于)/.test(value.value)) {
    value = parseIndicatorValue(value.value)
  }
  for (const [k, v] of [['name', name], ['value', value.value], ['unit', value.unit], ['note', get('note')]] as const) {
    const r = ShortText.safeParse(v)
    if (!r.success) error(k, r.error.issues[0]?.message ?? '内容有误')
  }
  // A nameless indicator with a value is kept as the budget system printed it (real forms have
  // them); the document's performance rules report it once imported, like a blank or worded 指标值.
  // A row with neither name nor value brings nothing and is an error.
  if (name === '' && formatIndicatorValue(value).trim() === '') error('name', '请填写三级指标名称和指标值')
  if (failed() || !level1 || !level2) return undefined
  const note = get('note')
  return { level1, level2, name, value, ...(note !== '' ? { note } : {}) }
}

export interface PerformanceImportSummary {
  sheet: string
  /** Project forms the sheet brings. */
  forms: number
  /** Of them, forms that replace one the document already has. */
  replaced: number
  /** Problems (errors and warnings) on the sheet. */
  problems: number
}

/** One line for the preview and the CLI: what the 绩效目标表 brings. */
export function performanceSummaryText(s: PerformanceImportSummary): string {
  if (s.forms === 0) return `“${s.sheet}”没有导入绩效目标${s.problems > 0 ? `（${s.problems}条问题见上）` : ''}`
  const replaced = s.replaced > 0 ? `，其中${s.replaced}个替换文档中原有的表` : ''
  return `“${s.sheet}”导入${s.forms}个项目的绩效目标表${replaced}${s.problems > 0 ? `；${s.problems}条问题见上` : ''}`
}

/** The base's project forms with the sheet's on top: a project's form is replaced, new ones are added at the end. */
export function mergeProjectForms(base: readonly ProjectForm[], drafts: readonly ProjectFormDraft[]): { forms: ProjectForm[]; replaced: number } {
  const incoming = new Map(drafts.map((d) => [d.form.projectId, d.form]))
  let replaced = 0
  const forms = base.map((f) => {
    const next = incoming.get(f.projectId)
    if (!next) return f
    replaced++
    incoming.delete(f.projectId)
    return next
  })
  for (const f of incoming.values()) forms.push(f)
  return { forms, replaced }
}

/**
 * The template import's 绩效目标表 step: locate the sheet, read it against the resolved projects and
 * lines, merge the forms into the base's. Without the sheet nothing happens (older templates).
 */
export function importPerformanceSheet(
  sheets: readonly SheetData[],
  projects: readonly PerformanceProject[],
  units: readonly PerformanceUnit[],
  lines: readonly BudgetLine[],
  base: readonly ProjectForm[],
  problems: ImportProblem[],
): { projectForms: ProjectForm[]; summary: PerformanceImportSummary } | undefined {
  const own: ImportProblem[] = []
  const located = locatePerformanceSheet(sheets, own)
  const name = located?.sheet.name ?? sheets.find((s) => normalizeHeader(s.name) === normalizeHeader(PERFORMANCE_SHEET_NAME))?.name
  if (name === undefined) return undefined
  const read = located ? readPerformanceSheet(located, projects, units, own, { annualAmounts: annualAmountsOf(lines) }) : { drafts: [] }
  for (const p of own) problems.push(p)
  const merged = mergeProjectForms(base, read.drafts)
  return { projectForms: merged.forms, summary: { sheet: name, forms: read.drafts.length, replaced: merged.replaced, problems: own.length } }
}
