// Column mapping for workbooks that are not the app's template: which column holds which field,
// whether amounts are in 元 or 万元, and defaults for fields the sheet lacks. One zod schema serves
// the dialog's form, the saved-mapping file and the IPC payload (architecture rule 4).
import { z } from 'zod'
import { ExpenditureKind, FundSource, Period, ProjectCategory, UnitFundKind } from '../model/enums'
import { cellAt, isBlankRow, normalizeHeader, type SheetData } from './sheet'

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

/** What a remembered mapping keeps: everything but where the sheet is. */
export const SavedColumnMapping = z.object({
  /** 0-based column index per field; a field maps to at most one column. */
  columns: z.partialRecord(MappingTarget, ColumnIndex),
  amountUnit: z.enum(['yuan', 'wan'], { error: '金额单位应为元或万元' }),
  defaults: MappingDefaults.default(() => ({})),
})
export type SavedColumnMapping = z.infer<typeof SavedColumnMapping>

export const ColumnMapping = SavedColumnMapping.extend({
  sheet: z.string().min(1, { error: '请选择工作表' }),
  /** 1-based row number of the header row; data starts below it. */
  headerRow: z.number().int().min(1, { error: '表头行号无效' }),
}).superRefine((m, ctx) => {
  for (const t of REQUIRED_TARGETS) {
    if (m.columns[t] === undefined) ctx.addIssue({ code: 'custom', path: ['columns', t], message: `请指定“${MAPPING_TARGET_LABELS[t]}”所在的列` })
  }
  const seen = new Map<number, MappingTarget>()
  for (const [t, col] of Object.entries(m.columns) as [MappingTarget, number][]) {
    const other = seen.get(col)
    if (other) ctx.addIssue({ code: 'custom', path: ['columns', t], message: `“${MAPPING_TARGET_LABELS[t]}”和“${MAPPING_TARGET_LABELS[other]}”指定了同一列` })
    seen.set(col, t)
  }
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

export interface HeaderGuess {
  /** 1-based. */
  headerRow: number
  headers: string[]
  columns: Partial<Record<MappingTarget, number>>
  amountUnit: 'yuan' | 'wan'
}

const HEADER_SCAN_ROWS = 30

/** The header row: among the first rows, the one naming the most fields (at least two). */
export function detectHeader(sheet: SheetData): HeaderGuess | undefined {
  let best: HeaderGuess | undefined
  let bestScore = 1
  const limit = Math.min(sheet.rows.length, HEADER_SCAN_ROWS)
  for (let r = 0; r < limit; r++) {
    const row = sheet.rows[r]
    if (isBlankRow(row)) continue
    const columns: Partial<Record<MappingTarget, number>> = {}
    row?.forEach((cell, c) => {
      const t = targetForHeader(cell)
      if (t && columns[t] === undefined) columns[t] = c
    })
    const score = Object.keys(columns).length
    if (score > bestScore) {
      bestScore = score
      best = { headerRow: r + 1, headers: (row ?? []).map((c) => c.trim()), columns, amountUnit: guessAmountUnit(sheet, r, columns.amount) }
    }
  }
  return best
}

function guessAmountUnit(sheet: SheetData, headerIndex: number, amountColumn: number | undefined): 'yuan' | 'wan' {
  if (amountColumn !== undefined && /万元/.test(cellAt(sheet, headerIndex, amountColumn))) return 'wan'
  for (let r = 0; r < headerIndex; r++) {
    if ((sheet.rows[r] ?? []).some((c) => /单位[:：]\s*万元/.test(c))) return 'wan'
  }
  return 'yuan'
}

/** A mapping proposed from the header words; the dialog shows it for the officer to correct. */
export function suggestMapping(sheet: SheetData): ColumnMappingInput | undefined {
  const guess = detectHeader(sheet)
  if (!guess) return undefined
  return { sheet: sheet.name, headerRow: guess.headerRow, columns: guess.columns, amountUnit: guess.amountUnit, defaults: {} }
}

/** The key a remembered mapping is stored under: the header texts, loosely normalised. */
export function headerSignature(headers: readonly string[]): string {
  const cells = headers.map(normalizeHeader)
  while (cells.length > 0 && cells[cells.length - 1] === '') cells.pop()
  return cells.join('|')
}

export function headerSignatureOf(sheet: SheetData, headerRow: number): string {
  return headerSignature(sheet.rows[headerRow - 1] ?? [])
}

export interface MappedRow {
  /** 1-based sheet row. */
  row: number
  cells: Partial<Record<MappingTarget, string>>
}

/** The first data rows as the mapping reads them, for the dialog's live preview. */
export function mappedRows(sheet: SheetData, mapping: Pick<ColumnMappingInput, 'headerRow' | 'columns'>, limit = 20): MappedRow[] {
  const out: MappedRow[] = []
  for (let r = mapping.headerRow; r < sheet.rows.length && out.length < limit; r++) {
    if (isBlankRow(sheet.rows[r])) continue
    const cells: Partial<Record<MappingTarget, string>> = {}
    for (const [t, c] of Object.entries(mapping.columns ?? {}) as [MappingTarget, number][]) cells[t] = cellAt(sheet, r, c)
    out.push({ row: r + 1, cells })
  }
  return out
}
