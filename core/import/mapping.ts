// Column mapping for workbooks that are not the app's template: which column holds which field,
// whether amounts are in 元 or 万元, and defaults for fields the sheet lacks. One zod schema serves
// the dialog's form, the saved-mapping file and the IPC payload (architecture rule 4).
import { z } from 'zod'
import { ExpenditureKind, FUND_SOURCE_LABELS, FundSource, PERIOD_LABELS, Period, ProjectCategory, UNIT_FUND_KIND_LABELS, UnitFundKind } from '../model/enums'
import { nameKey, parseSourceCell } from './parse-values'
import { cellAt, columnLetter, isBlankRow, normalizeHeader, type SheetData } from './sheet'

export const MAPPING_TARGETS = [
  'unit',
  'functionCode',
  'economicCode',
  'governmentEconomicCode',
  'source',
  'unitFundKind',
  'period',
  'kind',
  'project',
  'projectCategory',
  'amount',
  'note',
  'functionName',
  'economicName',
] as const
export const MappingTarget = z.enum(MAPPING_TARGETS, { error: '未知的导入字段' })
export type MappingTarget = z.infer<typeof MappingTarget>

export const MAPPING_TARGET_LABELS: Record<MappingTarget, string> = {
  unit: '单位',
  functionCode: '功能科目',
  economicCode: '部门经济科目',
  governmentEconomicCode: '政府经济科目',
  source: '资金来源',
  unitFundKind: '单位资金类别',
  period: '当年/上年结转',
  kind: '基本/项目支出',
  project: '项目名称',
  projectCategory: '项目类别',
  amount: '金额',
  note: '备注',
  functionName: '功能科目名称',
  economicName: '部门经济科目名称',
}

/** Fields a mapping cannot do without (a column or, for the unit, a default). */
export const REQUIRED_TARGETS: readonly MappingTarget[] = ['functionCode', 'economicCode', 'amount']

const ColumnIndex = z.number().int().min(0, { error: '列号无效' }).max(16_383, { error: '列号无效' })

/** Values used when the sheet has no column for a field (a sheet of one unit's 基本支出, say). */
export const MappingDefaults = z.object({
  unit: z.string().max(500).optional(),
  source: FundSource.optional(),
  unitFundKind: UnitFundKind.optional(),
  period: Period.optional(),
  kind: ExpenditureKind.optional(),
  projectCategory: ProjectCategory.optional(),
})
export type MappingDefaults = z.infer<typeof MappingDefaults>

/**
 * One amount column of a wide layout (an export printing one column per fund source, 当年 and 上年结转
 * side by side): what its figures stand for. A field left out is read from the row or the defaults.
 */
export const AmountColumn = z.object({
  column: ColumnIndex,
  source: FundSource.optional(),
  unitFundKind: UnitFundKind.optional(),
  period: Period.optional(),
  kind: ExpenditureKind.optional(),
})
export type AmountColumn = z.infer<typeof AmountColumn>

/** Header rows a mapping may span (a group row such as 一般公共预算 above 当年/上年结转). */
export const MAX_HEADER_ROWS = 3

/** What a remembered mapping keeps: everything but where the sheet is. */
export const SavedColumnMapping = z.object({
  /** 0-based column index per field; a field maps to at most one column. */
  columns: z.partialRecord(MappingTarget, ColumnIndex),
  amountUnit: z.enum(['yuan', 'wan'], { error: '金额单位应为元或万元' }),
  defaults: MappingDefaults.default(() => ({})),
  /** How many rows the header spans, ending at the header row (1: a plain header). */
  headerRows: z.number().int().min(1, { error: '表头行数无效' }).max(MAX_HEADER_ROWS, { error: `表头最多${MAX_HEADER_ROWS}行` }).default(1),
  /** Wide layout: every non-empty cell of these columns is a line of its own; used instead of 金额. */
  amountColumns: z.array(AmountColumn).max(500, { error: '金额列过多' }).default(() => []),
})
export type SavedColumnMapping = z.infer<typeof SavedColumnMapping>

