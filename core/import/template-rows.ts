// A document → the data rows of each template sheet (the round trip export → import). Main writes
// them with exceljs; columns of kind 'amount' hold 元 strings that main writes as numbers.
import type { Catalog } from '../catalogs/types'
import type { BudgetDocument } from '../document/envelope'
import type { BudgetLine } from '../model/budget'
import type { SheetData } from './sheet'
import {
  FUND_SOURCE_LABELS,
  GOVERNMENT_LEVEL_LABELS,
  PERIOD_LABELS,
  PROCUREMENT_CATEGORY_LABELS,
  PROJECT_ATTRIBUTE_LABELS,
  PROJECT_CATEGORY_LABELS,
  UNIT_FUND_KIND_LABELS,
  UNIT_TYPE_LABELS,
  VEHICLE_KIND_LABELS,
  VEHICLE_KINDS,
} from '../model/enums'
import type { Assets } from '../model/disclosure-inputs'
import { economicClassOf, isPersonnelClass, threePublicItemOf } from '../calc/names'
import { fenToYuanString, yuanToFen } from '../money/money'
import type { DocumentData } from '../model/document-data'
import { hasOfficeOperationFunds, isFiscal } from '../model/enums'
import {
  ASSET_ITEMS,
  codeWithName,
  COMPARISON_ITEMS,
  DEPARTMENT_ITEMS,
  ECONOMIC_SCOPE_LABELS,
  INCOME_KIND_LABELS,
  OFFICE_COMPARISON_LABELS,
  OTHER_NOTE_ITEMS,
  OVERVIEW_ITEMS,
  TEMPLATE_SHEET_ORDER,
  TEMPLATE_SHEETS,
  type ComparisonItemKey,
  type TemplateSheetId,
} from './template-layout'

export type TemplateRows = Record<TemplateSheetId, string[][]>

const yesNo = (b: boolean) => (b ? '是' : '否')

/** Cells in the layout's column order, from a record keyed by column key. */
function ordered(id: TemplateSheetId, values: Record<string, string | undefined>): string[] {
  return TEMPLATE_SHEETS[id].columns.map((c) => values[c.key] ?? '')
}

/** The 示例 row of a list sheet (none for the others). */
function exampleRows(id: TemplateSheetId): string[][] {
  const example = TEMPLATE_SHEETS[id].example
  return example ? [ordered(id, example)] : []
}

/** Key/value sheets: label, value and the 填写示例 column. */
function keyValueRows(items: readonly { key: string; label: string; example?: string }[], values: Readonly<Record<string, string | undefined>>): string[][] {
  return items.map((i) => [i.label, values[i.key] ?? '', i.example ?? ''])
}

/** The department and comparison sheets list their fixed items even when blank; list sheets carry one 示例 row. */
export function blankTemplateRows(year?: number): TemplateRows {
  return {
    department: DEPARTMENT_ITEMS.map((i) => [i.label, i.key === 'budgetYear' && year !== undefined ? String(year) : '']),
    units: [],
    basic: [],
    projects: [],
    projectLines: [],
    comparisons: COMPARISON_ITEMS.map((i) => ordered('comparisons', { item: i.label })),
    income: [],
    procurement: exampleRows('procurement'),
    assets: keyValueRows(ASSET_ITEMS, {}),
    vehicleDetails: exampleRows('vehicleDetails'),
    equipmentDetails: exampleRows('equipmentDetails'),
    overview: keyValueRows(OVERVIEW_ITEMS, {}),
    otherNotes: keyValueRows(OTHER_NOTE_ITEMS, {}),
  }
}

/**
 * The current-year 三公 items, their total and 机关运行经费 in 元 (财政拨款, 当年), from the lines as
 * T10/T11 count them: printed beside the prior-year figures for checking, never read back.
 */
