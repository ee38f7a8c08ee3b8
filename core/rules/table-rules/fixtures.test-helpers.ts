// Test builder: small hand-built TableModels for the rule tests. `exampleTableSet()` is the synthetic
// 示例局 of spec §2.14 (1,000.00 万元 一般公共预算 with 120.00 carried over), extended with 200.00 of
// 政府性基金 so that T7/T8 and the fund columns are filled; every rule holds on it. All money is in
// 0.01万元.
import { EXPENDITURE_CATEGORIES, LAYOUTS, headerForYear, tableLabel, tableTitle, tableTocTitle } from '../../tables/layouts'
import { moneyCell, textCell, type Cell, type RowKind, type TableId, type TableModel, type TableRow, type TableSet } from '../../tables/table-model'
import type { Finding, TableRuleContext } from '../finding'
import { TABLE_RULES } from './index'
import { columnIndex, findRow } from './table-access'

export const YEAR = 2026
export const DEPARTMENT = '示例局'

const row = (key: string, kind: RowKind, level: number, cells: Cell[]): TableRow => ({ key, kind, level, cells })
const moneys = (values: readonly number[]): Cell[] => values.map((v) => moneyCell(v))
const add = (a: number[], b: readonly number[]): number[] => a.map((v, i) => v + (b[i] ?? 0))
const zeros = (n: number): number[] => new Array<number>(n).fill(0)

export function makeTable(id: TableId, rows: TableRow[], empty = false): TableModel {
  const layout = LAYOUTS[id]
  return {
    id,
    label: tableLabel(id),
    title: tableTitle(id, YEAR),
    tocTitle: tableTocTitle(id, YEAR),
    departmentName: DEPARTMENT,
    unitLabel: '单位：万元',
    orientation: layout.orientation,
    columns: layout.columns,
    header: headerForYear(id, YEAR),
    headerRowCount: layout.headerRowCount,
    rows,
    empty,
    notes: [],
  }
}

const INCOME_LABELS = ['一、一般公共预算', '二、政府性基金预算', '三、国有资本经营预算', '四、财政专户管理资金', '五、单位资金']

/** T1 or T4: the 30 categories (money by code, blank otherwise), income beside them, closing block summed. */
export function summaryTable(id: 'T1' | 'T4', income: readonly number[], categories: Record<string, number[]>, carryover: number, carryoverParts: readonly number[] = [0, 0, 0]): TableModel {
  const width = id === 'T1' ? 3 : 4
  let spending = zeros(width)
  const rows = EXPENDITURE_CATEGORIES.map((c, i) => {
    const values = categories[c.code] ?? zeros(width)
    spending = add(spending, values)
    const left = i < income.length ? [textCell(INCOME_LABELS[i] as string), moneyCell(income[i] as number)] : [null, null]
    return row(`cat:${c.code}`, 'item', 1, [...left, textCell(c.label), ...moneys(values)])
  })
  const incomeTotal = income.reduce((a, b) => a + b, 0)
  const labels = id === 'T1' ? ['上年结转'] : ['上年财政拨款结转']
  rows.push(
    row('current-total', 'closing', 0, [textCell('本年收入合计'), moneyCell(incomeTotal), textCell('本年支出合计'), ...moneys(spending)]),
    row('carryover', 'closing', 0, [textCell(labels[0] as string), moneyCell(carryover), textCell('年终结转'), ...moneys(zeros(width))]),
  )
  if (id === 'T4') {
    const none = new Array<Cell>(5).fill(null)
    carryoverParts.forEach((v, i) => rows.push(row(['carryover:general', 'carryover:fund', 'carryover:state-capital'][i] as string, 'closing', 1, [textCell(INCOME_LABELS[i] as string), moneyCell(v), ...none])))
  }
  rows.push(row('grand-total', 'closing', 0, [textCell('收入总计'), moneyCell(incomeTotal + carryover), textCell('支出总计'), ...moneys(spending)]))
  return makeTable(id, rows)
}

/** T2/T3/T5/T7/T8: 合计 then 类/款/项 rows summed from the 项 leaves (7-digit code → values). */
export function codeTable(id: 'T2' | 'T3' | 'T5' | 'T7' | 'T8', leaves: Record<string, number[]>, names: Record<string, string> = {}): TableModel {
  const width = LAYOUTS[id].columns.filter((c) => c.kind === 'money').length
  const sums = new Map<string, number[]>()
  let total = zeros(width)
  for (const [code, values] of Object.entries(leaves)) {
    total = add(total, values)
    for (const len of [3, 5, 7]) sums.set(code.slice(0, len), add(sums.get(code.slice(0, len)) ?? zeros(width), values))
  }
  const codes = [...sums.keys()].sort()
  const empty = total.every((v) => v === 0)
  const rows = [row('total', 'total', 0, [textCell('合计'), textCell(''), ...moneys(total)])]
  if (!empty) for (const code of codes) rows.push(row(`c:${code}`, code.length === 7 ? 'item' : 'group', (code.length - 1) / 2, [textCell(code), textCell(names[code] ?? ''), ...moneys(sums.get(code) ?? [])]))
  return makeTable(id, rows, empty)
}

