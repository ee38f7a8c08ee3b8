// The template's disclosure sheets: 政府采购, 国有资产 (with 公务用车明细 and 大型设备明细), 概况 and
// 其他说明. Each section reads its sheets into a report per sheet (what it brings, or that it is empty)
// and a change of the document applied once units are resolved. A sheet with content replaces the
// document's section as a whole; an empty sheet imports nothing and keeps the document's.
import { fenToYuanString, yuanToFen } from '../money/money'
import { Assets, OtherNotes, Overview, type ProcurementItem } from '../model/disclosure-inputs'
import type { AssetDetails, MajorEquipment, VehicleDetail } from '../model/asset-details'
import type { Project } from '../model/budget'
import type { DocumentDataInput } from '../model/document-data'
import { PROCUREMENT_CATEGORY_LABELS, VEHICLE_KIND_LABELS, VEHICLE_KINDS, type ProcurementCategory, type VehicleKind } from '../model/enums'
import type { Unit } from '../model/organization'
import { Area, Count, hiddenCharacterMessage, Id } from '../model/primitives'
import { parseAmount, parseWholeNumber } from './parse-values'
import { findUnit, IdPool } from './resolve-entities'
import { idError, normalizeHeader, problemAt, rowErrors, type CellRef, type ImportProblem, type SheetData } from './sheet'
import { parseDateCell } from './template-extras'
import { eachRow, locateTemplateSheet, type LocatedSheet } from './template-sheets'
import { ASSET_ITEMS, OTHER_NOTE_ITEMS, OVERVIEW_ITEMS, type TemplateSheetId } from './template-layout'

/** What one sheet brings, in the officer's words (`《政府采购》：2项，合计…元` or `…表为空，未导入`). */
export interface SheetReport {
  sheet: string
  text: string
  /** Nothing was read from the sheet: the document's section stays as it was. */
  empty: boolean
}

export interface SectionContext {
  /** The units of the result (the document's and the 单位 sheet's). */
  units: readonly Unit[]
  projects: readonly Project[]
  problems: ImportProblem[]
}

export interface SectionRead {
  reports: SheetReport[]
  /** The document's data with this section's sheets applied; absent when the sheets bring nothing. */
  apply?: (data: DocumentDataInput, ctx: SectionContext) => DocumentDataInput
}

/** One part of the document the template carries beyond lines, units and projects. */
export interface TemplateSection {
  read(sheets: readonly SheetData[], problems: ImportProblem[]): SectionRead
}

export const emptySheetText = (name: string): string => `《${name}》表为空，未导入`
const report = (name: string, text: string | undefined): SheetReport => (text === undefined ? { sheet: name, text: emptySheetText(name), empty: true } : { sheet: name, text: `《${name}》：${text}`, empty: false })
const yuanText = (fen: number) => `${fenToYuanString(fen)}元`

// ---- key/value sheets -------------------------------------------------------------------------

type KeyValueItem = { key: string; label: string }

function itemOf(items: readonly KeyValueItem[], text: string): KeyValueItem | undefined {
  const t = normalizeHeader(text)
  return items.find((i) => normalizeHeader(i.label) === t) ?? items.find((i) => normalizeHeader(i.label.replace(/（[^）]*）$/, '')) === t)
}

interface KeyValue {
  value: string
  ref: CellRef
}

/** The filled values of a key/value sheet by item key; text keeps its line breaks and inner spaces. */
function readKeyValues(located: LocatedSheet, items: readonly KeyValueItem[], problems: ImportProblem[]): Map<string, KeyValue> {
  const out = new Map<string, KeyValue>()
  const valueColumn = located.columns['value']
  eachRow(located, (get, ref, row) => {
    const label = get('item')
    const raw = valueColumn === undefined ? '' : (located.sheet.rows[row - 1]?.[valueColumn] ?? '')
    if (raw.trim() === '') return
    const item = itemOf(items, label)
    if (!item) {
      problems.push(problemAt(ref('item'), 'warning', label === '' ? '内容没有对应的项目名称，已忽略' : `不认识的项目“${label}”，已忽略`))
      return
    }
    const first = out.get(item.key)
    if (first) {
      problems.push(problemAt(ref('item'), 'error', `“${item.label}”重复填写（第${first.ref.row}行已填写）`))
      return
    }
    const value = raw.replace(/^[ \t]*\n+|\n+[ \t]*$/g, '')
    const hidden = hiddenCharacterMessage(value)
    if (hidden) problems.push(problemAt(ref('value'), 'error', `“${item.label}”${hidden}`))
    else if (value.length > 20_000) problems.push(problemAt(ref('value'), 'error', `“${item.label}”文字过长（不超过20000字）`))
    else out.set(item.key, { value: /\n/.test(value) ? value : value.trim(), ref: ref('value') })
  })
  return out
}