export const ColumnMapping = SavedColumnMapping.extend({
  sheet: z.string().min(1, { error: '请选择工作表' }),
  /** 1-based row number of the header row; data starts below it. */
  headerRow: z.number().int().min(1, { error: '表头行号无效' }),
}).superRefine((m, ctx) => {
  const wide = m.amountColumns.length > 0
  for (const t of REQUIRED_TARGETS) {
    if (t === 'amount' && wide) continue
    if (m.columns[t] === undefined) ctx.addIssue({ code: 'custom', path: ['columns', t], message: t === 'amount' ? '请指定“金额”所在的列，或添加宽表的金额列' : `请指定“${MAPPING_TARGET_LABELS[t]}”所在的列` })
  }
  if (wide && m.columns.amount !== undefined) ctx.addIssue({ code: 'custom', path: ['columns', 'amount'], message: '已指定多个金额列（宽表），请清除单独的“金额”列，以免重复计算' })
  if (m.headerRows > m.headerRow) ctx.addIssue({ code: 'custom', path: ['headerRows'], message: `表头占${m.headerRows}行，表头末行应不早于第${m.headerRows}行` })
  const seen = new Map<number, string>()
  const claim = (col: number, label: string, path: (string | number)[]) => {
    const other = seen.get(col)
    if (other) ctx.addIssue({ code: 'custom', path, message: `“${label}”和“${other}”指定了同一列（${columnLetter(col)}列）` })
    seen.set(col, label)
  }
  for (const [t, col] of Object.entries(m.columns) as [MappingTarget, number][]) claim(col, MAPPING_TARGET_LABELS[t], ['columns', t])
  m.amountColumns.forEach((a, i) => claim(a.column, amountColumnLabel(a), ['amountColumns', i]))
})
export type ColumnMapping = z.infer<typeof ColumnMapping>
export type ColumnMappingInput = z.input<typeof ColumnMapping>

// Header words seen in budget-system exports, most specific first.
const SYNONYMS: Record<MappingTarget, readonly string[]> = {
  // 科目名称 columns name codes the year's catalog lacks (issue 17); matched before the code words.
  economicName: ['部门经济科目名称', '部门经济分类科目名称', '部门预算支出经济分类科目名称', '经济科目名称', '经济分类科目名称'],
  functionName: ['功能科目名称', '功能分类科目名称', '支出功能分类科目名称', '科目名称'],
  governmentEconomicCode: ['政府经济科目', '政府经济分类', '政府预算支出经济分类', '政府预算经济分类'],
  economicCode: ['部门经济科目', '部门经济分类', '部门预算支出经济分类', '经济科目', '经济分类'],
  functionCode: ['功能科目', '功能分类', '支出功能分类', '科目编码', '预算科目'],
  unitFundKind: ['单位资金类别', '单位资金类型', '单位资金来源'],
  source: ['资金来源', '资金性质', '经费来源', '资金类型'],
  period: ['当年/上年结转', '资金年度', '年度', '上年结转', '结转'],
  kind: ['支出类型', '支出类别', '支出性质', '基本/项目'],
  projectCategory: ['项目类别', '项目类型'],
  project: ['项目名称', '项目'],
  unit: ['单位名称', '预算单位', '单位编码', '单位'],
  amount: ['金额', '预算数', '预算金额', '合计', '安排数'],
  note: ['备注', '说明'],
}
const MATCH_ORDER: readonly MappingTarget[] = ['governmentEconomicCode', 'economicName', 'functionName', 'economicCode', 'functionCode', 'unitFundKind', 'source', 'projectCategory', 'project', 'unit', 'period', 'kind', 'amount', 'note']

/** The field a header cell names, if any. */
export function targetForHeader(header: string): MappingTarget | undefined {
  const h = normalizeHeader(header)
  if (h === '') return undefined
  return MATCH_ORDER.find((t) => SYNONYMS[t].some((w) => h.includes(normalizeHeader(w))))
}

