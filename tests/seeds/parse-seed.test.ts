import { describe, it, expect } from 'vitest'
import { LAYOUTS, tableTitle } from '../../core/tables/layouts'
import { TABLE_IDS, type Cell, type TableModel, type TableSet } from '../../core/tables/table-model'
import { parseSeedTables } from './parse-seed-tables'
import { SEED_FILES, SEED_IDS, readSeedText, type SeedId } from './seed-files'
import { normalizeName, parseWanCents } from './seed-text'

const parsed = new Map<SeedId, TableSet>()
function tables(id: SeedId): TableSet {
  let set = parsed.get(id)
  if (!set) {
    set = parseSeedTables(readSeedText(id), SEED_FILES[id].budgetYear)
    parsed.set(id, set)
  }
  return set
}

function cell(t: TableModel, key: string, column: string): Cell {
  const row = t.rows.find((r) => r.key === key)
  if (!row) throw new Error(`${t.id}: no row ${key}`)
  const col = t.columns.findIndex((c) => c.key === column)
  if (col < 0) throw new Error(`${t.id}: no column ${column}`)
  return row.cells[col] ?? null
}
function m(t: TableModel, key: string, column: string): number {
  const c = cell(t, key, column)
  if (c?.kind !== 'money') throw new Error(`${t.id} ${key}.${column} is not money`)
  return c.value
}
function txt(t: TableModel, key: string, column: string): string {
  const c = cell(t, key, column)
  if (c?.kind !== 'text') throw new Error(`${t.id} ${key}.${column} is not text`)
  return c.text
}
const keys = (t: TableModel, prefix: string): string[] => t.rows.map((r) => r.key).filter((k) => k.startsWith(prefix))

describe('seed text helpers', () => {
  it('parses 万元 amounts exactly into 0.01 万元', () => {
    expect(parseWanCents('3229.82')).toBe(322982)
    expect(parseWanCents('0.43')).toBe(43)
    expect(parseWanCents('1750.6')).toBe(175060)
    expect(parseWanCents('9000')).toBe(900000)
    expect(parseWanCents('1,044.18')).toBe(104418)
    expect(parseWanCents('-0.84')).toBe(-84)
    expect(parseWanCents('')).toBe(0)
    expect(() => parseWanCents('1.234')).toThrow()
    expect(() => parseWanCents('abc')).toThrow()
  })
  it('normalises bracket width and wrap spaces in names (spec §9.7)', () => {
    expect(normalizeName('维修(护)费')).toBe('维修（护）费')
    expect(normalizeName('大同市公共资源交易中心（大同市政府 采购中心）')).toBe('大同市公共资源交易中心（大同市政府采购中心）')
  })
})