export interface EconomicGroup {
  name: string
  personnel: boolean
  items: [departmentItem: string, governmentItem: string, value: number][]
}

export function economicTable(groups: readonly EconomicGroup[]): TableModel {
  const split = (personnel: boolean, v: number) => (personnel ? [v, v, 0] : [v, 0, v])
  let total = zeros(3)
  const body: TableRow[] = []
  for (const g of groups) {
    const value = g.items.reduce((a, [, , v]) => a + v, 0)
    total = add(total, split(g.personnel, value))
    body.push(row(`g:${g.name}`, 'group', 1, [textCell(g.name), textCell(''), ...moneys(split(g.personnel, value))]))
    for (const [d, gov, v] of g.items) body.push(row(`i:${d}|${gov}`, 'item', 2, [textCell(d), textCell(gov), ...moneys(split(g.personnel, v))]))
  }
  return makeTable('T6', [row('total', 'total', 0, [textCell('合计'), textCell(''), ...moneys(total)]), ...body], total[0] === 0)
}

/** T10 from its four leaf items, each [合计, 一般, 基金, 国资]. */
export function threePublicTable(a: { abroad?: number[]; reception?: number[]; vehiclePurchase?: number[]; vehicleOperation?: number[] }): TableModel {
  const abroad = a.abroad ?? zeros(4)
  const reception = a.reception ?? zeros(4)
  const purchase = a.vehiclePurchase ?? zeros(4)
  const operation = a.vehicleOperation ?? zeros(4)
  const vehicle = add(purchase, operation)
  const total = add(add(abroad, reception), vehicle)
  const rows = [
    row('abroad', 'item', 1, [textCell('因公出国（境）费'), ...moneys(abroad)]),
    row('reception', 'item', 1, [textCell('公务接待费'), ...moneys(reception)]),
    row('vehicle', 'group', 1, [textCell('公务用车购置及运行费'), ...moneys(vehicle)]),
    row('vehicle-purchase', 'item', 2, [textCell('①公务用车购置费'), ...moneys(purchase)]),
    row('vehicle-operation', 'item', 2, [textCell('②公务用车运行维护费'), ...moneys(operation)]),
    row('total', 'total', 0, [textCell('合计'), ...moneys(total)]),
  ]
  return makeTable('T10', rows, total.every((v) => v === 0))
}

export function officeCostTable(units: readonly [name: string, values: number[]][]): TableModel {
  let total = zeros(4)
  const rows = units.map(([name, values], i) => {
    total = add(total, values)
    return row(`u:${i + 1}`, 'item', 1, [textCell(name), ...moneys(values)])
  })
  return makeTable('T11', [row('total', 'total', 0, [textCell('部门合计'), ...moneys(total)]), ...rows], total.every((v) => v === 0))
}

export interface ProjectUnit {
  name: string
  projects: [name: string, values: number[]][]
}

/** T12/T13: department → unit → project, the unit and department rows summed. */
export function projectTable(id: 'T12' | 'T13', units: readonly ProjectUnit[]): TableModel {
  const width = id === 'T12' ? 6 : 4
  let dept = zeros(width)
  const body: TableRow[] = []
  units.forEach((u, i) => {
    const unitTotal = u.projects.reduce((a, [, v]) => add(a, v), zeros(width))
    dept = add(dept, unitTotal)
    body.push(row(`u:${i + 1}`, 'group', 1, [textCell(u.name), ...moneys(unitTotal)]))
    u.projects.forEach(([name, v], j) => body.push(row(`p:${i + 1}.${j + 1}`, 'item', 2, [textCell(name), ...moneys(v)])))
  })
  const empty = dept[0] === 0
  return makeTable(id, empty ? [] : [row('dept', 'total', 0, [textCell(DEPARTMENT), ...moneys(dept)]), ...body], empty)
}

export function emptyStateCapitalTable(): TableModel {
  return makeTable('T9', [row('total', 'total', 0, [textCell('合计'), textCell(''), moneyCell(0), textCell(''), textCell(''), ...moneys([0, 0, 0])])], true)
}

const FUNCTION_NAMES: Record<string, string> = {
  '201': '一般公共服务支出', '20103': '政府办公厅（室）及相关机构事务', '2010301': '行政运行', '2010399': '其他政府办公厅（室）及相关机构事务支出',
  '212': '城乡社区支出', '21208': '国有土地使用权出让收入安排的支出', '2120803': '城市建设支出',
  '221': '住房保障支出', '22102': '住房改革支出', '2210201': '住房公积金',
  '103': '非税收入', '10301': '政府性基金收入', '1030148': '国有土地使用权出让收入',
}