function textSection(id: TemplateSheetId, items: readonly KeyValueItem[], key: 'overview' | 'otherNotes'): TemplateSection {
  return {
    read(sheets, problems) {
      const located = locateTemplateSheet(sheets, id, problems)
      if (!located) return { reports: [] }
      const values = readKeyValues(located, items, problems)
      const name = located.sheet.name
      if (values.size === 0) return { reports: [report(name, undefined)] }
      const filled = items.filter((i) => values.has(i.key))
      const text = Object.fromEntries(items.map((i) => [i.key, values.get(i.key)?.value ?? '']))
      const parsed = key === 'overview' ? Overview.parse(text) : OtherNotes.parse(text)
      return {
        reports: [report(name, `${filled.map((i) => `${i.label}${(values.get(i.key)?.value ?? '').length}字`).join('，')}${filled.length < items.length ? `；${items.filter((i) => !values.has(i.key)).map((i) => i.label).join('、')}未填写` : ''}`)],
        apply: (data) => ({ ...data, [key]: parsed }),
      }
    },
  }
}

// ---- 政府采购 ---------------------------------------------------------------------------------

const PROCUREMENT_CATEGORIES = new Map<string, ProcurementCategory>(Object.entries(PROCUREMENT_CATEGORY_LABELS).map(([k, v]) => [v, k as ProcurementCategory]))
const VEHICLE_KINDS_BY_LABEL = new Map<string, VehicleKind>([
  ...VEHICLE_KINDS.map((k) => [VEHICLE_KIND_LABELS[k], k] as const),
  ...VEHICLE_KINDS.map((k) => [VEHICLE_KIND_LABELS[k].replace(/用车$/, ''), k] as const),
])

interface ProcurementDraft {
  ref: CellRef
  unitRef: CellRef
  id?: string
  unit: string
  category: ProcurementCategory
  name: string
  amount: string
}

function readProcurementRows(located: LocatedSheet, problems: ImportProblem[]): ProcurementDraft[] {
  const out: ProcurementDraft[] = []
  const ids = new Map<string, number>()
  eachRow(located, (get, ref, row) => {
    const { error, failed } = rowErrors(problems, ref)
    const id = get('id')
    if (id !== '' && !Id.safeParse(id).success) error('id', idError(id))
    else if (id !== '' && ids.has(id)) error('id', `编号“${id}”与第${ids.get(id)}行重复`)
    else if (id !== '') ids.set(id, row)
    const category = PROCUREMENT_CATEGORIES.get(get('category').replace(/类$/, ''))
    if (!category) error('category', get('category') === '' ? '请填写采购类别' : `采购类别应为货物、工程或服务，不是“${get('category')}”`)
    const name = get('name')
    if (name.length > 500) error('name', '采购项目名称过长（不超过500字）')
    const a = get('amount') === '' ? undefined : parseAmount(get('amount'), located.amountUnit)
    if (!a) error('amount', '请填写金额')
    else if (!a.ok) error('amount', a.message)
    if (failed() || !category || !a?.ok) return
    out.push({ ref: { sheet: located.sheet.name, row }, unitRef: ref('unit'), ...(id !== '' ? { id } : {}), unit: get('unit'), category, name, amount: a.value })
  })
  return out
}

const procurementSection: TemplateSection = {
  read(sheets, problems) {
    const located = locateTemplateSheet(sheets, 'procurement', problems)
    if (!located) return { reports: [] }
    const drafts = readProcurementRows(located, problems)
    const name = located.sheet.name
    if (drafts.length === 0) return { reports: [report(name, undefined)] }
    const total = drafts.reduce((s, d) => s + yuanToFen(d.amount), 0)
    return {
      reports: [report(name, `${drafts.length}项，合计${yuanText(total)}`)],
      apply: (data, ctx) => {
        const pool = new IdPool(drafts.flatMap((d) => (d.id ? [d.id] : [])))
        const items: ProcurementItem[] = []
        for (const d of drafts) {
          let unitId: string | undefined
          if (d.unit !== '') {
            const unit = findUnit(ctx.units, d.unit)
            if (unit === 'ambiguous') ctx.problems.push(problemAt(d.unitRef, 'error', `单位“${d.unit}”对应多个同名单位，请改填单位编号`))
            else if (!unit) ctx.problems.push(problemAt(d.unitRef, 'error', `单位“${d.unit}”不在“单位”表中，也不在文档中`))
            else unitId = unit.id
            if (!unitId) continue
          }
          items.push({ id: d.id ?? pool.next('gp-'), ...(unitId ? { unitId } : {}), category: d.category, name: d.name, amount: d.amount })
        }
        return { ...data, procurement: items }
      },
    }
  },
}

// ---- 国有资产 ---------------------------------------------------------------------------------

const ASSET_LABEL = new Map<string, string>(ASSET_ITEMS.map((i) => [i.key, i.label]))