describe.each(SEED_IDS)('seed %s: common structure', (id) => {
  const seed = SEED_FILES[id]
  it('parses all 13 tables with layout, titles and department', () => {
    const set = tables(id)
    expect(Object.keys(set)).toEqual([...TABLE_IDS])
    for (const tid of TABLE_IDS) {
      const t = set[tid]
      expect(t.id).toBe(tid)
      expect(t.title).toBe(tableTitle(tid, seed.budgetYear))
      expect(t.departmentName).toBe(seed.departmentName)
      expect(t.unitLabel).toBe('单位：万元')
      expect(t.columns).toEqual(LAYOUTS[tid].columns)
      expect(t.headerRowCount).toBe(LAYOUTS[tid].headerRowCount)
    }
    expect(set.T1.label).toBe('预算公开表1')
    expect(set.T9.label).toBe('部门公开表9')
    expect(set.T12.tocTitle).toBe(`表十二${seed.budgetYear}年项目支出预算表（本年预算）`)
    expect(set.T1.header.some((h) => h.text === `${seed.budgetYear}年合计`)).toBe(true)
  })
  it('gives every row exactly columns.length cells and unique keys', () => {
    for (const t of Object.values(tables(id))) {
      for (const r of t.rows) expect(r.cells.length, `${t.id} ${r.key}`).toBe(t.columns.length)
      expect(new Set(t.rows.map((r) => r.key)).size, t.id).toBe(t.rows.length)
    }
  })
  it('reads T1/T4 as 30 categories plus the closing block', () => {
    const { T1, T4 } = tables(id)
    expect(keys(T1, 'cat:')).toHaveLength(30)
    expect(T1.rows.slice(30).map((r) => r.key)).toEqual(['current-total', 'carryover', 'grand-total'])
    expect(T4.rows.slice(30).map((r) => r.key)).toEqual(['current-total', 'carryover', 'carryover:general', 'carryover:fund', 'carryover:state-capital', 'grand-total'])
    expect(txt(T1, 'cat:204', 'incomeItem')).toBe('四、财政专户管理资金')
    expect(cell(T1, 'cat:206', 'incomeItem')).toBeNull()
    expect(cell(T1, 'cat:206', 'income')).toBeNull()
    expect(cell(T4, 'cat:204', 'incomeItem')).toBeNull()
    expect(txt(T4, 'carryover:fund', 'incomeItem')).toBe('二、政府性基金预算')
    expect(cell(T4, 'carryover:fund', 'item')).toBeNull()
    expect(cell(T4, 'carryover:fund', 'stateCapital')).toBeNull()
    expect(T1.rows[0]).toMatchObject({ key: 'cat:201', kind: 'item', level: 1 })
    expect(T1.rows[30]).toMatchObject({ kind: 'closing', level: 0 })
    // R12: T3 合计 = T1 支出总计
    expect(m(tables(id).T3, 'total', 'total')).toBe(m(T1, 'grand-total', 'total'))
  })
  it('keeps empty tables in the shape of spec §2.0', () => {
    const { T9, T13 } = tables(id)
    expect(T13.empty).toBe(true)
    expect(T13.rows).toHaveLength(0)
    expect(T9.empty).toBe(true)
    expect(T9.rows.map((r) => r.key)).toEqual(['total'])
    expect(txt(T9, 'total', 'incomeCode')).toBe('合计')
    expect(m(T9, 'total', 'income')).toBe(0)
    expect(T9.notes).toEqual([])
  })
})

