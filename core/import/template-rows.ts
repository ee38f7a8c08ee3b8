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
  PROJECT_ATTRIBUTE_LABELS,
  PROJECT_CATEGORY_LABELS,
  UNIT_FUND_KIND_LABELS,
  UNIT_TYPE_LABELS,
} from '../model/enums'
import {
  codeWithName,
  COMPARISON_ITEMS,
  DEPARTMENT_ITEMS,
  ECONOMIC_SCOPE_LABELS,
  INCOME_KIND_LABELS,
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

/** The department and comparison sheets list their fixed items even when blank. */
export function blankTemplateRows(year?: number): TemplateRows {
  return {
    department: DEPARTMENT_ITEMS.map((i) => [i.label, i.key === 'budgetYear' && year !== undefined ? String(year) : '']),
    units: [],
    basic: [],
    projects: [],
    projectLines: [],
    comparisons: COMPARISON_ITEMS.map((i) => [i.label, '', '']),
    income: [],
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
  const deptValues: Record<string, string> = {
    displayName: dept.displayName,
    plainName: dept.plainName,
    code: dept.code,
    level: GOVERNMENT_LEVEL_LABELS[dept.level],
    regionName: dept.regionName,
    budgetYear: String(dept.budgetYear),
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
    comparisons: COMPARISON_ITEMS.map((i) => [i.label, comparison[i.key].prior ?? '', comparison[i.key].reason ?? '']),
    income: [
      ...d.fundIncome.map((e) => ({ e, kind: 'fund' as const })),
      ...d.stateCapitalIncome.map((e) => ({ e, kind: 'state-capital' as const })),
    ].map(({ e, kind }) => ordered('income', { id: e.id, kind: INCOME_KIND_LABELS[kind], incomeCode: named('income', e.incomeCode), name: e.name, amount: e.amount })),
  }
}

/** The template as plain sheets (header row + data rows), e.g. for a preview without a workbook. */
export function templateSheets(rows: TemplateRows): SheetData[] {
  return TEMPLATE_SHEET_ORDER.map((id) => ({ name: TEMPLATE_SHEETS[id].name, rows: [TEMPLATE_SHEETS[id].columns.map((c) => c.header), ...rows[id].map((r) => [...r])] }))
}
