// Fixed layout of each of the 13 tables (domain-spec §2): titles, header grids and columns.
// Both the derivation and the parsers of published tables use these, so keys and columns agree.
import type { HeaderCell, TableColumn, TableId } from './table-model'

export interface TableLayout {
  id: TableId
  number: number
  /** Title after the year: `年预算收支总表` → `2026年预算收支总表`. */
  titleSuffix: string
  orientation: 'portrait' | 'landscape'
  columns: TableColumn[]
  /** Header grid; `{年}` is replaced by the budget year. */
  header: HeaderCell[]
  headerRowCount: number
}

const h = (text: string, row: number, col: number, rowSpan = 1, colSpan = 1): HeaderCell => ({ text, row, col, rowSpan, colSpan })
const money = (key: string, width = 12): TableColumn => ({ key, kind: 'money', width })
const code = (key = 'code', width = 10): TableColumn => ({ key, kind: 'code', width })
const text = (key: string, width: number): TableColumn => ({ key, kind: 'text', width })

export const CHINESE_TABLE_NUMERALS = ['一', '二', '三', '四', '五', '六', '七', '八', '九', '十', '十一', '十二', '十三'] as const

/** The 30 expenditure categories printed in T1 and T4, in order, with their 功能分类 类 codes (spec §2.1). */
export const EXPENDITURE_CATEGORIES: readonly { code: string; label: string }[] = [
  ['201', '一、一般公共服务支出'], ['202', '二、外交支出'], ['203', '三、国防支出'], ['204', '四、公共安全支出'],
  ['205', '五、教育支出'], ['206', '六、科学技术支出'], ['207', '七、文化旅游体育与传媒支出'],
  ['208', '八、社会保障和就业支出'], ['209', '九、社会保险基金支出'], ['210', '十、卫生健康支出'],
  ['211', '十一、节能环保支出'], ['212', '十二、城乡社区支出'], ['213', '十三、农林水支出'], ['214', '十四、交通运输支出'],
  ['215', '十五、资源勘探工业信息等支出'], ['216', '十六、商业服务业等支出'], ['217', '十七、金融支出'],
  ['219', '十八、援助其他地区支出'], ['220', '十九、自然资源海洋气象等支出'], ['221', '二十、住房保障支出'],
  ['222', '二十一、粮油物资储备支出'], ['223', '二十二、国有资本经营预算支出'], ['224', '二十三、灾害防治及应急管理支出'],
  ['227', '二十四、预备费'], ['229', '二十五、其他支出'], ['230', '二十六、转移性支出'], ['231', '二十七、债务还本支出'],
  ['232', '二十八、债务付息支出'], ['233', '二十九、债务发行费用支出'], ['234', '三十、抗疫特别国债安排的支出'],
].map(([c, l]) => ({ code: c as string, label: l as string }))

const functionTable = (id: TableId, number: number, titleSuffix: string): TableLayout => ({
  id, number, titleSuffix, orientation: 'portrait',
  columns: [code(), text('name', 30), money('total'), money('basic'), money('project')],
  header: [h('项目', 0, 0, 1, 2), h('{年}年预算数', 0, 2, 1, 3), h('科目编码', 1, 0), h('科目名称', 1, 1), h('合计', 1, 2), h('基本支出', 1, 3), h('项目支出', 1, 4)],
  headerRowCount: 2,
})