describe('seed 004 (2026, 4 units)', () => {
  const t = () => tables('004')
  it('T1', () => {
    const { T1 } = t()
    expect(m(T1, 'grand-total', 'income')).toBe(322982)
    expect(m(T1, 'grand-total', 'total')).toBe(322982)
    expect(txt(T1, 'cat:201', 'incomeItem')).toBe('一、一般公共预算')
    expect(m(T1, 'cat:201', 'income')).toBe(322982)
    expect(m(T1, 'cat:201', 'current')).toBe(276192)
    expect(m(T1, 'cat:221', 'total')).toBe(16122)
    expect(m(T1, 'carryover', 'income')).toBe(0)
    expect(T1.notes).toEqual(['注：本套报表因取数时四舍五入，部分金额可能存在尾差'])
    expect(T1.empty).toBe(false)
    expect(t().T2.notes).toEqual([])
  })
  it('T2/T3/T5 code rows', () => {
    const { T2, T3, T5 } = t()
    expect(m(T2, 'total', 'general')).toBe(322982)
    expect(m(T2, 'c:2010306', 'total')).toBe(118757)
    expect(txt(T2, 'c:2010306', 'name')).toBe('政务公开审批')
    expect(m(T2, 'c:2100799', 'total')).toBe(36) // after a page break
    expect([m(T3, 'total', 'total'), m(T3, 'total', 'basic'), m(T3, 'total', 'project')]).toEqual([322982, 147922, 175060])
    expect(T3.rows[0]).toMatchObject({ key: 'total', kind: 'total', level: 0 })
    expect(T3.rows[0]?.cells.slice(0, 2)).toEqual([{ kind: 'text', text: '合计' }, { kind: 'text', text: '' }])
    expect(T3.rows.find((r) => r.key === 'c:201')).toMatchObject({ kind: 'group', level: 1 })
    expect(T3.rows.find((r) => r.key === 'c:20101')).toMatchObject({ kind: 'group', level: 2 })
    expect(T3.rows.find((r) => r.key === 'c:2010150')).toMatchObject({ kind: 'item', level: 3 })
    expect([m(T5, 'c:2080505', 'total'), m(T5, 'c:2080505', 'basic'), m(T5, 'c:2080505', 'project')]).toEqual([15961, 14081, 1879])
    expect(T3.rows).toHaveLength(26)
  })
  it('T4', () => {
    const { T4 } = t()
    expect(m(T4, 'current-total', 'subtotal')).toBe(322982)
    expect(m(T4, 'grand-total', 'general')).toBe(322982)
    expect(m(T4, 'cat:210', 'general')).toBe(8794)
    expect(txt(T4, 'carryover', 'incomeItem')).toBe('上年财政拨款结转')
  })
  it('T6', () => {
    const { T6 } = t()
    expect(m(T6, 'i:基本工资|工资奖金津补贴', 'total')).toBe(45560)
    expect(m(T6, 'i:基本工资|工资奖金津补贴', 'personnel')).toBe(45560)
    expect(m(T6, 'i:维修（护）费|维修（护）费', 'publicUse')).toBe(300)
    expect([m(T6, 'total', 'total'), m(T6, 'total', 'personnel'), m(T6, 'total', 'publicUse')]).toEqual([147922, 133384, 14538])
    expect(m(T6, 'g:工资福利支出', 'total')).toBe(128979)
    expect(T6.rows.find((r) => r.key === 'g:对个人和家庭的补助')).toMatchObject({ kind: 'group', level: 1 })
    expect(txt(T6, 'g:商品和服务支出', 'governmentItem')).toBe('')
    expect(T6.rows.filter((r) => r.kind === 'item')).toHaveLength(33)
    expect(keys(T6, 'g:')).toEqual(['g:工资福利支出', 'g:商品和服务支出', 'g:对个人和家庭的补助'])
  })
  it('T7/T8/T10/T11', () => {
    const { T7, T8, T10, T11 } = t()
    expect(T7.empty && T8.empty).toBe(true)
    expect(T8.rows.map((r) => r.key)).toEqual(['total'])
    expect(T10.rows.map((r) => r.key)).toEqual(['abroad', 'reception', 'vehicle', 'vehicle-purchase', 'vehicle-operation', 'total'])
    expect(m(T10, 'vehicle-operation', 'general')).toBe(350)
    expect(m(T10, 'total', 'total')).toBe(350)
    expect(T10.rows.find((r) => r.key === 'vehicle')?.kind).toBe('group')
    expect(keys(T11, 'u:')).toEqual(['u:#1', 'u:#2', 'u:#3'])
    expect(m(T11, 'total', 'total')).toBe(14481)
    expect(txt(T11, 'u:#3', 'unit')).toBe('大同市公共资源交易中心（大同市政府采购中心）')
    expect(m(T11, 'u:#3', 'general')).toBe(2744)
  })
  it('T12 tree', () => {
    const { T12 } = t()
    expect(keys(T12, 'u:')).toHaveLength(4)
    expect(keys(T12, 'p:')).toHaveLength(33)
    expect(m(T12, 'dept', 'total')).toBe(175060)
    expect(txt(T12, 'dept', 'name')).toBe('大同市行政审批服务管理局[部门]')
    expect(T12.rows[1]).toMatchObject({ key: 'u:#1', kind: 'group', level: 1 })
    expect(T12.rows[2]).toMatchObject({ key: 'p:#1.1', kind: 'item', level: 2 })
    expect(txt(T12, 'u:#1', 'name')).toBe('大同市行政审批服务管理局')
    expect(m(T12, 'u:#2', 'total')).toBe(59684) // Σ its 9 projects is 596.85 (tail)
    expect(keys(T12, 'p:#2.')).toHaveLength(9)
    expect(txt(T12, 'u:#3', 'name')).toBe('大同市公共资源交易中心（大同市政府采购中心）')
    expect(txt(T12, 'p:#3.5', 'name')).toBe('Z公共资源交易一体化平台电子政务外网配置')
    expect(txt(T12, 'p:#4.6', 'name')).toBe('Z帮代办工作经费')
    expect(m(T12, 'p:#4.2', 'general')).toBe(18996)
    expect(T12.rows.some((r) => r.cells[0]?.kind === 'text' && r.cells[0].text === '1')).toBe(false)
  })
})

