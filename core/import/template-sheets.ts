// Reading the import template back: find its sheets by name, its columns by header text (the
// officer may reorder columns), and turn the 单位 and 项目 rows into drafts.
import type { EconomicScope, ProjectAttribute, ProjectCategory, UnitType } from '../model/enums'
import { Id } from '../model/primitives'
import type { MappingDefaults } from './mapping'
import type { LineField, LineSheetSpec } from './line-rows'
import { parseProjectAttribute, parseProjectCategory, parseUnitType, parseWholeNumber, parseYesNo, type AmountUnit } from './parse-values'
import { cellAt, columnLetter, isBlankRow, normalizeHeader, problemAt, type CellRef, type ImportProblem, type SheetData } from './sheet'
import { ECONOMIC_SCOPE_LABELS, EXAMPLE_MARK, TEMPLATE_SHEETS, type TemplateSheet, type TemplateSheetId } from './template-layout'

export interface LocatedSheet {
  sheet: SheetData
  layout: TemplateSheet
  /** 1-based header row. */
  headerRow: number
  columns: Record<string, number>
  amountUnit: AmountUnit
}

const HEADER_SCAN_ROWS = 10

function headerMatches(cell: string, header: string): boolean {
  const c = normalizeHeader(cell)
  const h = normalizeHeader(header)
  if (c === h) return true
  // `金额（元）` may have been changed to `金额（万元）` on purpose (填表说明 2).
  return h === normalizeHeader('金额（元）') && c === normalizeHeader('金额（万元）')
}

/** A template sheet by its name, with the columns found by header text; missing required columns are errors. */
export function locateTemplateSheet(sheets: readonly SheetData[], id: TemplateSheetId, problems: ImportProblem[]): LocatedSheet | undefined {
  const layout = TEMPLATE_SHEETS[id]
  const sheet = sheets.find((s) => normalizeHeader(s.name) === normalizeHeader(layout.name))
  if (!sheet) return undefined
  let best = { row: -1, columns: {} as Record<string, number>, count: 0 }
  for (let r = 0; r < Math.min(sheet.rows.length, HEADER_SCAN_ROWS); r++) {
    const columns: Record<string, number> = {}
    ;(sheet.rows[r] ?? []).forEach((cell, c) => {
      const col = layout.columns.find((x) => headerMatches(cell, x.header))
      if (col && columns[col.key] === undefined) columns[col.key] = c
    })
    const count = Object.keys(columns).length
    if (count > best.count) best = { row: r, columns, count }
  }
  if (best.row < 0) {
    problems.push(problemAt({ sheet: sheet.name, row: 0 }, 'error', `没有找到表头（应有“${layout.columns.map((c) => c.header).join('”“')}”等列）`))
    return undefined
  }
  const missing = layout.columns.filter((c) => c.required && best.columns[c.key] === undefined)
  if (missing.length > 0) {
    problems.push(problemAt({ sheet: sheet.name, row: best.row + 1 }, 'error', `缺少“${missing.map((c) => c.header).join('”“')}”列`))
    return undefined
  }
  const amountCol = best.columns['amount'] ?? best.columns['prior']
  const amountUnit: AmountUnit = amountCol !== undefined && /万元/.test(cellAt(sheet, best.row, amountCol)) ? 'wan' : 'yuan'
  return { sheet, layout, headerRow: best.row + 1, columns: best.columns, amountUnit }
}

export function lineSpecOf(located: LocatedSheet, fixedKind: 'basic' | 'project', defaults: MappingDefaults = {}): LineSheetSpec {
  return { sheet: located.sheet, headerRow: located.headerRow, columns: located.columns as Partial<Record<LineField, number>>, amountUnit: located.amountUnit, defaults, fixedKind }
}

/** The template's 示例 row: a cell holding only the mark (the 编号 of the example). */
export function isExampleRow(row: readonly string[] | undefined): boolean {
  return row !== undefined && row.some((c) => c.trim() === EXAMPLE_MARK)
}

/** Iterates the data rows of a located sheet with a cell reader and a reference maker. */
export function eachRow(located: LocatedSheet, visit: (get: (key: string) => string, ref: (key: string) => CellRef, row: number) => void): void {
  const { sheet, columns, headerRow, layout } = located
  for (let r = headerRow; r < sheet.rows.length; r++) {
    const row = sheet.rows[r]
    if (isBlankRow(row) || isExampleRow(row)) continue
    const get = (key: string) => (columns[key] === undefined ? '' : cellAt(sheet, r, columns[key] as number))
    if (layout.columns.every((c) => get(c.key) === '')) continue
    const ref = (key: string): CellRef => {
      const c = columns[key]
      const header = layout.columns.find((x) => x.key === key)?.header
      return c === undefined ? { sheet: sheet.name, row: r + 1 } : { sheet: sheet.name, row: r + 1, column: columnLetter(c), columnName: cellAt(sheet, headerRow - 1, c) || header }
    }
    visit(get, ref, r + 1)
  }
}

