// Sheet rows → budget-line drafts (unit and project still as written; assemble.ts resolves them).
// Every bad cell of a row is reported, not just the first, with its sheet, row and column.
import type { Catalog, CatalogKind } from '../catalogs/types'
import type { ExpenditureKind, FundSource, Period, ProjectCategory, UnitFundKind } from '../model/enums'
import { Id } from '../model/primitives'
import type { CodeChangeTable } from '../rollover/code-changes'
import { MAPPING_TARGET_LABELS, type MappingDefaults, type MappingTarget } from './mapping'
import { compact, parseAmount, parseCodeCell, parseKind, parsePeriod, parseProjectCategory, parseSourceCell, parseUnitFundKind, type AmountUnit } from './parse-values'
import { resolveCode } from './resolve-code'
import { cellAt, columnLetter, problemAt, type CellRef, type ImportProblem, type SheetData } from './sheet'

export type LineField = MappingTarget | 'id' | 'projectId'

export interface LineSheetSpec {
  sheet: SheetData
  /** 1-based; data rows follow it. */
  headerRow: number
  columns: Partial<Record<LineField, number>>
  amountUnit: AmountUnit
  defaults: MappingDefaults
  /** Template sheets fix the kind: 基本支出 → basic, 项目支出明细 → project. */
  fixedKind?: ExpenditureKind
}

export interface LineDraft {
  sheet: string
  row: number
  refs: Partial<Record<LineField, CellRef>>
  id?: string
  unit: string
  projectId?: string
  project?: string
  projectCategory?: ProjectCategory
  functionCode: string
  economicCode: string
  governmentEconomicCode?: string
  source: FundSource
  unitFundKind?: UnitFundKind
  period: Period
  kind: ExpenditureKind
  amount: string
  note?: string
}

export interface UnknownCodeUse {
  kind: CatalogKind
  code: string
  /** The name the sheet gives it: a 科目名称 column, or the cell itself (`2013801 行政运行`). */
  name?: string
  sheet: string
  row: number
}

export interface SkippedRow {
  sheet: string
  row: number
  reason: string
}

export interface ParsedLines {
  drafts: LineDraft[]
  problems: ImportProblem[]
  unknownCodes: UnknownCodeUse[]
  skipped: SkippedRow[]
}

/** 合计/小计 rows of an export: their amounts are sums of the lines above, never lines themselves. */
const TOTAL_ROW = /^(合计|总计|小计|本页合计|本页小计|累计)/