describe('seed 000 (2025, markdown)', () => {
  const t = () => tables('000')
  it('summary and code tables', () => {
    const { T1, T2, T3, T4 } = t()
    expect(m(T1, 'cat:212', 'total')).toBe(104418)
    expect(m(T1, 'grand-total', 'income')).toBe(204561)
    expect(m(T2, 'c:2120399', 'general')).toBe(104418) // after a page break
    expect([m(T3, 'total', 'total'), m(T3, 'total', 'basic'), m(T3, 'total', 'project')]).toEqual([204561, 99791, 104769])
    expect(m(T4, 'grand-total', 'subtotal')).toBe(204561)
  })
  it('T6 with a 资本性支出 group', () => {
    const { T6 } = t()
    expect(T6.rows.find((r) => r.key === 'g:资本性支出')).toMatchObject({ kind: 'group', level: 1 })
    expect(m(T6, 'g:资本性支出', 'publicUse')).toBe(470)
    expect(m(T6, 'i:办公设备购置|设备购置', 'total')).toBe(470)
    expect(T6.rows.filter((r) => r.kind === 'item')).toHaveLength(26)
    expect([m(T6, 'total', 'total'), m(T6, 'total', 'personnel'), m(T6, 'total', 'publicUse')]).toEqual([99791, 92185, 7606])
  })
  it('T7/T8/T10/T11/T12', () => {
    const { T7, T8, T10, T11, T12 } = t()
    expect(T7.empty && T8.empty).toBe(true)
    expect(T7.rows.map((r) => r.key)).toEqual(['total'])
    expect(m(T10, 'vehicle', 'total')).toBe(240)
    expect(keys(T11, 'u:')).toEqual(['u:#1'])
    expect(m(T11, 'u:#1', 'total')).toBe(7606)
    expect(keys(T12, 'u:')).toEqual(['u:#1'])
    expect(keys(T12, 'p:')).toHaveLength(38)
    expect(txt(T12, 'u:#1', 'name')).toBe(txt(T12, 'dept', 'name'))
    expect(m(T12, 'u:#1', 'total')).toBe(104769)
    expect(txt(T12, 'p:#1.1', 'name')).toBe('24小时自助服务区建设项目')
    expect(txt(T12, 'p:#1.3', 'name')).toBe('开评标区安装屏蔽系统（一次性）')
    expect(T12.rows.filter((r) => r.cells[0]?.kind === 'text' && r.cells[0].text === '专家劳务费用').map((r) => r.cells[1])).toEqual([
      { kind: 'money', value: 1000 },
      { kind: 'money', value: 331 },
    ])
    expect(txt(T12, 'p:#1.38', 'name')).toBe('干部履职能力提升培训经费')
  })
})