export const LAYOUTS: Record<TableId, TableLayout> = {
  T1: {
    id: 'T1', number: 1, titleSuffix: '年预算收支总表', orientation: 'portrait',
    columns: [text('incomeItem', 18), money('income'), text('item', 26), money('total'), money('current'), money('carryover')],
    header: [h('收入', 0, 0, 1, 2), h('支出', 0, 2, 1, 4), h('项目', 1, 0), h('{年}年', 1, 1), h('项目', 1, 2), h('{年}年合计', 1, 3), h('当年预算安排', 1, 4), h('上年结转安排', 1, 5)],
    headerRowCount: 2,
  },
  T2: {
    id: 'T2', number: 2, titleSuffix: '年预算收入总表', orientation: 'landscape',
    columns: [code(), text('name', 30), money('total'), money('general'), money('fund'), money('stateCapital'), money('specialAccount'), money('unit'), money('carryover')],
    header: [
      h('项目', 0, 0, 1, 2), h('本年收入', 0, 2, 1, 6), h('上年结转', 0, 8, 2, 1),
      h('科目编码', 1, 0), h('科目名称', 1, 1), h('合计', 1, 2), h('一般公共预算', 1, 3), h('政府性基金', 1, 4), h('国有资本经营预算', 1, 5), h('财政专户管理资金', 1, 6), h('单位资金', 1, 7),
    ],
    headerRowCount: 2,
  },
  T3: functionTable('T3', 3, '年预算支出总表'),
  T4: {
    id: 'T4', number: 4, titleSuffix: '年财政拨款收支总表', orientation: 'portrait',
    columns: [text('incomeItem', 18), money('income'), text('item', 26), money('subtotal'), money('general'), money('fund'), money('stateCapital')],
    header: [
      h('收入', 0, 0, 1, 2), h('支出', 0, 2, 1, 5),
      h('项目', 1, 0, 2, 1), h('金额', 1, 1, 2, 1), h('项目', 1, 2, 2, 1), h('金额', 1, 3, 1, 4),
      h('小计', 2, 3), h('一般公共预算', 2, 4), h('政府性基金预算', 2, 5), h('国有资本经营预算', 2, 6),
    ],
    headerRowCount: 3,
  },
  T5: functionTable('T5', 5, '年一般公共预算支出预算表（不含上年结转）'),
  T6: {
    id: 'T6', number: 6, titleSuffix: '年一般公共预算安排基本支出分经济科目表（不含上年结转）', orientation: 'portrait',
    columns: [text('departmentItem', 22), text('governmentItem', 20), money('total'), money('personnel'), money('publicUse')],
    header: [h('部门预算支出经济科目名称', 0, 0, 2, 1), h('政府预算支出经济科目名称', 0, 1, 2, 1), h('{年}年预算数', 0, 2, 1, 3), h('合计', 1, 2), h('人员经费', 1, 3), h('公用经费', 1, 4)],
    headerRowCount: 2,
  },
  T7: {
    id: 'T7', number: 7, titleSuffix: '年政府性基金预算收入表（不含上年结转）', orientation: 'portrait',
    columns: [code(), text('name', 30), money('amount', 16)],
    header: [h('项目', 0, 0, 1, 2), h('政府性基金收入预算', 0, 2, 2, 1), h('收入科目编码', 1, 0), h('科目名称', 1, 1)],
    headerRowCount: 2,
  },
  T8: {
    id: 'T8', number: 8, titleSuffix: '年政府性基金预算支出表（不含上年结转）', orientation: 'portrait',
    columns: [code(), text('name', 30), money('total'), money('basic'), money('project')],
    header: [h('科目编码', 0, 0), h('科目名称', 0, 1), h('合计', 0, 2), h('基本支出', 0, 3), h('项目支出', 0, 4)],
    headerRowCount: 1,
  },
  T9: {
    id: 'T9', number: 9, titleSuffix: '年国有资本经营预算收支预算表（不含上年结转）', orientation: 'landscape',
    columns: [code('incomeCode'), text('incomeName', 20), money('income'), code(), text('name', 24), money('total'), money('basic'), money('project')],
    header: [
      h('国有资本经营预算收入', 0, 0, 1, 3), h('国有资本经营预算支出', 0, 3, 1, 5),
      h('项目', 1, 0, 1, 2), h('国有资本经营收入预算', 1, 2, 2, 1), h('科目编码', 1, 3, 2, 1), h('科目名称', 1, 4, 2, 1), h('合计', 1, 5, 2, 1), h('基本支出', 1, 6, 2, 1), h('项目支出', 1, 7, 2, 1),
      h('收入科目编码', 2, 0), h('科目名称', 2, 1),
    ],
    headerRowCount: 3,
  },
  T10: {
    id: 'T10', number: 10, titleSuffix: '年财政拨款安排“三公”经费支出预算表', orientation: 'portrait',
    columns: [text('item', 22), money('total'), money('general'), money('fund'), money('stateCapital')],
    header: [h('项目', 0, 0, 2, 1), h('{年}年预算数', 0, 1, 1, 4), h('合计', 1, 1), h('一般公共预算', 1, 2), h('政府性基金预算', 1, 3), h('国有资本经营预算', 1, 4)],
    headerRowCount: 2,
  },
  T11: {
    id: 'T11', number: 11, titleSuffix: '年财政拨款安排机关运行经费预算表', orientation: 'portrait',
    columns: [text('unit', 30), money('total'), money('general'), money('fund'), money('stateCapital')],
    // Every seed prints `{年}预算数` without 年 (spec §2.11).
    header: [h('单位名称', 0, 0, 2, 1), h('{年}预算数', 0, 1, 1, 4), h('合计', 1, 1), h('一般公共预算', 1, 2), h('政府性基金预算', 1, 3), h('国有资本经营预算', 1, 4)],
    headerRowCount: 2,
  },
  T12: {
    id: 'T12', number: 12, titleSuffix: '年项目支出预算表（本年预算）', orientation: 'landscape',
    columns: [text('name', 34), money('total'), money('general'), money('fund'), money('stateCapital'), money('specialAccount'), money('unit')],
    header: [
      h('项目名称', 0, 0, 2, 1), h('合计', 0, 1, 2, 1), h('{年}年财政拨款', 0, 2, 1, 3), h('财政专户管理资金', 0, 5, 2, 1), h('单位资金', 0, 6, 2, 1),
      h('一般公共预算', 1, 2), h('政府性基金预算', 1, 3), h('国有资本经营预算', 1, 4),
      h('1', 2, 0), h('2', 2, 1), h('3', 2, 2), h('4', 2, 3), h('5', 2, 4), h('6', 2, 5), h('7', 2, 6),
    ],
    headerRowCount: 3,
  },
  T13: {
    id: 'T13', number: 13, titleSuffix: '年项目支出预算表（上年结转）', orientation: 'portrait',
    columns: [text('name', 34), money('total'), money('general'), money('fund'), money('stateCapital')],
    header: [
      h('项目名称', 0, 0, 2, 1), h('合计', 0, 1, 2, 1), h('{年}年财政拨款', 0, 2, 1, 3),
      h('一般公共预算', 1, 2), h('政府性基金预算', 1, 3), h('国有资本经营预算', 1, 4),
      h('1', 2, 0), h('2', 2, 1), h('3', 2, 2), h('4', 2, 3), h('5', 2, 4),
    ],
    headerRowCount: 3,
  },
}