/** `一般公共预算 · 上年结转 · 基本支出`: what an amount column stands for, in words. */
export function amountColumnLabel(a: Omit<AmountColumn, 'column'> & { column?: number }): string {
  const parts = [
    a.source ? (a.source === 'unit' && a.unitFundKind ? `${FUND_SOURCE_LABELS.unit}（${UNIT_FUND_KIND_LABELS[a.unitFundKind]}）` : FUND_SOURCE_LABELS[a.source]) : '',
    a.period ? PERIOD_LABELS[a.period] : '',
    a.kind ? MAPPING_KIND_LABELS[a.kind] : '',
  ].filter((p) => p !== '')
  const what = parts.length > 0 ? parts.join(' · ') : '金额'
  return a.column === undefined ? what : `${columnLetter(a.column)}列金额（${what}）`
}
const MAPPING_KIND_LABELS: Record<ExpenditureKind, string> = { basic: '基本支出', project: '项目支出' }

/**
 * The header text of every column over `rows` header rows ending at `headerRow` (1-based), upper rows
 * first joined by ` · `. A merged group cell is read once, at its left: it covers the columns to its
 * right that have a text below and none of their own (`一般公共预算` over `当年`, `上年结转`).
 */
export function headerLabels(sheet: SheetData, headerRow: number, rows = 1): string[] {
  const first = Math.max(0, headerRow - rows)
  const last = headerRow - 1
  const width = sheet.rows.slice(first, last + 1).reduce((n, r) => Math.max(n, r.length), 0)
  const parts: string[][] = Array.from({ length: width }, () => [])
  for (let r = first; r <= last; r++) {
    let group = ''
    for (let c = 0; c < width; c++) {
      const own = cellAt(sheet, r, c)
      const below = r < last && Array.from({ length: last - r }, (_, k) => cellAt(sheet, r + 1 + k, c)).some((x) => x !== '')
      if (own !== '') group = below ? own : ''
      const text = own !== '' ? own : below ? group : ''
      const column = parts[c] as string[]
      if (text !== '' && column[column.length - 1] !== text) column.push(text)
    }
  }
  return parts.map((p) => p.join(' · '))
}

const AMOUNT_WORDS = /金额|预算数|安排数|[（(]万?元[）)]|万元/g
const KIND_WORDS: readonly [RegExp, ExpenditureKind][] = [[/基本支出/, 'basic'], [/项目支出/, 'project']]

/** What a column headed like a budget-system export's amount column stands for, if it is one. */
export function amountColumnFor(label: string): Omit<AmountColumn, 'column'> | undefined {
  let s = nameKey(label).replace(/·/g, '')
  if (s === '' || /合计|小计|总计/.test(s)) return undefined
  let kind: ExpenditureKind | undefined
  for (const [re, k] of KIND_WORDS) {
    if (re.test(s)) {
      kind = k
      s = s.replace(re, '')
    }
  }
  const stripped = s.replace(AMOUNT_WORDS, '')
  if (stripped === '' && kind) return { kind }
  const cell = parseSourceCell(stripped === '' ? s : stripped)
  if (!cell || (!cell.source && !cell.period)) return undefined
  return { ...(cell.source ? { source: cell.source } : {}), ...(cell.unitFundKind ? { unitFundKind: cell.unitFundKind } : {}), ...(cell.period ? { period: cell.period } : {}), ...(kind ? { kind } : {}) }
}

export interface HeaderGuess {
  /** 1-based: the last header row; data starts below it. */
  headerRow: number
  /** Header rows spanned (2: a group row above). */
  headerRows: number
  headers: string[]
  columns: Partial<Record<MappingTarget, number>>
  amountColumns: AmountColumn[]
  amountUnit: 'yuan' | 'wan'
}

const HEADER_SCAN_ROWS = 30

function guessAt(sheet: SheetData, r: number, rows: number): HeaderGuess {
  const headers = headerLabels(sheet, r + 1, rows)
  const columns: Partial<Record<MappingTarget, number>> = {}
  const wide: AmountColumn[] = []
  headers.forEach((label, c) => {
    const a = amountColumnFor(label)
    if (a && (a.source || rows > 1 || headers.some((h, k) => k !== c && amountColumnFor(h)))) {
      wide.push({ column: c, ...a })
      return
    }
    const t = targetForHeader(label)
    if (t && columns[t] === undefined) columns[t] = c
  })
  let amountColumns: AmountColumn[] = []
  if (wide.length >= 2) {
    amountColumns = wide
    delete columns.amount
  } else if (wide.length === 1) {
    const only = wide[0] as AmountColumn
    if (columns.amount === undefined) columns.amount = only.column
  }
  return { headerRow: r + 1, headerRows: rows, headers, columns, amountColumns, amountUnit: guessAmountUnit(sheet, r, headers, amountColumns.length > 0 ? amountColumns.map((a) => a.column) : columns.amount === undefined ? [] : [columns.amount]) }
}

