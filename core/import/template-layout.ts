// The import template (导入模板), defined once: its sheets, their columns and the dropdown lists.
// Main writes the xlsx from this (electron/main/import/write-template.ts) and the importer reads the
// same sheets back by these names and header texts, so the two can never disagree.
import type { Catalog } from '../catalogs/types'
import {
  FUND_SOURCES,
  FUND_SOURCE_LABELS,
  GOVERNMENT_LEVEL_LABELS,
  PERIOD_LABELS,
  PROJECT_ATTRIBUTE_LABELS,
  PROJECT_CATEGORY_LABELS,
  UNIT_FUND_KIND_LABELS,
  UNIT_TYPE_LABELS,
} from '../model/enums'

/** Dropdown lists: most live on the hidden 代码表 sheet; `unit` and `project` point at the 单位 and 项目 sheets. */
export type ListKind =
  | 'unitType'
  | 'yesNo'
  | 'economicScope'
  | 'governmentLevel'
  | 'source'
  | 'unitFundKind'
  | 'period'
  | 'projectCategory'
  | 'projectAttribute'
  | 'functionCode'
  | 'economicDepartment'
  | 'economicGovernment'
  | 'incomeKind'
  | 'incomeCode'
  | 'unit'
  | 'project'

export type ValueKind = 'text' | 'code' | 'amount' | 'integer'

export interface TemplateColumn {
  key: string
  header: string
  width: number
  kind: ValueKind
  required?: boolean
  list?: ListKind
  /** Shown as the cell's input prompt. */
  hint?: string
}

export interface TemplateSheet {
  id: TemplateSheetId
  name: string
  columns: TemplateColumn[]
  /** Key/value sheets: the fixed first-column rows, by key. */
  fixedRows?: readonly { key: string; label: string; list?: ListKind }[]
}

export type TemplateSheetId = 'department' | 'units' | 'basic' | 'projects' | 'projectLines' | 'comparisons' | 'income'

const col = (key: string, header: string, width: number, kind: ValueKind, extra: Partial<TemplateColumn> = {}): TemplateColumn => ({ key, header, width, kind, ...extra })

const lineColumns = (withProject: boolean): TemplateColumn[] => [
  col('id', '编号', 10, 'text', { hint: '可不填；填写时在本表中不得重复' }),
  col('unit', '单位', 30, 'text', { required: true, list: 'unit' }),
  ...(withProject
    ? [col('projectId', '项目编号', 14, 'text', { hint: '可不填，按单位和项目名称对应“项目”表' }), col('project', '项目名称', 36, 'text', { required: true, list: 'project' })]
    : []),
  col('functionCode', '功能科目', 34, 'code', { required: true, list: 'functionCode', hint: '7位项级编码，可带名称，如“2010301 行政运行”' }),
  col('economicCode', '部门经济科目', 28, 'code', { required: true, list: 'economicDepartment', hint: '5位款级编码，可带名称' }),
  col('governmentEconomicCode', '政府经济科目', 28, 'code', { list: 'economicGovernment', hint: '不填则按单位类型取默认对应科目' }),
  col('source', '资金来源', 18, 'text', { required: true, list: 'source' }),
  col('unitFundKind', '单位资金类别', 18, 'text', { list: 'unitFundKind', hint: '资金来源为单位资金时必填' }),
  col('period', '当年/上年结转', 14, 'text', { list: 'period', hint: '不填按当年预算' }),
  col('amount', '金额（元）', 16, 'amount', { required: true }),
  col('note', '备注', 24, 'text'),
]

export const COMPARISON_ITEMS = [
  { key: 'incomeTotal', label: '预算收入总计' },
  { key: 'expenditureTotal', label: '预算支出总计' },
  { key: 'generalBudgetCurrent', label: '一般公共预算当年支出' },
  { key: 'abroad', label: '因公出国（境）费' },
  { key: 'reception', label: '公务接待费' },
  { key: 'vehiclePurchase', label: '公务用车购置费' },
  { key: 'vehicleOperation', label: '公务用车运行维护费' },
  { key: 'threePublicTotal', label: '“三公”经费合计（上年数由各项相加）' },
  { key: 'officeOperation', label: '机关运行经费' },
] as const
export type ComparisonItemKey = (typeof COMPARISON_ITEMS)[number]['key']

export const DEPARTMENT_ITEMS = [
  { key: 'displayName', label: '部门名称（公开名称）' },
  { key: 'plainName', label: '部门名称' },
  { key: 'code', label: '主管部门代码' },
  { key: 'level', label: '级次', list: 'governmentLevel' as const },
  { key: 'regionName', label: '市/县名称' },
  { key: 'budgetYear', label: '预算年度' },
] as const

