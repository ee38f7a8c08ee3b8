import { describe, expect, it } from 'vitest'
import { moneyCell, textCell, type Cell } from '../../tables/table-model'
import { cellsOf, codeTable, exampleTableSet, findingsOf, makeTable, setMoney } from './fixtures.test-helpers'

describe('表7/表8/表9 rules', () => {
  it.each(['R25', 'R26', 'R37'])('%s holds on the consistent tables', (id) => {
    expect(findingsOf(id, exampleTableSet())).toEqual([])
  })

  it('R25 flags 表7 合计 that differs from 表1 and 表2, and its broken hierarchy', () => {
    const t = exampleTableSet()
    setMoney(t.T7, 'total', 'amount', 20_001)
    const findings = findingsOf('R25', t)
    expect(cellsOf(findings)).toEqual([
      ['total', 'amount', 20_000, 20_001],
      ['total', 'amount', 20_000, 20_001],
      ['total', 'amount', 20_000, 20_001],
    ])
    expect(findings.every((f) => f.location.step === 'income')).toBe(true)
  })

  it('R25 flags a 款 whose 项 do not add up', () => {
    const t = exampleTableSet()
    setMoney(t.T7, 'c:1030148', 'amount', 19_000)
    expect(cellsOf(findingsOf('R25', t))).toEqual([['c:10301', 'amount', 19_000, 20_000]])
  })

  it('R26 flags 表8 printed empty although 表2 and 表4 have 政府性基金 (seed 001)', () => {
    const t = exampleTableSet()
    t.T8 = codeTable('T8', {})
    expect(t.T8.empty).toBe(true)
    expect(cellsOf(findingsOf('R26', t))).toEqual([
      ['total', 'total', 20_000, 0],
      ['total', 'total', 20_000, 0],
    ])
  })

  it('R26 flags a 空表 mark that does not match 合计', () => {
    const marked = exampleTableSet()
    marked.T8.empty = true
    expect(findingsOf('R26', marked).map((f) => f.message)).toEqual(['表8标注“本表无数据”，但合计为 200.00'])
    const unmarked = exampleTableSet()
    unmarked.T8 = { ...codeTable('T8', {}), empty: false }
    setMoney(unmarked.T2, 'total', 'fund', 0)
    setMoney(unmarked.T4, 'cat:202', 'income', 0)
    expect(findingsOf('R26', unmarked).map((f) => f.message)).toEqual(['表8合计为0，应标注“注：本表无数据”'])
  })

  it('R26 flags a 表8 row that is not 基本 + 项目', () => {
    const t = exampleTableSet()
    setMoney(t.T8, 'c:2120803', 'basic', 1)
    expect(cellsOf(findingsOf('R26', t))).toEqual([
      ['c:2120803', 'total', 20_001, 20_000],
      ['c:21208', 'basic', 1, 0],
    ])
  })

  describe('R37 (表9)', () => {
    const filledT9 = (income: number) => {
      const left = (code: string, name: string): Cell[] => [textCell(code), textCell(name), moneyCell(income)]
      const right = (code: string, name: string): Cell[] => [textCell(code), textCell(name), moneyCell(1_000), moneyCell(1_000), moneyCell(0)]
      return makeTable('T9', [
        { key: 'total', kind: 'total', level: 0, cells: [textCell('合计'), textCell(''), moneyCell(income), textCell(''), textCell(''), moneyCell(1_000), moneyCell(1_000), moneyCell(0)] },
        { key: 'row:1', kind: 'item', level: 1, cells: [...left('103', '非税收入'), ...right('201', '一般公共服务支出')] },
        { key: 'row:2', kind: 'item', level: 1, cells: [...left('10306', '国有资本经营收入'), ...right('20103', '政府办公厅（室）及相关机构事务')] },
        { key: 'row:3', kind: 'item', level: 1, cells: [...left('1030601', '利润收入'), ...right('2010301', '行政运行')] },
      ])
    }
    const withStateCapital = () => {
      const t = exampleTableSet()
      t.T9 = filledT9(1_000)
      setMoney(t.T1, 'cat:203', 'income', 1_000)
      setMoney(t.T2, 'total', 'stateCapital', 1_000)
      return t
    }

    it('holds on a filled 表9 that agrees with 表1 and 表2', () => {
      expect(findingsOf('R37', withStateCapital())).toEqual([])
    })

    it('flags 表9 income 合计 that differs from 表1 三、国有资本经营预算', () => {
      const t = withStateCapital()
      setMoney(t.T1, 'cat:203', 'income', 2_000)
      expect(cellsOf(findingsOf('R37', t))).toEqual([['total', 'income', 2_000, 1_000]])
    })

    it('flags a broken income hierarchy on the income side', () => {
      const t = withStateCapital()
      setMoney(t.T9, 'row:3', 'income', 900)
      const findings = findingsOf('R37', t)
      expect(cellsOf(findings)).toEqual([['row:2', 'income', 900, 1_000]])
      expect(findings[0]?.message).toBe('表9“10306 国有资本经营收入”国有资本经营收入预算 10.00 与其下级科目之和 9.00 不等（差 1.00）')
    })
  })
})
