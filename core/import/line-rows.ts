// Sheet rows → budget-line drafts (unit and project still as written; assemble.ts resolves them).
// Every bad cell of a row is reported, not just the first, with its sheet, row and column.
import type { Catalog, CatalogKind } from '../catalogs/types'
import type { ExpenditureKind, FundSource, Period, ProjectCategory, UnitFundKind } from '../model/enums'
import { Id } from '../model/primitives'
import type { CodeChangeTable } from '../rollover/code-changes'
import { amountColumnLabel, headerLabels, MAPPING_TARGET_LABELS, type AmountColumn, type MappingDefaults, type MappingTarget } from './mapping'
import { compact, parseAmount, parseCodeCell, parseKind, parsePeriod, parseProjectCategory, parseSourceCell, parseUnitFundKind, type AmountUnit } from './parse-values'
import { resolveCode } from './resolve-code'
import { cellAt, columnLetter, idError, problemAt, type CellRef, type ImportProblem, type SheetData } from './sheet'

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
  /** Header rows spanned, ending at headerRow (default 1). */
  headerRows?: number
  /** Wide layout: one line per non-empty cell of these columns (金额 is then not mapped). */
  amountColumns?: readonly AmountColumn[]
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

interface AmountSlot {
  /** The field its reference is made for: 金额, or `amount:<i>` for a wide layout's i-th column. */
  field: LineField
  column: number | undefined
  meaning: Partial<AmountColumn>
}

