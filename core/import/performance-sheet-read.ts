// Reading the 绩效目标表 sheet back: find its columns by header text, cut it into one block per
// project, read each block into a 项目支出绩效目标表 with per-row Chinese problems, and merge the
// forms into the document's. The layout (columns, 栏目, lists) is in performance-sheet.ts.
import { yuanToFen } from '../money/money'
import type { BudgetLine, Project } from '../model/budget'
import type { Unit } from '../model/organization'
import { LEVEL1_LABELS, LEVEL2_BY_LEVEL1, LEVEL2_LABELS, ProjectForm, type Indicator, type Level2 } from '../model/performance'
import { ShortText, Text } from '../model/primitives'
import { formatIndicatorValue, parseIndicatorValue, type Comparator } from '../performance/indicator-value'
import { parseAmount } from './parse-values'
import { unitKey } from './resolve-entities'
import { cellAt, columnLetter, isBlankRow, normalizeHeader, problemAt, rowErrors, type CellRef, type ImportProblem, type SheetData } from './sheet'
import { ITEM_BY_LABEL, LEVEL1_BY_LABEL, LEVEL2_BY_LABEL, PERFORMANCE_COLUMNS, PERFORMANCE_EXAMPLE_MARK, PERFORMANCE_HEADERS, PERFORMANCE_ITEMS, PERFORMANCE_SHEET_NAME, type PerformanceColumnKey, type SplitKey } from './performance-sheet'
import { annualAmountsOf } from './performance-sheet-rows'

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
