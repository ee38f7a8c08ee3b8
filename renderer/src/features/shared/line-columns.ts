// Columns of the budget-line grids (基本支出 and 项目支出).
import type { Catalog } from '../../../../core/catalogs/types'
import type { BudgetLine, Project } from '../../../../core/model/budget'
import type { Unit } from '../../../../core/model/organization'
import type { GridColumn } from '../../components/EntryGrid/grid-types'
import type { PastedValue } from '../../components/paste/parse-paste'
import { text } from '../../text/zh-CN'
import { amountColumn, catalogEntries, codeColumn, periodColumn, sourceColumn, UNIT_FUND_KIND_OPTIONS, unitColumn } from './columns'

/** An optional field: an empty cell removes it. */
function optional(key: 'unitFundKind' | 'governmentEconomicCode' | 'note') {
  return (row: BudgetLine, value: PastedValue): BudgetLine => {
    const next = { ...row }
    if (value === '') delete next[key]
    else (next as Record<string, unknown>)[key] = value
    return next
  }
}

type NameKey = 'functionName' | 'economicName' | 'governmentName'

/**
 * 科目名称 (issue 17: no code printed without its name): shows the code's name from the year's
 * catalog or the document's own; typing or pasting a name here names a code the catalog lacks
 * (absorbLineNames moves it into DocumentData.ownCatalog). Placed last so that pastes without a
 * header keep their column order.
 */
function nameColumn(key: NameKey, title: string, aliases: string[], name: (row: BudgetLine) => string | undefined): GridColumn<BudgetLine> {
  return {
    key,
    title,
    aliases,
    width: 180,
    kind: 'text',
    headerOnly: true,
    display: (row) => name(row) ?? '',
    edit: (row) => name(row) ?? '',
    set: (row, value) => ({ ...row, [key]: String(value) }),
  }
}

function nameColumns(catalog: Catalog | undefined, government: boolean): GridColumn<BudgetLine>[] {
  const out = [
    nameColumn('functionName', text.lines.functionName, ['科目名称', '功能科目名称', '支出功能分类科目名称', '功能分类科目名称'], (r) => catalog?.functional.get(r.functionCode)?.name),
    nameColumn('economicName', text.lines.economicName, ['经济科目名称', '部门经济科目名称', '部门预算支出经济分类科目名称', '经济分类科目名称'], (r) => catalog?.economicDepartment.get(r.economicCode)?.name),
  ]
  if (government) {
    out.push(nameColumn('governmentName', text.lines.governmentName, ['政府经济科目名称', '政府预算支出经济分类科目名称'], (r) => (r.governmentEconomicCode ? catalog?.economicGovernment.get(r.governmentEconomicCode)?.name : undefined)))
  }
  return out
}

function sharedColumns(catalog: Catalog | undefined): GridColumn<BudgetLine>[] {
  const entries = catalogEntries(catalog)
  return [
    codeColumn('functionCode', text.fields.functionCode, entries.functional, [7], ['支出功能分类科目', '支出功能分类科目编码', '功能分类', '功能科目编码', '科目编码']),
    codeColumn('economicCode', text.fields.economicCode, entries.economicDepartment, [5], ['部门预算支出经济分类科目', '部门经济分类', '经济分类', '经济科目编码'], 190),
    sourceColumn<BudgetLine>(),
    {
      key: 'unitFundKind',
      title: text.fields.unitFundKind,
      aliases: ['单位资金来源'],
      width: 110,
      kind: 'enum',
      options: UNIT_FUND_KIND_OPTIONS,
      set: optional('unitFundKind'),
    },
    periodColumn<BudgetLine>(),
    amountColumn<BudgetLine>(),
  ]
}

export function basicLineColumns(units: readonly Unit[], catalog: Catalog | undefined): GridColumn<BudgetLine>[] {
  const entries = catalogEntries(catalog)
  return [
    unitColumn<BudgetLine>(units),
    ...sharedColumns(catalog),
    { ...codeColumn<BudgetLine>('governmentEconomicCode', text.lines.governmentCode, entries.economicGovernment, [5], ['政府预算支出经济分类科目', '政府经济分类'], 200), required: false, set: optional('governmentEconomicCode') },
    { key: 'note', title: text.lines.note, aliases: ['备注'], width: 160, kind: 'text', set: optional('note') },
    ...nameColumns(catalog, true),
  ]
}

export function projectLineColumns(projects: readonly Project[], units: readonly Unit[], catalog: Catalog | undefined): GridColumn<BudgetLine>[] {
  const unitNames = new Map(units.map((u) => [u.id, u.name]))
  const unitOf = new Map(projects.map((p) => [p.id, p.unitId]))
  return [
    {
      key: 'projectId',
      title: text.fields.projectId,
      aliases: ['项目名称'],
      width: 240,
      kind: 'enum',
      required: true,
      options: projects.map((p, i) => ({ value: p.id, label: p.name || text.projects.unnamed(i + 1) })),
      // A project line belongs to the project's unit.
      set: (row, value, raw) => ({ ...row, projectId: String(value), unitId: raw ? row.unitId : (unitOf.get(String(value)) ?? row.unitId) }),
    },
    { key: 'unitId', title: text.fields.unitId, width: 170, kind: 'text', readOnly: true, display: (row) => unitNames.get(row.unitId) ?? '' },
    ...sharedColumns(catalog),
    { key: 'note', title: text.lines.note, aliases: ['备注'], width: 160, kind: 'text', set: optional('note') },
    ...nameColumns(catalog, false),
  ]
}