export function tableLabel(id: TableId, tableNineLabel = '部门公开表9'): string {
  const n = LAYOUTS[id].number
  return n === 9 ? tableNineLabel : `预算公开表${n}`
}

/** Tables whose name the document may override (settings.tableTitles): names vary by province. */
export const RENAMABLE_TABLES = ['T10', 'T11'] as const
export type RenamableTableId = (typeof RENAMABLE_TABLES)[number]

/** The officer's name for the table, without a `{年}年` typed in front and blank = none. */
export function tableNameOverride(name: string | undefined): string | undefined {
  const s = (name ?? '').trim().replace(/^\d{4}年(?:度)?/u, '').trim()
  return s === '' ? undefined : s
}

/** `2026年财政拨款安排“三公”经费支出预算表`, or `2026年{name}` when the document names it. */
export function tableTitle(id: TableId, year: number, name?: string): string {
  const own = tableNameOverride(name)
  return own ? `${year}年${own}` : `${year}${LAYOUTS[id].titleSuffix}`
}

export function tableTocTitle(id: TableId, year: number, name?: string): string {
  return `表${CHINESE_TABLE_NUMERALS[LAYOUTS[id].number - 1]}${tableTitle(id, year, name)}`
}

export function headerForYear(id: TableId, year: number): HeaderCell[] {
  return LAYOUTS[id].header.map((c) => ({ ...c, text: c.text.replace('{年}', String(year)) }))
}