/** The 国有资产 sheet's values as the Assets fields (details without the lists). */
function assetsFromValues(values: Map<string, KeyValue>, problems: ImportProblem[]): Assets {
  const error = (key: string, message: string) => problems.push(problemAt((values.get(key) as KeyValue).ref, 'error', `“${ASSET_LABEL.get(key) ?? key}”${message}`))
  const text = (key: string) => values.get(key)?.value
  const count = (key: string): number | undefined => {
    const t = text(key)
    if (t === undefined) return undefined
    const n = parseWholeNumber(t)
    if (n === undefined || !Count.safeParse(n).success) {
      error(key, `应为不小于0的整数，不是“${t}”`)
      return undefined
    }
    return n
  }
  const amount = (key: string): string | undefined => {
    const t = text(key)
    if (t === undefined) return undefined
    const a = parseAmount(t, 'yuan')
    if (!a.ok) error(key, a.message.replace(/^金额/, ''))
    return a.ok ? a.value : undefined
  }
  const area = (key: string): string | undefined => {
    const t = text(key)?.replace(/平方米$|㎡$/, '')
    if (t === undefined) return undefined
    if (!Area.safeParse(t).success) error(key, `应为非负数，最多两位小数，不是“${t}”`)
    return Area.safeParse(t).success ? t : undefined
  }
  const asOfText = text('asOf')
  const asOf = asOfText === undefined ? undefined : parseDateCell(asOfText)
  if (asOfText !== undefined && asOf === undefined) error('asOf', `应为日期，如“2025-12-31”，不是“${asOfText}”`)
  const present = <T extends object>(o: T): T | undefined => (Object.values(o).some((v) => v !== undefined) ? o : undefined)
  const drop = <T extends object>(o: T): T => Object.fromEntries(Object.entries(o).filter(([, v]) => v !== undefined)) as T
  const fixedAssets = present(drop({ originalValue: amount('fixedAssets.originalValue'), netValue: amount('fixedAssets.netValue'), depreciation: amount('fixedAssets.depreciation') }))
  const intangibleAssets = present(drop({ originalValue: amount('intangibleAssets.originalValue'), amortization: amount('intangibleAssets.amortization') }))
  const buildings = present(drop({ area: area('buildings.area'), bookValue: amount('buildings.bookValue') }))
  const details: AssetDetails = drop({ fixedAssets, intangibleAssets, buildings, note: text('note') })
  const vehicles = Object.fromEntries(VEHICLE_KINDS.map((k) => [k, count(`vehicles.${k}`) ?? 0])) as Assets['vehicles']
  return drop({
    asOf,
    vehicleQuota: count('vehicleQuota'),
    vehicles,
    officeArea: area('officeArea'),
    equipmentOver500k: count('equipmentOver500k'),
    equipmentOver1m: count('equipmentOver1m'),
    details: Object.keys(details).length > 0 ? details : undefined,
  })
}

function readListIds(get: (key: string) => string, ref: (key: string) => CellRef, ids: Map<string, number>, row: number, problems: ImportProblem[]): string | undefined | false {
  const id = get('id')
  if (id === '') return undefined
  if (!Id.safeParse(id).success) problems.push(problemAt(ref('id'), 'error', idError(id)))
  else if (ids.has(id)) problems.push(problemAt(ref('id'), 'error', `编号“${id}”与第${ids.get(id)}行重复`))
  else {
    ids.set(id, row)
    return id
  }
  return false
}

function readVehicleRows(located: LocatedSheet, problems: ImportProblem[]): (Omit<VehicleDetail, 'id'> & { id?: string })[] {
  const out: (Omit<VehicleDetail, 'id'> & { id?: string })[] = []
  const ids = new Map<string, number>()
  eachRow(located, (get, ref, row) => {
    const before = problems.length
    const error = (key: string, message: string) => problems.push(problemAt(ref(key), 'error', message))
    const id = readListIds(get, ref, ids, row, problems)
    const kind = VEHICLE_KINDS_BY_LABEL.get(get('kind'))
    if (!kind) error('kind', get('kind') === '' ? '请填写车辆类型' : `无法识别车辆类型“${get('kind')}”（应为${VEHICLE_KINDS.map((k) => VEHICLE_KIND_LABELS[k]).join('、')}之一）`)
    const count = get('count') === '' ? undefined : parseWholeNumber(get('count'))
    if (get('count') !== '' && (count === undefined || !Count.safeParse(count).success)) error('count', `数量应为不小于0的整数，不是“${get('count')}”`)
    const year = get('purchaseYear') === '' ? undefined : parseWholeNumber(get('purchaseYear'))
    if (get('purchaseYear') !== '' && (year === undefined || year < 1950 || year > 2100)) error('purchaseYear', `购置年份应为1950至2100的四位年份，不是“${get('purchaseYear')}”`)
    const amount = (key: string) => {
      if (get(key) === '') return undefined
      const a = parseAmount(get(key), 'yuan')
      if (!a.ok) error(key, a.message)
      return a.ok ? a.value : undefined
    }
    const originalValue = amount('originalValue')
    const netValue = amount('netValue')
    if (problems.length > before || !kind || id === false) return
    out.push({
      ...(id ? { id } : {}),
      kind,
      ...(count !== undefined ? { count } : {}),
      ...(originalValue !== undefined ? { originalValue } : {}),
      ...(netValue !== undefined ? { netValue } : {}),
      ...(year !== undefined ? { purchaseYear: year } : {}),
    })
  })
  return out
}