/** The synthetic 示例局: a consistent set of all 13 tables, freshly built on every call. */
export function exampleTableSet(): TableSet {
  return {
    T1: summaryTable('T1', [100_000, 20_000, 0, 0, 0], { '201': [107_000, 95_000, 12_000], '212': [20_000, 20_000, 0], '221': [5_000, 5_000, 0] }, 12_000),
    T2: codeTable('T2', {
      '2010301': [55_000, 55_000, 0, 0, 0, 0, 0],
      '2010399': [40_000, 40_000, 0, 0, 0, 0, 12_000],
      '2120803': [20_000, 0, 20_000, 0, 0, 0, 0],
      '2210201': [5_000, 5_000, 0, 0, 0, 0, 0],
    }, FUNCTION_NAMES),
    T3: codeTable('T3', { '2010301': [55_000, 55_000, 0], '2010399': [52_000, 0, 52_000], '2120803': [20_000, 0, 20_000], '2210201': [5_000, 5_000, 0] }, FUNCTION_NAMES),
    T4: summaryTable('T4', [100_000, 20_000, 0], { '201': [107_000, 107_000, 0, 0], '212': [20_000, 0, 20_000, 0], '221': [5_000, 5_000, 0, 0] }, 12_000, [12_000, 0, 0]),
    // 2120803 carries only 政府性基金 money: it stands blank in T5 (spec §9.9).
    T5: codeTable('T5', { '2010301': [55_000, 55_000, 0], '2010399': [40_000, 0, 40_000], '2120803': [0, 0, 0], '2210201': [5_000, 5_000, 0] }, FUNCTION_NAMES),
    T6: economicTable([
      { name: '工资福利支出', personnel: true, items: [['基本工资', '工资奖金津补贴', 40_000], ['住房公积金', '住房公积金', 5_000]] },
      { name: '商品和服务支出', personnel: false, items: [['办公费', '办公经费', 10_000], ['公务接待费', '公务接待费', 2_000], ['公务用车运行维护费', '公务用车运行维护费', 3_000]] },
    ]),
    T7: codeTable('T7', { '1030148': [20_000] }, FUNCTION_NAMES),
    T8: codeTable('T8', { '2120803': [20_000, 0, 20_000] }, FUNCTION_NAMES),
    T9: emptyStateCapitalTable(),
    T10: threePublicTable({ reception: [2_000, 2_000, 0, 0], vehicleOperation: [3_000, 3_000, 0, 0] }),
    T11: officeCostTable([['示例局', [15_000, 15_000, 0, 0]]]),
    T12: projectTable('T12', [
      { name: '示例局', projects: [['示例信息化运维项目', [30_000, 30_000, 0, 0, 0, 0]], ['示例基础设施项目', [20_000, 0, 20_000, 0, 0, 0]]] },
      { name: '示例中心', projects: [['示例宣传项目', [10_000, 10_000, 0, 0, 0, 0]]] },
    ]),
    T13: projectTable('T13', [{ name: '示例局', projects: [['示例信息系统建设项目', [10_000, 10_000, 0, 0]], ['示例平台运维项目', [2_000, 2_000, 0, 0]]] }]),
  }
}

export const EXAMPLE_UNITS = [
  { name: '示例局', hasOfficeOperationFunds: true },
  { name: '示例中心', hasOfficeOperationFunds: false },
]

function rowOf(table: TableModel, rowKey: string): TableRow {
  const r = findRow(table, rowKey)
  if (!r) throw new Error(`${table.id} has no row ${rowKey}`)
  return r
}

/** Overwrites one money cell (a fixture mutation). */
export function setMoney(table: TableModel, rowKey: string, column: string, value: number): void {
  rowOf(table, rowKey).cells[columnIndex(table, column)] = moneyCell(value)
}

export function setText(table: TableModel, rowKey: string, column: string, text: string): void {
  rowOf(table, rowKey).cells[columnIndex(table, column)] = textCell(text)
}

export function removeRow(table: TableModel, rowKey: string): void {
  table.rows = table.rows.filter((r) => r.key !== rowKey)
}

/** Runs one rule of TABLE_RULES by id. */
export function findingsOf(ruleId: string, tables: TableSet, ctx: TableRuleContext = {}): Finding[] {
  const rule = TABLE_RULES.find((r) => r.id === ruleId)
  if (!rule) throw new Error(`no rule ${ruleId}`)
  return rule.check(tables, ctx)
}

/** `[rowKey, column, expected, actual]` of each finding, for compact assertions. */
export function cellsOf(findings: readonly Finding[]): [string | undefined, string | undefined, number | undefined, number | undefined][] {
  return findings.map((f) => [f.location.rowKey, f.location.column, f.figures?.expected, f.figures?.actual])
}