describe('seed 001 (2024, 政府性基金)', () => {
  const t = () => tables('001')
  it('T7 has the fund income codes, T8 is printed empty', () => {
    const { T7, T8 } = t()
    expect(T7.empty).toBe(false)
    for (const code of ['103', '10301', '1030148']) expect(m(T7, `c:${code}`, 'amount')).toBe(27558)
    expect(m(T7, 'total', 'amount')).toBe(27558)
    expect(T7.rows.map((r) => [r.key, r.level])).toEqual([['total', 0], ['c:103', 1], ['c:10301', 2], ['c:1030148', 3]])
    expect(txt(T7, 'c:103', 'name')).toBe('非税收入')
    expect(T8.empty).toBe(true)
    expect(T8.rows.map((r) => r.key)).toEqual(['total'])
    expect(m(T8, 'total', 'total')).toBe(0)
  })
  it('T1/T4 labels and fund columns', () => {
    const { T1, T4, T2, T5 } = t()
    expect(txt(T4, 'cat:215', 'item')).toBe('十五、资源勘探工业信息支出')
    expect(txt(T4, 'cat:220', 'item')).toBe('十九、自然资源海洋气象支出')
    expect(txt(T1, 'cat:215', 'item')).toBe('十五、资源勘探工业信息等支出')
    expect([m(T4, 'cat:212', 'subtotal'), m(T4, 'cat:212', 'general'), m(T4, 'cat:212', 'fund')]).toEqual([1185248, 1157690, 27558])
    expect(m(T4, 'cat:202', 'income')).toBe(27558)
    expect(m(T1, 'cat:202', 'income')).toBe(27558)
    expect(m(T2, 'c:21208', 'fund')).toBe(27558)
    expect(m(T5, 'c:21208', 'total')).toBe(0)
    expect(keys(T5, 'c:2120')).toEqual(['c:21203', 'c:2120399', 'c:21208', 'c:2120803'])
  })
  it('T6/T10/T11/T12', () => {
    const { T6, T10, T11, T12 } = t()
    expect(m(T6, 'i:维修（护）费|商品和服务支出', 'publicUse')).toBe(250)
    expect(T6.rows.filter((r) => r.kind === 'item')).toHaveLength(15)
    expect(T10.empty).toBe(true)
    expect(T10.rows).toHaveLength(6)
    expect(T10.rows.every((r) => r.cells.slice(1).every((c) => c?.kind === 'money' && c.value === 0))).toBe(true)
    expect(T11.empty).toBe(true)
    expect(T11.rows.map((r) => r.key)).toEqual(['total'])
    expect(txt(T11, 'total', 'unit')).toBe('部门合计')
    expect(keys(T12, 'p:')).toHaveLength(62)
    expect([m(T12, 'dept', 'total'), m(T12, 'dept', 'general'), m(T12, 'dept', 'fund')]).toEqual([1100181, 1072623, 27558])
    expect(txt(T12, 'p:#1.59', 'name')).toBe('消防救援大队梧桐消防站供热工程')
    expect(m(T12, 'p:#1.59', 'fund')).toBe(27558)
    expect(m(T12, 'p:#1.59', 'general')).toBe(0)
    expect(txt(T12, 'p:#1.62', 'name')).toBe('柴晨静侯佳秀徐潇悦补发工资')
  })
})

describe('tolerance', () => {
  it('finds tables without labels, with markdown headings and page footers', () => {
    const text = readSeedText('004')
      .split('\n')
      .filter((l) => !/^(预算公开表|部门公开表)\d+$/.test(l))
      .map((l) => (/^2026年.*表(（.*）)?$/.test(l) ? `## <b>${l}</b>` : l))
      .join('\n')
      .replace('\n\n\t\t二十二、', '\n\n- 5 -\n\n\t\t二十二、') // page footer inside T1
    expect(text).toContain('- 5 -')
    expect(parseSeedTables(text, 2026)).toEqual(tables('004'))
  })
  it('reads filled T9 and T13 (synthetic rows, spec §2.14)', () => {
    const dept = '孝义市行政审批服务管理局'
    const text = readSeedText('000')
      .replace(/^合计\t{7}\n\n注：本表无数据$/m, ['合计\t\t10.00\t\t\t12.00\t\t12.00', '1030601\t利润收入\t10.00\t2230199\t其他国有资本经营预算支出\t12.00\t\t12.00', '\t\t\t22301\t解决历史遗留问题及改革成本支出\t\t\t'].join('\n'))
      .replace(/^1\t2\t3\t4\t5\n\n注：本表无数据$/m, ['1\t2\t3\t4\t5', `${dept}\t120.00\t120.00\t\t`, `${dept}\t120.00\t120.00\t\t`, '示例信息系统建设项目\t100.00\t100.00\t\t', '示例平台运维项目\t20.00\t20.00\t\t'].join('\n'))
    const { T9, T13 } = parseSeedTables(text, 2025)
    expect(T9.empty).toBe(false)
    expect(T9.rows.map((r) => r.key)).toEqual(['total', 'row:1', 'row:2'])
    expect(m(T9, 'row:1', 'income')).toBe(1000)
    expect(txt(T9, 'row:1', 'name')).toBe('其他国有资本经营预算支出')
    expect(cell(T9, 'row:2', 'incomeCode')).toBeNull()
    expect(txt(T9, 'row:2', 'code')).toBe('22301')
    expect(T13.empty).toBe(false)
    expect(T13.rows.map((r) => [r.key, r.kind, r.level])).toEqual([
      ['dept', 'total', 0],
      ['u:#1', 'group', 1],
      ['p:#1.1', 'item', 2],
      ['p:#1.2', 'item', 2],
    ])
    expect(m(T13, 'p:#1.2', 'general')).toBe(2000)
  })
})