export function currentComparisonYuan(d: Pick<DocumentData, 'lines' | 'units'>): Partial<Record<ComparisonItemKey, string>> {
  const unitType = new Map(d.units.map((u) => [u.id, u.type]))
  const fen = { abroad: 0, reception: 0, vehiclePurchase: 0, vehicleOperation: 0, officeOperation: 0 }
  for (const l of d.lines) {
    if (l.period !== 'current' || !isFiscal(l.source)) continue
    const amount = yuanToFen(l.amount)
    const item = threePublicItemOf(l.economicCode)
    if (item) fen[item] += amount
    const type = unitType.get(l.unitId)
    if (l.kind === 'basic' && type !== undefined && hasOfficeOperationFunds(type) && !isPersonnelClass(economicClassOf(l.economicCode))) fen.officeOperation += amount
  }
  return {
    abroad: fenToYuanString(fen.abroad),
    reception: fenToYuanString(fen.reception),
    vehiclePurchase: fenToYuanString(fen.vehiclePurchase),
    vehicleOperation: fenToYuanString(fen.vehicleOperation),
    threePublicTotal: fenToYuanString(fen.abroad + fen.reception + fen.vehiclePurchase + fen.vehicleOperation),
    officeOperation: fenToYuanString(fen.officeOperation),
  }
}

const countText = (n: number | undefined) => (n === undefined ? undefined : String(n))

/** The 国有资产 values by item key (vehicles.leadership, fixedAssets.netValue …); absent stays blank. */
export function assetValues(a: Assets): Record<string, string | undefined> {
  const d = a.details
  return {
    asOf: a.asOf,
    vehicleQuota: countText(a.vehicleQuota),
    ...Object.fromEntries(VEHICLE_KINDS.map((k) => [`vehicles.${k}`, String(a.vehicles[k])])),
    officeArea: a.officeArea,
    equipmentOver500k: countText(a.equipmentOver500k),
    equipmentOver1m: countText(a.equipmentOver1m),
    'fixedAssets.originalValue': d?.fixedAssets?.originalValue,
    'fixedAssets.netValue': d?.fixedAssets?.netValue,
    'fixedAssets.depreciation': d?.fixedAssets?.depreciation,
    'intangibleAssets.originalValue': d?.intangibleAssets?.originalValue,
    'intangibleAssets.amortization': d?.intangibleAssets?.amortization,
    'buildings.area': d?.buildings?.area,
    'buildings.bookValue': d?.buildings?.bookValue,
    note: d?.note,
  }
}