export interface UnitDraft {
  ref: CellRef
  nameRef: CellRef
  id?: string
  name: string
  code: string
  type: UnitType
  isHeadUnit?: boolean
  economicScope?: EconomicScope
}

const SCOPES = new Map<string, EconomicScope>(Object.entries(ECONOMIC_SCOPE_LABELS).map(([k, v]) => [v, k as EconomicScope]))

export function readUnitRows(located: LocatedSheet, problems: ImportProblem[]): UnitDraft[] {
  const out: UnitDraft[] = []
  eachRow(located, (get, ref, row) => {
    const before = problems.length
    const error = (key: string, message: string) => problems.push(problemAt(ref(key), 'error', message))
    const id = get('id')
    if (id !== '' && !Id.safeParse(id).success) error('id', `单位编号“${id}”只能包含字母、数字、下划线、点和连字符`)
    const name = get('name').replace(/（本级）$|\(本级\)$/, '')
    if (name === '') error('name', '请填写单位名称')
    const type = parseUnitType(get('type'))
    if (!type) error('type', get('type') === '' ? '请填写单位类型' : `无法识别单位类型“${get('type')}”（应为行政单位、参公单位、公益一类事业单位、公益二类事业单位或其他事业单位）`)
    const head = get('head') === '' ? undefined : parseYesNo(get('head'))
    if (get('head') !== '' && head === undefined) error('head', `“是否本级”应填是或否，不是“${get('head')}”`)
    const scope = get('scope') === '' ? undefined : SCOPES.get(get('scope'))
    if (get('scope') !== '' && !scope) error('scope', `经济分类口径应为机关或事业，不是“${get('scope')}”`)
    if (problems.length > before || !type) return
    out.push({
      ref: { sheet: located.sheet.name, row },
      nameRef: ref('name'),
      ...(id !== '' ? { id } : {}),
      name,
      code: get('code'),
      type,
      ...(head !== undefined ? { isHeadUnit: head } : {}),
      ...(scope ? { economicScope: scope } : {}),
    })
  })
  return out
}

export interface ProjectDraft {
  ref: CellRef
  refs: { unit: CellRef; name: CellRef; id: CellRef }
  id?: string
  unit: string
  name: string
  category: ProjectCategory
  attribute?: ProjectAttribute
  durationYears?: number
  continuing?: boolean
  classified?: boolean
}

export function readProjectRows(located: LocatedSheet, problems: ImportProblem[]): ProjectDraft[] {
  const out: ProjectDraft[] = []
  eachRow(located, (get, ref, row) => {
    const before = problems.length
    const error = (key: string, message: string) => problems.push(problemAt(ref(key), 'error', message))
    const id = get('id')
    if (id !== '' && !Id.safeParse(id).success) error('id', `项目编号“${id}”只能包含字母、数字、下划线、点和连字符`)
    if (get('unit') === '') error('unit', '请填写单位')
    const name = get('name')
    if (name === '') error('name', '请填写项目名称')
    else if (name.length > 500) error('name', '项目名称过长（不超过500字）')
    const category = parseProjectCategory(get('category'))
    if (!category) error('category', get('category') === '' ? '请填写项目类别' : `无法识别项目类别“${get('category')}”（应为其他运转类或特定目标类）`)
    const attribute = get('attribute') === '' ? undefined : parseProjectAttribute(get('attribute'))
    if (get('attribute') !== '' && !attribute) error('attribute', `无法识别项目属性“${get('attribute')}”（应为一次性、经常性或延续性项目）`)
    const duration = get('duration') === '' ? undefined : parseWholeNumber(get('duration'))
    if (get('duration') !== '' && (duration === undefined || duration < 1 || duration > 99)) error('duration', `项目期应为1至99的整数，不是“${get('duration')}”`)
    const flag = (key: string, label: string) => {
      if (get(key) === '') return undefined
      const v = parseYesNo(get(key))
      if (v === undefined) error(key, `“${label}”应填是或否，不是“${get(key)}”`)
      return v
    }
    const continuing = flag('continuing', '延续项目')
    const classified = flag('classified', '涉密')
    if (problems.length > before || !category) return
    out.push({
      ref: { sheet: located.sheet.name, row },
      refs: { unit: ref('unit'), name: ref('name'), id: ref('id') },
      ...(id !== '' ? { id } : {}),
      unit: get('unit'),
      name,
      category,
      ...(attribute ? { attribute } : {}),
      ...(duration !== undefined ? { durationYears: duration } : {}),
      ...(continuing !== undefined ? { continuing } : {}),
      ...(classified !== undefined ? { classified } : {}),
    })
  })
  return out
}