export const TEMPLATE_SHEETS: Record<TemplateSheetId, TemplateSheet> = {
  department: {
    id: 'department',
    name: '部门',
    columns: [col('item', '项目', 24, 'text'), col('value', '内容', 40, 'text')],
    fixedRows: DEPARTMENT_ITEMS,
  },
  units: {
    id: 'units',
    name: '单位',
    columns: [
      col('id', '单位编号', 12, 'text', { hint: '可不填，由程序生成' }),
      col('name', '单位名称', 36, 'text', { required: true, hint: '不带“（本级）”' }),
      col('code', '单位编码', 20, 'text'),
      col('type', '单位类型', 18, 'text', { required: true, list: 'unitType' }),
      col('head', '是否本级', 10, 'text', { list: 'yesNo' }),
      col('scope', '经济分类口径', 14, 'text', { list: 'economicScope', hint: '不填按单位类型：行政/参公为机关，其他为事业' }),
    ],
  },
  basic: { id: 'basic', name: '基本支出', columns: lineColumns(false) },
  projects: {
    id: 'projects',
    name: '项目',
    columns: [
      col('id', '项目编号', 14, 'text', { hint: '可不填，由程序生成' }),
      col('unit', '单位', 30, 'text', { required: true, list: 'unit' }),
      col('name', '项目名称', 40, 'text', { required: true }),
      col('category', '项目类别', 14, 'text', { required: true, list: 'projectCategory' }),
      col('attribute', '项目属性', 24, 'text', { list: 'projectAttribute' }),
      col('duration', '项目期（年）', 12, 'integer', { hint: '经常性项目填99' }),
      col('continuing', '延续项目', 10, 'text', { list: 'yesNo' }),
      col('classified', '涉密', 8, 'text', { list: 'yesNo' }),
    ],
  },
  projectLines: { id: 'projectLines', name: '项目支出明细', columns: lineColumns(true) },
  comparisons: {
    id: 'comparisons',
    name: '三公及上年数',
    columns: [col('item', '项目', 36, 'text'), col('prior', '上年预算数（元）', 18, 'amount'), col('reason', '变动原因', 60, 'text')],
    fixedRows: COMPARISON_ITEMS,
  },
  income: {
    id: 'income',
    name: '基金及国资收入',
    columns: [
      col('id', '编号', 12, 'text'),
      col('kind', '收入类型', 16, 'text', { required: true, list: 'incomeKind' }),
      col('incomeCode', '收入科目', 34, 'code', { required: true, list: 'incomeCode' }),
      col('name', '名称（可不填）', 30, 'text'),
      col('amount', '金额（元）', 16, 'amount', { required: true }),
    ],
  },
}

export const TEMPLATE_SHEET_ORDER: readonly TemplateSheetId[] = ['department', 'units', 'basic', 'projects', 'projectLines', 'comparisons', 'income']
export const CODE_LIST_SHEET = '代码表'
export const INSTRUCTIONS_SHEET = '填表说明'
/** Rows below the header that carry dropdowns in a blank template. */
export const TEMPLATE_INPUT_ROWS = 2000

export const INCOME_KIND_LABELS = { fund: '政府性基金', 'state-capital': '国有资本经营' } as const
export const ECONOMIC_SCOPE_LABELS = { organ: '机关', institution: '事业' } as const

/** `2010301 行政运行`: how codes are written in the template and its dropdowns. */
export const codeWithName = (code: string, name: string | undefined): string => (name ? `${code} ${name}` : code)

/** The 代码表 column headers the officer sees (the list kinds stay English in code). */
export const LIST_TITLES: Record<ListKind, string> = {
  unitType: '单位类型',
  yesNo: '是否',
  economicScope: '经济分类口径',
  governmentLevel: '政府级次',
  source: '资金来源',
  unitFundKind: '单位资金类别',
  period: '当年/结转',
  projectCategory: '项目类别',
  projectAttribute: '项目属性',
  functionCode: '支出功能分类科目（项）',
  economicDepartment: '部门预算支出经济分类科目（款）',
  economicGovernment: '政府预算支出经济分类科目（款）',
  incomeKind: '收入类别',
  incomeCode: '收入科目',
  unit: '单位',
  project: '项目',
}

/** The 代码表 lists, in column order; codes come from the year's catalog (项 for 功能, 款 for 经济). */
export function templateLists(catalog: Catalog): Partial<Record<ListKind, string[]>> {
  const entries = <T extends { code: string; name: string; level: string }>(m: Map<string, T>, level: string) =>
    [...m.values()].filter((e) => e.level === level).sort((a, b) => (a.code < b.code ? -1 : 1)).map((e) => codeWithName(e.code, e.name))
  return {
    unitType: Object.values(UNIT_TYPE_LABELS),
    yesNo: ['是', '否'],
    economicScope: Object.values(ECONOMIC_SCOPE_LABELS),
    governmentLevel: Object.values(GOVERNMENT_LEVEL_LABELS),
    source: FUND_SOURCES.map((s) => FUND_SOURCE_LABELS[s]),
    unitFundKind: Object.values(UNIT_FUND_KIND_LABELS),
    period: Object.values(PERIOD_LABELS),
    projectCategory: Object.values(PROJECT_CATEGORY_LABELS),
    projectAttribute: Object.values(PROJECT_ATTRIBUTE_LABELS),
    functionCode: entries(catalog.functional, '项'),
    economicDepartment: entries(catalog.economicDepartment, '款'),
    economicGovernment: entries(catalog.economicGovernment, '款'),
    incomeKind: Object.values(INCOME_KIND_LABELS),
    incomeCode: [...catalog.income.values()].sort((a, b) => (a.code < b.code ? -1 : 1)).map((e) => codeWithName(e.code, e.name)),
  }
}

export const TEMPLATE_INSTRUCTIONS: readonly string[] = [
  '导入模板填表说明',
  '1. “部门”“单位”“基本支出”“项目”“项目支出明细”“三公及上年数”“基金及国资收入”各表的表头请勿修改；列的顺序可以调整。',
  '2. 金额单位为元，最多两位小数；如需按万元填写，请把表头改为“金额（万元）”。',
  '3. 科目可只填编码，也可填“编码 名称”（如“2010301 行政运行”）；下拉列表中是本年度科目表的科目。',
  '4. 资金来源为单位资金时，请填写单位资金类别；上年结转的资金请在“当年/上年结转”列选择“上年结转”。',
  '5. 项目支出明细按“项目编号”或“单位+项目名称”对应到“项目”表中的项目。',
  '6. 导入时先预览，全部无误才会写入；有错误的行会逐行列出（表名、行号、列名、原因），不会只导入一部分。',
]
