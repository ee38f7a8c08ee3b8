// Table-level inspection checks on the synthetic 示例局 table set (every rule holds on it) and on
// one mutation each.
import { describe, expect, it } from 'vitest'
import { catalogFor } from '../../../tests/builders/catalog'
import { emptyStateCapitalTable, exampleTableSet, makeTable, removeRow, setMoney, setText, YEAR } from '../table-rules/fixtures.test-helpers'
import { detailFindings, emptyTableSourceFindings, hiddenThreePublicFindings, tableNameFindings, threePublicRowFindings, titleYearFindings } from './table-checks'

const catalog = catalogFor(YEAR)
const messages = (f: { message: string }[]) => f.map((x) => x.message)

describe('table checks', () => {
  it('pass on the example set', () => {
    const t = exampleTableSet()
    expect([...emptyTableSourceFindings(t), ...detailFindings(t, catalog), ...threePublicRowFindings(t), ...titleYearFindings(t, YEAR), ...tableNameFindings(t, '示例局'), ...hiddenThreePublicFindings(t)]).toEqual([])
  })

  it('K03: 表8 printed empty while 表2 has 政府性基金 (001)', () => {
    const t = exampleTableSet()
    t.T8 = makeTable('T8', [], true)
    expect(messages(emptyTableSourceFindings(t))).toEqual(['预算公开表8标注“本表无数据”，但表2政府性基金收入为 200.00 万元，该表应列出这些金额'])
  })

  it('K03: 部门公开表9 empty with 国有资本 income in 表1', () => {
    const t = exampleTableSet()
    t.T9 = emptyStateCapitalTable()
    setMoney(t.T1, 'cat:203', 'income', 500)
    expect(messages(emptyTableSourceFindings(t))).toEqual(['部门公开表9标注“本表无数据”，但表1国有资本经营预算收入为 5.00 万元，该表应列出这些金额'])
  })

  it('K04: a 款 with money and no 项 below it, a wrong name, a category without 等 (001 表4)', () => {
    const t = exampleTableSet()
    removeRow(t.T3, 'c:2210201')
    setText(t.T5, 'c:2010301', 'name', '行政事务')
    setText(t.T4, 'cat:215', 'item', '十五、资源勘探工业信息支出')
    expect(messages(detailFindings(t, catalog))).toEqual([
      '预算公开表3“221 住房保障支出”有金额但未细化到项级科目（7位编码）',
      '预算公开表3“22102 住房改革支出”有金额但未细化到项级科目（7位编码）',
      '预算公开表5科目“2010301”的名称为“行政事务”，2026年科目表中为“行政运行”',
      '预算公开表4支出类别“十五、资源勘探工业信息支出”应为“十五、资源勘探工业信息等支出”',
    ])
  })

  it('K04: a code missing from the catalog is a warning, left to C01 on documents', () => {
    const t = exampleTableSet()
    const row = t.T2.rows.find((r) => r.key === 'c:2010399')
    if (row) row.key = 'c:2010398'
    expect(detailFindings(t, catalog).map((f) => f.severity)).toEqual(['warning'])
    expect(detailFindings(t, catalog, { unknownCodes: false })).toEqual([])
  })

  it('K05: 表10 without the 公务用车购置费 row', () => {
    const t = exampleTableSet()
    removeRow(t.T10, 'vehicle-purchase')
    expect(messages(threePublicRowFindings(t))).toEqual(['预算公开表10缺少“①公务用车购置费”行（金额为0也须列出）'])
  })

  it('K10 and K11: a title of another year and a table of another department', () => {
    const t = exampleTableSet()
    t.T3.title = '2025年预算支出总表'
    t.T7.departmentName = '示例局机关'
    expect(messages(titleYearFindings(t, YEAR))).toEqual(['预算公开表3标题“2025年预算支出总表”的年度不是2026年'])
    expect(messages(tableNameFindings(t, '示例局'))).toEqual(['预算公开表7的部门名称“示例局机关”与封面的“示例局”不一致'])
  })

  it('K13: 其他商品和服务支出 above 30% of 公用经费', () => {
    const t = exampleTableSet()
    t.T6.rows.push({ key: 'i:其他商品和服务支出|其他商品和服务支出', kind: 'item', level: 2, cells: [{ kind: 'text', text: '其他商品和服务支出' }, { kind: 'text', text: '其他商品和服务支出' }, { kind: 'money', value: 10_000 }, { kind: 'money', value: 0 }, { kind: 'money', value: 10_000 }] })
    setMoney(t.T6, 'total', 'publicUse', 25_000)
    expect(messages(hiddenThreePublicFindings(t))[0]).toMatch(/^预算公开表6“其他商品和服务支出”100\.00 万元占公用经费 250\.00 万元的40\.00%/)
  })
})
