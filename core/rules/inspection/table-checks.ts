// Table-level inspection checks (official-rules (c)3, (c)4, (c)5, (c)10, (c)11, (c)13). They read
// TableModels only, so they run on derived tables and on tables parsed from a published text alike.
import { lookupFunctional } from '../../catalogs/catalog'
import { normalizeName } from '../../catalogs/codes'
import type { Catalog } from '../../catalogs/types'
import { columnIndex, findRow, moneyAt } from '../../tables/access'
import { EXPENDITURE_CATEGORIES } from '../../tables/layouts'
import { TABLE_IDS, type TableId, type TableModel, type TableSet } from '../../tables/table-model'
import { formatWan, type Finding } from '../finding'

const at = (ruleId: string, severity: Finding['severity'], message: string, table: TableId, rowKey?: string): Finding => ({
  ruleId,
  severity,
  message,
  location: rowKey === undefined ? { step: 'review', table } : { step: 'review', table, rowKey },
})

/** Money a table must show when another table has it (official-rules (c)3: 001 prints 表8 empty). */
const EMPTY_SOURCES: readonly { table: TableId; source: (t: TableSet) => number; what: string }[] = [
  { table: 'T7', source: (t) => moneyAt(t.T1, 'cat:202', 'income'), what: '表1政府性基金预算收入' },
  { table: 'T8', source: (t) => moneyAt(t.T2, 'total', 'fund'), what: '表2政府性基金收入' },
  { table: 'T8', source: (t) => moneyAt(t.T4, 'current-total', 'fund'), what: '表4政府性基金预算支出' },
  { table: 'T9', source: (t) => moneyAt(t.T1, 'cat:203', 'income'), what: '表1国有资本经营预算收入' },
  { table: 'T12', source: (t) => moneyAt(t.T3, 'total', 'project') - moneyAt(t.T13, 'dept', 'total'), what: '表3项目支出（不含上年结转）' },
  { table: 'T13', source: (t) => moneyAt(t.T1, 'carryover', 'income'), what: '表1上年结转' },
]

export function emptyTableSourceFindings(tables: TableSet): Finding[] {
  const out: Finding[] = []
  const reported = new Set<TableId>()
  for (const s of EMPTY_SOURCES) {
    const t = tables[s.table]
    const amount = s.source(tables)
    if (!t.empty || amount <= 0 || reported.has(s.table)) continue
    reported.add(s.table)
    out.push(at('K03', 'error', `${t.label}标注“本表无数据”，但${s.what}为 ${formatWan(amount)} 万元，该表应列出这些金额`, s.table))
  }
  return out
}

const FUNCTION_TABLES: readonly TableId[] = ['T2', 'T3', 'T5', 'T8']

function textCellAt(t: TableModel, rowKey: string, column: string): string {
  const cell = findRow(t, rowKey)?.cells[columnIndex(t, column)]
  return cell && cell.kind === 'text' ? cell.text : ''
}

function rowHasMoney(t: TableModel, rowKey: string): boolean {
  return (findRow(t, rowKey)?.cells ?? []).some((c) => c !== null && c.kind === 'money' && c.value !== 0)
}

/**
 * 细化程度 (official-rules A2, (c)4): function tables reach 项级 (7 digits) — a 类/款 row with money
 * has 项 rows below it; codes and names agree with the year's 政府收支分类科目; the 30 categories of
 * 表1/表4 carry their exact names (001's 表4 drops `等`). `unknownCodes: false` leaves codes missing
 * from the catalog to C01, which reports them on the budget lines where they are fixed.
 */