const scoreOf = (g: HeaderGuess) => Object.keys(g.columns).length + (g.amountColumns.length > 0 ? 1 : 0)

/**
 * The header row: among the first rows, the one naming the most fields (at least two); a row of
 * 当年/上年结转 or fund sources right below it makes a two-row header.
 */
export function detectHeader(sheet: SheetData): HeaderGuess | undefined {
  let best: HeaderGuess | undefined
  let bestScore = 1
  const limit = Math.min(sheet.rows.length, HEADER_SCAN_ROWS)
  for (let r = 0; r < limit; r++) {
    if (isBlankRow(sheet.rows[r])) continue
    const guess = guessAt(sheet, r, 1)
    const score = scoreOf(guess)
    if (score > bestScore) {
      bestScore = score
      best = guess
    }
  }
  if (best && best.headerRow < sheet.rows.length) {
    const two = guessAt(sheet, best.headerRow, 2)
    const sub = sheet.rows[best.headerRow] ?? []
    const numeric = sub.some((c) => /^[\d,.\s]+$/.test(c.trim()) && c.trim() !== '')
    if (!numeric && two.amountColumns.length > best.amountColumns.length && scoreOf(two) >= scoreOf(best)) best = two
  }
  return best
}

function guessAmountUnit(sheet: SheetData, headerIndex: number, headers: readonly string[], amountColumns: readonly number[]): 'yuan' | 'wan' {
  if (amountColumns.some((c) => /万元/.test(headers[c] ?? ''))) return 'wan'
  for (let r = 0; r < headerIndex; r++) {
    if ((sheet.rows[r] ?? []).some((c) => /单位[:：]\s*万元/.test(c))) return 'wan'
  }
  return 'yuan'
}

/** A mapping proposed from the header words; the dialog shows it for the officer to correct. */
export function suggestMapping(sheet: SheetData): ColumnMappingInput | undefined {
  const guess = detectHeader(sheet)
  if (!guess) return undefined
  return {
    sheet: sheet.name,
    headerRow: guess.headerRow,
    columns: guess.columns,
    amountUnit: guess.amountUnit,
    defaults: {},
    ...(guess.headerRows > 1 ? { headerRows: guess.headerRows } : {}),
    ...(guess.amountColumns.length > 0 ? { amountColumns: guess.amountColumns } : {}),
  }
}

/** The key a remembered mapping is stored under: the header texts, loosely normalised. */
export function headerSignature(headers: readonly string[]): string {
  const cells = headers.map(normalizeHeader)
  while (cells.length > 0 && cells[cells.length - 1] === '') cells.pop()
  return cells.join('|')
}

export function headerSignatureOf(sheet: SheetData, headerRow: number, headerRows = 1): string {
  return headerSignature(headerLabels(sheet, headerRow, headerRows))
}

export interface MappedRow {
  /** 1-based sheet row. */
  row: number
  cells: Partial<Record<MappingTarget, string>>
  /** Wide layout: the cell of each amount column, in the mapping's order. */
  amounts: string[]
}

/** The first data rows as the mapping reads them, for the dialog's live preview. */
export function mappedRows(sheet: SheetData, mapping: Pick<ColumnMappingInput, 'headerRow' | 'columns' | 'amountColumns'>, limit = 20): MappedRow[] {
  const out: MappedRow[] = []
  for (let r = mapping.headerRow; r < sheet.rows.length && out.length < limit; r++) {
    if (isBlankRow(sheet.rows[r])) continue
    const cells: Partial<Record<MappingTarget, string>> = {}
    for (const [t, c] of Object.entries(mapping.columns ?? {}) as [MappingTarget, number][]) cells[t] = cellAt(sheet, r, c)
    out.push({ row: r + 1, cells, amounts: (mapping.amountColumns ?? []).map((a) => cellAt(sheet, r, a.column)) })
  }
  return out
}