export function templateRowsOf(doc: BudgetDocument, catalog?: Catalog): TemplateRows {
  const d = doc.data
  const unitName = new Map(d.units.map((u) => [u.id, u.name]))
  const project = new Map(d.projects.map((p) => [p.id, p]))
  const named = (kind: 'functional' | 'economicDepartment' | 'economicGovernment' | 'income', code: string | undefined) =>
    code === undefined ? '' : codeWithName(code, catalog?.[kind].get(code)?.name)
  const line = (id: TemplateSheetId, l: BudgetLine) =>
    ordered(id, {
      id: l.id,
      unit: unitName.get(l.unitId) ?? l.unitId,
      projectId: l.projectId,
      project: l.projectId ? project.get(l.projectId)?.name : undefined,
      functionCode: named('functional', l.functionCode),
      economicCode: named('economicDepartment', l.economicCode),
      governmentEconomicCode: named('economicGovernment', l.governmentEconomicCode),
      source: FUND_SOURCE_LABELS[l.source],
      unitFundKind: l.unitFundKind ? UNIT_FUND_KIND_LABELS[l.unitFundKind] : undefined,
      period: PERIOD_LABELS[l.period],
      amount: l.amount,
      note: l.note,
    })
  const dept = d.department
  const deptValues: Record<string, string | undefined> = {
    displayName: dept.displayName,
    plainName: dept.plainName,
    code: dept.code,
    level: GOVERNMENT_LEVEL_LABELS[dept.level],
    regionName: dept.regionName,
    budgetYear: String(dept.budgetYear),
    approvalDate: dept.approvalDate,
    publicationDate: dept.publicationDate,
  }
  const c = d.comparisons
  const comparison: Record<ComparisonItemKey, { prior?: string; reason?: string }> = {
    incomeTotal: c.incomeTotal,
    expenditureTotal: c.expenditureTotal,
    generalBudgetCurrent: c.generalBudgetCurrent,
    abroad: c.threePublic.abroad,
    reception: c.threePublic.reception,
    vehiclePurchase: c.threePublic.vehiclePurchase,
    vehicleOperation: c.threePublic.vehicleOperation,
    threePublicTotal: c.threePublicTotalReason !== undefined ? { reason: c.threePublicTotalReason } : {},
    officeOperation: c.officeOperation,
  }
  const current = currentComparisonYuan(d)
  const compare = (key: ComparisonItemKey) => (key === 'officeOperation' && c.officeOperationComparison ? OFFICE_COMPARISON_LABELS[c.officeOperationComparison] : '')
  return {
    department: DEPARTMENT_ITEMS.map((i) => [i.label, deptValues[i.key] ?? '']),
    units: d.units.map((u) =>
      ordered('units', { id: u.id, name: u.name, code: u.code, type: UNIT_TYPE_LABELS[u.type], head: yesNo(u.isHeadUnit), scope: u.economicScope ? ECONOMIC_SCOPE_LABELS[u.economicScope] : undefined }),
    ),
    basic: d.lines.filter((l) => l.kind === 'basic').map((l) => line('basic', l)),
    projects: d.projects.map((p) =>
      ordered('projects', {
        id: p.id,
        unit: unitName.get(p.unitId) ?? p.unitId,
        name: p.name,
        category: PROJECT_CATEGORY_LABELS[p.category],
        attribute: PROJECT_ATTRIBUTE_LABELS[p.attribute],
        duration: String(p.durationYears),
        continuing: yesNo(p.continuing),
        classified: yesNo(p.classified),
      }),
    ),
    projectLines: d.lines.filter((l) => l.kind === 'project').map((l) => line('projectLines', l)),
    comparisons: COMPARISON_ITEMS.map((i) => ordered('comparisons', { item: i.label, current: current[i.key], prior: comparison[i.key].prior, reason: comparison[i.key].reason, compare: compare(i.key) })),
    income: [
      ...d.fundIncome.map((e) => ({ e, kind: 'fund' as const })),
      ...d.stateCapitalIncome.map((e) => ({ e, kind: 'state-capital' as const })),
    ].map(({ e, kind }) => ordered('income', { id: e.id, kind: INCOME_KIND_LABELS[kind], incomeCode: named('income', e.incomeCode), name: e.name, amount: e.amount })),
    procurement: [
      ...exampleRows('procurement'),
      ...d.procurement.map((p) =>
        ordered('procurement', { id: p.id, unit: p.unitId === undefined ? undefined : (unitName.get(p.unitId) ?? p.unitId), category: PROCUREMENT_CATEGORY_LABELS[p.category], name: p.name, amount: p.amount }),
      ),
    ],
    assets: keyValueRows(ASSET_ITEMS, assetValues(d.assets)),
    vehicleDetails: [
      ...exampleRows('vehicleDetails'),
      ...(d.assets.details?.vehicles ?? []).map((v) =>
        ordered('vehicleDetails', { id: v.id, kind: VEHICLE_KIND_LABELS[v.kind], count: countText(v.count), originalValue: v.originalValue, netValue: v.netValue, purchaseYear: countText(v.purchaseYear) }),
      ),
    ],
    equipmentDetails: [
      ...exampleRows('equipmentDetails'),
      ...(d.assets.details?.majorEquipment ?? []).map((e) => ordered('equipmentDetails', { id: e.id, name: e.name, count: countText(e.count), originalValue: e.originalValue })),
    ],
    overview: keyValueRows(OVERVIEW_ITEMS, d.overview),
    otherNotes: keyValueRows(OTHER_NOTE_ITEMS, d.otherNotes),
  }
}

/** The template as plain sheets (header row + data rows), e.g. for a preview without a workbook. */
export function templateSheets(rows: TemplateRows): SheetData[] {
  return TEMPLATE_SHEET_ORDER.map((id) => ({ name: TEMPLATE_SHEETS[id].name, rows: [TEMPLATE_SHEETS[id].columns.map((c) => c.header), ...rows[id].map((r) => [...r])] }))
}