export function detailFindings(tables: TableSet, catalog: Catalog, options: { unknownCodes?: boolean } = {}): Finding[] {
  const out: Finding[] = []
  for (const id of FUNCTION_TABLES) {
    const t = tables[id]
    const codes = t.rows.filter((r) => r.key.startsWith('c:')).map((r) => r.key.slice(2))
    for (const code of codes) {
      const rowKey = `c:${code}`
      if (![3, 5, 7].includes(code.length)) {
        out.push(at('K04', 'error', `${t.label}科目编码“${code}”不是类（3位）、款（5位）或项（7位）编码`, id, rowKey))
        continue
      }
      if (code.length < 7 && rowHasMoney(t, rowKey) && !codes.some((c) => c.length === 7 && c.startsWith(code))) {
        out.push(at('K04', 'error', `${t.label}“${code} ${textCellAt(t, rowKey, 'name')}”有金额但未细化到项级科目（7位编码）`, id, rowKey))
      }
      const entry = lookupFunctional(catalog, code)
      const printed = textCellAt(t, rowKey, 'name')
      if (!entry) {
        if (options.unknownCodes !== false) out.push(at('K04', 'warning', `${t.label}科目编码“${code}”（${printed}）不在${catalog.year}年政府收支分类科目中，请核对`, id, rowKey))
      } else if (printed !== '' && normalizeName(printed) !== normalizeName(entry.name)) {
        out.push(at('K04', 'error', `${t.label}科目“${code}”的名称为“${printed}”，${catalog.year}年科目表中为“${entry.name}”`, id, rowKey))
      }
    }
  }
  for (const id of ['T1', 'T4'] as const) {
    const t = tables[id]
    for (const c of EXPENDITURE_CATEGORIES) {
      const printed = textCellAt(t, `cat:${c.code}`, 'item')
      if (printed !== '' && printed !== c.label) out.push(at('K04', 'error', `${t.label}支出类别“${printed}”应为“${c.label}”`, id, `cat:${c.code}`))
    }
  }
  return out
}

/** 表10 keeps the split of 公务用车购置及运行费 even at zero (official-rules A3, F4, (c)5). */
export function threePublicRowFindings(tables: TableSet): Finding[] {
  const rows: readonly [string, string][] = [
    ['abroad', '因公出国（境）费'],
    ['reception', '公务接待费'],
    ['vehicle', '公务用车购置及运行费'],
    ['vehicle-purchase', '①公务用车购置费'],
    ['vehicle-operation', '②公务用车运行维护费'],
  ]
  return rows.filter(([key]) => !findRow(tables.T10, key)).map(([key, name]) => at('K05', 'error', `${tables.T10.label}缺少“${name}”行（金额为0也须列出）`, 'T10', key))
}

/** Every table title carries {年} (official-rules (c)10). */
export function titleYearFindings(tables: TableSet, year: number): Finding[] {
  return TABLE_IDS.filter((id) => !tables[id].title.startsWith(`${year}年`)).map((id) => at('K10', 'error', `${tables[id].label}标题“${tables[id].title}”的年度不是${year}年`, id))
}

/** Every table names the same department as the cover (official-rules (c)11). */
export function tableNameFindings(tables: TableSet, departmentName: string): Finding[] {
  return TABLE_IDS.filter((id) => tables[id].departmentName !== departmentName).map((id) =>
    at('K11', 'error', `${tables[id].label}的${tables[id].ownerLabel ?? '部门名称'}“${tables[id].departmentName}”与封面的“${departmentName}”不一致`, id),
  )
}

/** Share of 公用经费 in 其他商品和服务支出 above which 三公 may be booked there (official-rules F10, (c)13). */
export const OTHER_GOODS_SHARE_LIMIT = 30

/** Inspectors look for 三公 booked as 其他商品和服务支出 (福田 `食堂餐费`): warn when it is a large share. */
export function hiddenThreePublicFindings(tables: TableSet): Finding[] {
  const t6 = tables.T6
  const publicUse = moneyAt(t6, 'total', 'publicUse')
  const rows = t6.rows.filter((r) => r.key.startsWith('i:其他商品和服务支出|'))
  const other = rows.reduce((a, r) => a + moneyAt(t6, r.key, 'publicUse'), 0)
  if (publicUse <= 0 || other * 100 <= publicUse * OTHER_GOODS_SHARE_LIMIT) return []
  const share = Math.round((other * 10000) / publicUse)
  const printed = `${Math.trunc(share / 100)}.${String(share % 100).padStart(2, '0')}%`
  return [
    at(
      'K13',
      'warning',
      `${t6.label}“其他商品和服务支出”${formatWan(other)} 万元占公用经费 ${formatWan(publicUse)} 万元的${printed}（超过${OTHER_GOODS_SHARE_LIMIT}%），检查时会核查其中是否列支了公务接待、公务用车等“三公”经费，请确认科目归集准确`,
      'T6',
      rows[0]?.key,
    ),
  ]
}
