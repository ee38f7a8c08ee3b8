// The import template (导入模板), defined once: its sheets, their columns and the dropdown lists.
// Main writes the xlsx from this (electron/main/import/write-template.ts) and the importer reads the
// same sheets back by these names and header texts, so the two can never disagree.
import type { Catalog } from '../catalogs/types'
import {
  FUND_SOURCES,
  FUND_SOURCE_LABELS,
  GOVERNMENT_LEVEL_LABELS,
  PERIOD_LABELS,
  PROCUREMENT_CATEGORY_LABELS,
  PROJECT_ATTRIBUTE_LABELS,
  PROJECT_CATEGORY_LABELS,
  UNIT_FUND_KIND_LABELS,
  UNIT_TYPE_LABELS,
  VEHICLE_KINDS,
  VEHICLE_KIND_LABELS,
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
  | 'procurementCategory'
  | 'vehicleKind'
  | 'officeComparison'
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
  /** Key/value sheets: the fixed first-column rows, by key; `example` fills the 填写示例 column. */
  fixedRows?: readonly { key: string; label: string; list?: ListKind; example?: string }[]
  /** List sheets: the 示例 row written under the header (by column key), skipped when read. */
  example?: Readonly<Record<string, string>>
}

export type TemplateSheetId =
  | 'department'
  | 'units'
  | 'basic'
  | 'projects'
  | 'projectLines'
  | 'comparisons'
  | 'income'
  | 'procurement'
  | 'assets'
  | 'vehicleDetails'
  | 'equipmentDetails'
  | 'overview'
  | 'otherNotes'

/** The mark of an example row (in a cell of its own, normally 编号) and of the 填写示例 column. */
export const EXAMPLE_MARK = '示例'
export const EXAMPLE_COLUMN = '填写示例（导入时不读取）'

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

export const OFFICE_COMPARISON_LABELS = { 'prior-year': '与上年比较', none: '本年不作比较' } as const

/** 国有资产 (spec §4.11 and the structured details): one value per row; amounts in 元, areas in 平方米. */
export const ASSET_ITEMS = [
  { key: 'asOf', label: '截至日期', example: '2025-12-31' },
  { key: 'vehicleQuota', label: '公务用车编制数（辆）', example: '2' },
  ...VEHICLE_KINDS.map((k) => ({ key: `vehicles.${k}`, label: `实有公务用车：${VEHICLE_KIND_LABELS[k]}（辆）`, example: k === 'leadership' ? '1' : '0' })),
  { key: 'officeArea', label: '办公用房建筑面积（平方米）', example: '1118.46' },
  { key: 'equipmentOver500k', label: '单价50万元以上通用设备（台套）', example: '3' },
  { key: 'equipmentOver1m', label: '单价100万元以上通用设备（台套）', example: '1' },
  { key: 'fixedAssets.originalValue', label: '期初固定资产原值（元）', example: '18000000.00' },
  { key: 'fixedAssets.netValue', label: '期初固定资产净值（元）', example: '9000000.00' },
  { key: 'fixedAssets.depreciation', label: '固定资产折旧（元）', example: '450000.00' },
  { key: 'intangibleAssets.originalValue', label: '无形资产原值（元）', example: '600000.00' },
  { key: 'intangibleAssets.amortization', label: '无形资产摊销（元）', example: '60000.00' },
  { key: 'buildings.area', label: '房屋建筑面积（平方米）', example: '3200.50' },
  { key: 'buildings.bookValue', label: '房屋账面价值（元）', example: '12500000.00' },
  { key: 'note', label: '国有资产其他说明', example: '无出租出借资产。' },
] as const
export type AssetItemKey = (typeof ASSET_ITEMS)[number]['key']

export const OVERVIEW_ITEMS = [
  { key: 'duties', label: '部门职责', example: '（一）贯彻执行……方面的法律法规和政策。（二）负责……' },
  { key: 'organization', label: '机构设置', example: '本部门内设办公室、财务科等职能科室（所属单位名单由程序按“单位”表生成）。' },
] as const

export const OTHER_NOTE_ITEMS = [
  { key: 'purchaseServiceCatalog', label: '政府购买服务指导性目录', example: '本部门政府购买服务指导性目录详见附件。' },
  { key: 'other', label: '其他', example: '无。' },
] as const
export type ComparisonItemKey = (typeof COMPARISON_ITEMS)[number]['key']