export function parseLineSheet(spec: LineSheetSpec, catalog: Catalog, changes?: CodeChangeTable): ParsedLines {
  const out: ParsedLines = { drafts: [], problems: [], unknownCodes: [], skipped: [] }
  const { sheet, columns } = spec
  const wide = (spec.amountColumns ?? []).length > 0
  const labels = headerLabels(sheet, spec.headerRow, spec.headerRows ?? 1)
  const slots: AmountSlot[] = wide
    ? (spec.amountColumns ?? []).map((a) => ({ field: 'amount', column: a.column, meaning: a }))
    : [{ field: 'amount', column: columns.amount, meaning: {} }]
  const fields = Object.keys(columns) as LineField[]
  const fieldName = (field: LineField) => (field === 'id' ? '编号' : field === 'projectId' ? '项目编号' : MAPPING_TARGET_LABELS[field])
  const refAt = (row: number, c: number | undefined, fallback: string): CellRef =>
    c === undefined ? { sheet: sheet.name, row } : { sheet: sheet.name, row, column: columnLetter(c), columnName: labels[c] || fallback }
  const refOf = (row: number, field: LineField): CellRef => refAt(row, columns[field], fieldName(field))
  const slotLabel = (slot: AmountSlot) => (slot.column === undefined ? '金额' : labels[slot.column] || amountColumnLabel(slot.meaning))
  for (let r = spec.headerRow; r < sheet.rows.length; r++) {
    const rowNo = r + 1
    const get = (f: LineField) => (columns[f] === undefined ? '' : cellAt(sheet, r, columns[f] as number))
    const amountCells = slots.map((slot) => (slot.column === undefined ? '' : cellAt(sheet, r, slot.column)))
    if (fields.every((f) => get(f) === '') && amountCells.every((a) => a === '')) continue
    if (fields.some((f) => TOTAL_ROW.test(compact(get(f))))) {
      out.skipped.push({ sheet: sheet.name, row: rowNo, reason: '合计行，不导入' })
      continue
    }
    if (wide && amountCells.every((a) => a === '')) {
      out.skipped.push({ sheet: sheet.name, row: rowNo, reason: '各金额列均未填写，不生成预算行' })
      continue
    }
    const refs = Object.fromEntries(fields.map((f) => [f, refOf(rowNo, f)])) as Partial<Record<LineField, CellRef>>
    const errors: ImportProblem[] = []
    const seenErrors = new Set<string>()
    const errorAt = (ref: CellRef, message: string) => {
      const key = `${ref.column ?? ''}|${message}`
      if (seenErrors.has(key)) return
      seenErrors.add(key)
      errors.push(problemAt(ref, 'error', message))
    }
    const error = (f: LineField, message: string) => errorAt(refOf(rowNo, f), message)
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

    // What the row itself says of source, period and kind; an amount column of a wide layout may say it instead.
    let rowSource: FundSource | undefined
    let rowFundKind: UnitFundKind | undefined
    let rowPeriod: Period | undefined
    const sourceText = get('source')
    if (sourceText !== '') {
      const s = parseSourceCell(sourceText)
      if (!s) error('source', `无法识别资金来源“${sourceText}”（应为一般公共预算、政府性基金预算、国有资本经营预算、财政专户管理资金或单位资金）`)
      else {
        // `上年结转` alone: carry-over of 一般公共预算 money, the usual case (spec §2.14).
        rowSource = s.source ?? (s.period === 'carryover' ? 'general' : undefined)
        rowFundKind = s.unitFundKind
        rowPeriod = s.period
      }
    }
    const fundKindText = get('unitFundKind')
    if (fundKindText !== '') {
      const k = parseUnitFundKind(fundKindText)
      if (!k) error('unitFundKind', `无法识别单位资金类别“${fundKindText}”（应为事业收入、事业单位经营收入、上级补助收入、附属单位上缴收入或其他收入）`)
      else rowFundKind = k
    }
    const periodText = get('period')
    if (periodText !== '') {
      const p = parsePeriod(periodText)
      if (!p) error('period', `无法识别“${periodText}”（应为当年预算或上年结转）`)
      else if (rowPeriod && p !== rowPeriod) error('period', `资金来源写的是“${sourceText}”，与此列的“${periodText}”不一致`)
      else rowPeriod = p
    }
    let rowKind: ExpenditureKind | undefined = spec.fixedKind
    const kindText = get('kind')
    if (kindText !== '') {
      const k = parseKind(kindText)
      if (!k) error('kind', `无法识别支出类型“${kindText}”（应为基本支出或项目支出）`)
      else rowKind = k
    }
    const project = get('project')
    const projectId = get('projectId')

    let projectCategory: ProjectCategory | undefined = spec.defaults.projectCategory
    const categoryText = get('projectCategory')
    if (categoryText !== '') {
      const c = parseProjectCategory(categoryText)
      if (!c) error('projectCategory', `无法识别项目类别“${categoryText}”（应为其他运转类或特定目标类）`)
      else projectCategory = c
    }

    const id = get('id')
    if (id !== '' && !Id.safeParse(id).success) error('id', idError(id))
    const note = get('note')
    if (note.length > 500) error('note', '备注过长（不超过500字）')
    const unit = get('unit') || spec.defaults.unit || ''

    const rowDrafts: LineDraft[] = []
    slots.forEach((slot, i) => {
      const amountText = amountCells[i] as string
      const amountRef = refAt(rowNo, slot.column, '金额')
      const fixed = slot.meaning
      // Wide layout: an empty cell is no line. Otherwise every problem of the row is reported, amount or not.
      if (wide && amountText === '') return
      let amount: string | undefined
      if (amountText === '') errorAt(amountRef, '请填写金额')
      else {
        const a = parseAmount(amountText, spec.amountUnit)
        if (!a.ok) errorAt(amountRef, a.message)
        else if (wide && a.value === '0.00') {
          out.skipped.push({ sheet: sheet.name, row: rowNo, reason: `“${slotLabel(slot)}”为0，未生成预算行` })
          return
        } else amount = a.value
      }
      if (fixed.source && rowSource && fixed.source !== rowSource) errorAt(amountRef, `资金来源列写的是“${sourceText}”，与金额列“${slotLabel(slot)}”代表的资金来源不一致`)
      if (columns.source !== undefined && sourceText === '' && !fixed.source && spec.defaults.source === undefined) error('source', '请填写资金来源')
      const source: FundSource = fixed.source ?? rowSource ?? spec.defaults.source ?? 'general'
      let unitFundKind: UnitFundKind | undefined = fixed.unitFundKind ?? rowFundKind ?? spec.defaults.unitFundKind
      if (source !== 'unit') {
        if (fundKindText !== '') error('unitFundKind', '只有资金来源为单位资金时才填写单位资金类别')
        unitFundKind = undefined
      } else if (!unitFundKind) {
        if (wide && fixed.source) errorAt(amountRef, `金额列“${slotLabel(slot)}”为单位资金，请在列对应中注明单位资金类别，或映射“单位资金类别”列`)
        else error(columns.unitFundKind !== undefined ? 'unitFundKind' : 'source', '资金来源为单位资金时，请填写单位资金类别（事业收入、上级补助收入等）')
      }
      if (fixed.period && rowPeriod && fixed.period !== rowPeriod) errorAt(amountRef, `此行写的是“${periodText || sourceText}”，与金额列“${slotLabel(slot)}”代表的年度不一致`)
      const period: Period = fixed.period ?? rowPeriod ?? spec.defaults.period ?? 'current'
      const kind: ExpenditureKind = fixed.kind ?? rowKind ?? spec.defaults.kind ?? (project !== '' || projectId !== '' ? 'project' : 'basic')
      if (kind === 'project' && project === '' && projectId === '') error(columns.project !== undefined ? 'project' : 'kind', '项目支出请填写项目名称')
      if (kind === 'basic' && project !== '') {
        if (fixed.kind) errorAt(refOf(rowNo, 'project'), `金额列“${slotLabel(slot)}”为基本支出，此行却填写了项目名称`)
        else error('project', '基本支出不应填写项目名称；如为项目支出，请在支出类型中注明')
      }
      if (amount === undefined) return
      const lineId = id === '' ? '' : rowDrafts.length === 0 ? id : `${id}-${rowDrafts.length + 1}`
      rowDrafts.push({
        sheet: sheet.name,
        row: rowNo,
        refs: wide ? { ...refs, amount: amountRef } : refs,
        ...(lineId !== '' ? { id: lineId } : {}),
        unit,
        ...(projectId !== '' ? { projectId } : {}),
        ...(kind === 'project' && project !== '' ? { project } : {}),
        ...(projectCategory ? { projectCategory } : {}),
        functionCode: functionCode ?? '',
        economicCode: economicCode ?? '',
        ...(governmentEconomicCode ? { governmentEconomicCode } : {}),
        source,
        ...(unitFundKind ? { unitFundKind } : {}),
        period,
        kind,
        amount,
        ...(note !== '' ? { note } : {}),
      })
    })

    if (errors.length > 0 || functionCode === undefined || economicCode === undefined) {
      for (const e of errors) out.problems.push(e)
      continue
    }
    for (const d of rowDrafts) out.drafts.push(d)
  }
  return out
}