export function parseLineSheet(spec: LineSheetSpec, catalog: Catalog, changes?: CodeChangeTable): ParsedLines {
  const out: ParsedLines = { drafts: [], problems: [], unknownCodes: [], skipped: [] }
  const { sheet, columns } = spec
  const fields = Object.keys(columns) as LineField[]
  const refOf = (row: number, field: LineField): CellRef => {
    const c = columns[field]
    if (c === undefined) return { sheet: sheet.name, row }
    const header = cellAt(sheet, spec.headerRow - 1, c)
    const name = header || (field === 'id' ? '编号' : field === 'projectId' ? '项目编号' : MAPPING_TARGET_LABELS[field])
    return { sheet: sheet.name, row, column: columnLetter(c), columnName: name }
  }
  for (let r = spec.headerRow; r < sheet.rows.length; r++) {
    const rowNo = r + 1
    const get = (f: LineField) => (columns[f] === undefined ? '' : cellAt(sheet, r, columns[f] as number))
    if (fields.every((f) => get(f) === '')) continue
    if (fields.some((f) => TOTAL_ROW.test(compact(get(f))))) {
      out.skipped.push({ sheet: sheet.name, row: rowNo, reason: '合计行，不导入' })
      continue
    }
    const refs = Object.fromEntries(fields.map((f) => [f, refOf(rowNo, f)])) as Partial<Record<LineField, CellRef>>
    const errors: ImportProblem[] = []
    const error = (f: LineField, message: string) => errors.push(problemAt(refOf(rowNo, f), 'error', message))
    const warn = (f: LineField, message: string) => out.problems.push(problemAt(refOf(rowNo, f), 'warning', message))

    const code = (f: 'functionCode' | 'economicCode' | 'governmentEconomicCode', kind: CatalogKind, required: boolean): string | undefined => {
      const text = get(f)
      if (text === '') {
        if (required) error(f, `请填写${MAPPING_TARGET_LABELS[f]}`)
        return undefined
      }
      const res = resolveCode(kind, text, catalog, changes)
      if (!res.ok) {
        error(f, res.message)
        return undefined
      }
      if (res.warning) warn(f, res.warning)
      if (res.unknown) {
        const nameField = f === 'functionCode' ? 'functionName' : f === 'economicCode' ? 'economicName' : undefined
        const name = ((nameField ? get(nameField) : '') || parseCodeCell(text)?.name || '').trim()
        out.unknownCodes.push({ kind, code: res.code, sheet: sheet.name, row: rowNo, ...(name !== '' ? { name } : {}) })
      }
      return res.code
    }
    const functionCode = code('functionCode', 'functional', true)
    const economicCode = code('economicCode', 'economicDepartment', true)
    const governmentEconomicCode = code('governmentEconomicCode', 'economicGovernment', false)

    let amount: string | undefined
    const amountText = get('amount')
    if (amountText === '') error('amount', '请填写金额')
    else {
      const a = parseAmount(amountText, spec.amountUnit)
      if (a.ok) amount = a.value
      else error('amount', a.message)
    }

    let source: FundSource | undefined = spec.defaults.source
    let unitFundKind: UnitFundKind | undefined = spec.defaults.unitFundKind
    let period: Period | undefined
    const sourceText = get('source')
    if (sourceText !== '') {
      const s = parseSourceCell(sourceText)
      if (!s) error('source', `无法识别资金来源“${sourceText}”（应为一般公共预算、政府性基金预算、国有资本经营预算、财政专户管理资金或单位资金）`)
      else {
        // `上年结转` alone: carry-over of 一般公共预算 money, the usual case (spec §2.14).
        source = s.source ?? (s.period === 'carryover' ? 'general' : source)
        if (s.unitFundKind) unitFundKind = s.unitFundKind
        period = s.period
      }
    } else if (columns.source !== undefined && source === undefined) error('source', '请填写资金来源')
    source ??= 'general'

    const fundKindText = get('unitFundKind')
    if (fundKindText !== '') {
      const k = parseUnitFundKind(fundKindText)
      if (!k) error('unitFundKind', `无法识别单位资金类别“${fundKindText}”（应为事业收入、事业单位经营收入、上级补助收入、附属单位上缴收入或其他收入）`)
      else unitFundKind = k
    }
    if (source !== 'unit') {
      if (fundKindText !== '') error('unitFundKind', '只有资金来源为单位资金时才填写单位资金类别')
      unitFundKind = undefined
    } else if (!unitFundKind) error(columns.unitFundKind !== undefined ? 'unitFundKind' : 'source', '资金来源为单位资金时，请填写单位资金类别（事业收入、上级补助收入等）')

    const periodText = get('period')
    if (periodText !== '') {
      const p = parsePeriod(periodText)
      if (!p) error('period', `无法识别“${periodText}”（应为当年预算或上年结转）`)
      else if (period && p !== period) error('period', `资金来源写的是“${sourceText}”，与此列的“${periodText}”不一致`)
      else period = p
    }
    period ??= spec.defaults.period ?? 'current'

    const project = get('project')
    const projectId = get('projectId')
    let kind: ExpenditureKind | undefined = spec.fixedKind
    const kindText = get('kind')
    if (kindText !== '') {
      const k = parseKind(kindText)
      if (!k) error('kind', `无法识别支出类型“${kindText}”（应为基本支出或项目支出）`)
      else kind = k
    }
    kind ??= spec.defaults.kind ?? (project !== '' || projectId !== '' ? 'project' : 'basic')
    if (kind === 'project' && project === '' && projectId === '') error(columns.project !== undefined ? 'project' : 'kind', '项目支出请填写项目名称')
    if (kind === 'basic' && project !== '') error('project', '基本支出不应填写项目名称；如为项目支出，请在支出类型中注明')

    let projectCategory: ProjectCategory | undefined = spec.defaults.projectCategory
    const categoryText = get('projectCategory')
    if (categoryText !== '') {
      const c = parseProjectCategory(categoryText)
      if (!c) error('projectCategory', `无法识别项目类别“${categoryText}”（应为其他运转类或特定目标类）`)
      else projectCategory = c
    }

    const id = get('id')
    if (id !== '' && !Id.safeParse(id).success) error('id', `编号“${id}”只能包含字母、数字、下划线、点和连字符`)
    const note = get('note')
    if (note.length > 500) error('note', '备注过长（不超过500字）')
    const unit = get('unit') || spec.defaults.unit || ''

    if (errors.length > 0 || functionCode === undefined || economicCode === undefined || amount === undefined) {
      for (const e of errors) out.problems.push(e)
      continue
    }
    out.drafts.push({
      sheet: sheet.name,
      row: rowNo,
      refs,
      ...(id !== '' ? { id } : {}),
      unit,
      ...(projectId !== '' ? { projectId } : {}),
      ...(kind === 'project' && project !== '' ? { project } : {}),
      ...(projectCategory ? { projectCategory } : {}),
      functionCode,
      economicCode,
      ...(governmentEconomicCode ? { governmentEconomicCode } : {}),
      source,
      ...(unitFundKind ? { unitFundKind } : {}),
      period,
      kind,
      amount,
      ...(note !== '' ? { note } : {}),
    })
  }
  return out
}