export const DEPARTMENT_ITEMS = [
  { key: 'displayName', label: '部门名称（公开名称）' },
  { key: 'plainName', label: '部门名称' },
  { key: 'code', label: '主管部门代码' },
  { key: 'level', label: '级次', list: 'governmentLevel' as const },
  { key: 'regionName', label: '市/县名称' },
  { key: 'budgetYear', label: '预算年度' },
  { key: 'approvalDate', label: '批复日期' },
  { key: 'publicationDate', label: '公开日期' },
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
    columns: [
      col('item', '项目', 36, 'text'),
      col('current', '本年预算数（元，由预算行计算，导入时不读取）', 22, 'amount', { hint: '财政拨款当年预算，导出时由预算行计算，仅供核对；导入时不读取' }),
      col('prior', '上年预算数（元）', 18, 'amount'),
      col('reason', '变动原因', 60, 'text'),
      col('compare', '是否与上年比较', 16, 'text', { list: 'officeComparison', hint: '仅“机关运行经费”一行填写；新设单位等可选“本年不作比较”，不填按与上年比较' }),
    ],
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
  procurement: {
    id: 'procurement',
    name: '政府采购',
    columns: [
      col('id', '编号', 12, 'text', { hint: '可不填，由程序生成' }),
      col('unit', '单位', 30, 'text', { list: 'unit', hint: '不填为部门汇总数' }),
      col('category', '采购类别', 12, 'text', { required: true, list: 'procurementCategory' }),
      col('name', '采购项目名称', 36, 'text'),
      col('amount', '金额（元）', 16, 'amount', { required: true }),
    ],
    example: { id: EXAMPLE_MARK, unit: '', category: '货物', name: '办公设备', amount: '450000.00' },
  },
  assets: {
    id: 'assets',
    name: '国有资产',
    columns: [col('item', '项目', 36, 'text'), col('value', '内容', 24, 'text'), col('example', EXAMPLE_COLUMN, 30, 'text')],
    fixedRows: ASSET_ITEMS,
  },
  vehicleDetails: {
    id: 'vehicleDetails',
    name: '公务用车明细',
    columns: [
      col('id', '编号', 12, 'text', { hint: '可不填，由程序生成' }),
      col('kind', '车辆类型', 20, 'text', { required: true, list: 'vehicleKind' }),
      col('count', '数量（辆）', 12, 'integer'),
      col('originalValue', '原值（元）', 16, 'amount'),
      col('netValue', '净值（元）', 16, 'amount'),
      col('purchaseYear', '购置年份', 12, 'integer'),
    ],
    example: { id: EXAMPLE_MARK, kind: '领导用车', count: '1', originalValue: '250000.00', netValue: '120000.00', purchaseYear: '2019' },
  },
  equipmentDetails: {
    id: 'equipmentDetails',
    name: '大型设备明细',
    columns: [
      col('id', '编号', 12, 'text', { hint: '可不填，由程序生成' }),
      col('name', '设备名称', 36, 'text', { hint: '单价100万元（原值）以上的设备，每类一行' }),
      col('count', '数量（台套）', 12, 'integer'),
      col('originalValue', '原值（元）', 16, 'amount'),
    ],
    example: { id: EXAMPLE_MARK, name: 'CT扫描仪', count: '1', originalValue: '3200000.00' },
  },
  overview: {
    id: 'overview',
    name: '概况',
    columns: [col('item', '项目', 20, 'text'), col('value', '内容', 80, 'text'), col('example', EXAMPLE_COLUMN, 40, 'text')],
    fixedRows: OVERVIEW_ITEMS,
  },
  otherNotes: {
    id: 'otherNotes',
    name: '其他说明',
    columns: [col('item', '项目', 24, 'text'), col('value', '内容', 80, 'text'), col('example', EXAMPLE_COLUMN, 40, 'text')],
    fixedRows: OTHER_NOTE_ITEMS,
  },
}

export const TEMPLATE_SHEET_ORDER: readonly TemplateSheetId[] = [
  'department',
  'units',
  'basic',
  'projects',
  'projectLines',
  'comparisons',
  'income',
  'procurement',
  'assets',
  'vehicleDetails',
  'equipmentDetails',
  'overview',
  'otherNotes',
]
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
  procurementCategory: '采购类别',
  vehicleKind: '车辆类型',
  officeComparison: '机关运行经费比较',
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
    procurementCategory: Object.values(PROCUREMENT_CATEGORY_LABELS),
    vehicleKind: VEHICLE_KINDS.map((k) => VEHICLE_KIND_LABELS[k]),
    officeComparison: Object.values(OFFICE_COMPARISON_LABELS),
  }
}

export const TEMPLATE_INSTRUCTIONS: readonly string[] = [
  '导入模板填表说明',
  '1. “部门”“单位”“基本支出”“项目”“项目支出明细”“三公及上年数”“基金及国资收入”“政府采购”“国有资产”“公务用车明细”“大型设备明细”“概况”“其他说明”各表的表头请勿修改；列的顺序可以调整。',
  '2. 金额单位为元，最多两位小数；如需按万元填写，请把表头改为“金额（万元）”。',
  '3. 科目可只填编码，也可填“编码 名称”（如“2010301 行政运行”）；下拉列表中是本年度科目表的科目。',
  '4. 资金来源为单位资金时，请填写单位资金类别；上年结转的资金请在“当年/上年结转”列选择“上年结转”。',
  '5. 项目支出明细按“项目编号”或“单位+项目名称”对应到“项目”表中的项目。',
  '6. 导入时先预览，全部无误才会写入；有错误的行会逐行列出（表名、行号、列名、原因），不会只导入一部分。',
  '7. “三公及上年数”填写上年预算数和变动原因；本年数由预算行计算，不在此填写。“三公”经费合计的上年数由各项相加。',
  '8. “政府采购”“公务用车明细”“大型设备明细”中编号为“示例”的行是填写示例，导入时不读取，可删除；“国有资产”“概况”“其他说明”的“填写示例”列同样不读取。',
  '9. 某张表未填写任何内容时不导入，文档中原有的内容保持不变；填写了内容的“政府采购”“国有资产”（连同两张明细表）“概况”“其他说明”整体替换文档中的相应内容，未填写的项目为“未填写”。',
]