function readEquipmentRows(located: LocatedSheet, problems: ImportProblem[]): (Omit<MajorEquipment, 'id'> & { id?: string })[] {
  const out: (Omit<MajorEquipment, 'id'> & { id?: string })[] = []
  const ids = new Map<string, number>()
  eachRow(located, (get, ref, row) => {
    const before = problems.length
    const error = (key: string, message: string) => problems.push(problemAt(ref(key), 'error', message))
    const id = readListIds(get, ref, ids, row, problems)
    const name = get('name')
    if (name.length > 500) error('name', '设备名称过长（不超过500字）')
    const count = get('count') === '' ? undefined : parseWholeNumber(get('count'))
    if (get('count') !== '' && (count === undefined || !Count.safeParse(count).success)) error('count', `数量应为不小于0的整数，不是“${get('count')}”`)
    const a = get('originalValue') === '' ? undefined : parseAmount(get('originalValue'), 'yuan')
    if (a && !a.ok) error('originalValue', a.message)
    if (problems.length > before || id === false) return
    out.push({ ...(id ? { id } : {}), name, ...(count !== undefined ? { count } : {}), ...(a?.ok ? { originalValue: a.value } : {}) })
  })
  return out
}

function withIds<T extends { id?: string }>(rows: readonly T[], prefix: string): (T & { id: string })[] {
  const pool = new IdPool(rows.flatMap((r) => (r.id ? [r.id] : [])))
  return rows.map((r) => ({ ...r, id: r.id ?? pool.next(prefix) }))
}

const assetsSection: TemplateSection = {
  read(sheets, problems) {
    const main = locateTemplateSheet(sheets, 'assets', problems)
    const vehicleSheet = locateTemplateSheet(sheets, 'vehicleDetails', problems)
    const equipmentSheet = locateTemplateSheet(sheets, 'equipmentDetails', problems)
    const values = main ? readKeyValues(main, ASSET_ITEMS, problems) : new Map<string, KeyValue>()
    const vehicles = vehicleSheet ? withIds(readVehicleRows(vehicleSheet, problems), 'veh-') : []
    const equipment = equipmentSheet ? withIds(readEquipmentRows(equipmentSheet, problems), 'eq-') : []
    const reports: SheetReport[] = []
    if (main) reports.push(report(main.sheet.name, values.size === 0 ? undefined : `${values.size}项`))
    if (vehicleSheet) reports.push(report(vehicleSheet.sheet.name, vehicles.length === 0 ? undefined : `${vehicles.length}行`))
    if (equipmentSheet) reports.push(report(equipmentSheet.sheet.name, equipment.length === 0 ? undefined : `${equipment.length}行`))
    if (values.size === 0 && vehicles.length === 0 && equipment.length === 0) return { reports }
    const filled = values.size > 0 ? assetsFromValues(values, problems) : undefined
    return {
      reports,
      apply: (data) => {
        // Each sheet replaces its part: 国有资产 the figures and texts, the two detail sheets their lists.
        const base = Assets.parse(data.assets ?? {})
        const scalar = filled ?? base
        const lists = base.details ? { vehicles: base.details.vehicles, majorEquipment: base.details.majorEquipment } : {}
        const details: AssetDetails = Object.fromEntries(
          Object.entries({
            ...(filled ? filled.details : base.details),
            vehicles: vehicles.length > 0 ? vehicles : lists.vehicles,
            majorEquipment: equipment.length > 0 ? equipment : lists.majorEquipment,
          }).filter(([, v]) => v !== undefined),
        )
        const { details: _, ...rest } = scalar
        return { ...data, assets: { ...rest, ...(Object.keys(details).length > 0 ? { details } : {}) } }
      },
    }
  },
}

/** The template's sections beyond lines, units, projects, comparisons and income, read in this order. */
export const TEMPLATE_SECTIONS: readonly TemplateSection[] = [
  procurementSection,
  assetsSection,
  textSection('overview', OVERVIEW_ITEMS, 'overview'),
  textSection('otherNotes', OTHER_NOTE_ITEMS, 'otherNotes'),
]
