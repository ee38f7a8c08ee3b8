import { describe, expect, it } from 'vitest'
import { parseAmount, parseCodeCell, parseKind, parsePeriod, parseProjectCategory, parseSourceCell, parseUnitType, parseWholeNumber, parseYesNo } from './parse-values'

describe('parseAmount', () => {
  it.each([
    ['1234.5', 'yuan', '1234.50'],
    ['1,234.50', 'yuan', '1234.50'],
    ['１２３４．５', 'yuan', '1234.50'],
    ['¥ 1 234', 'yuan', '1234.00'],
    ['1234元', 'yuan', '1234.00'],
    ['0', 'yuan', '0.00'],
    ['114.72', 'wan', '1147200.00'],
    ['2,045.61', 'wan', '20456100.00'],
    ['0.000001', 'wan', '0.01'],
    ['5.000001', 'wan', '50000.01'],
    ['12万元', 'wan', '120000.00'],
  ] as const)('%s %s → %s 元', (text, unit, yuan) => {
    expect(parseAmount(text, unit)).toEqual({ ok: true, value: yuan })
  })

  it.each([
    ['abc', 'yuan', '金额“abc”不是有效的数字'],
    ['-3', 'yuan', '金额“-3”不能为负数'],
    ['(3)', 'yuan', '金额“(3)”不能为负数'],
    ['1.001', 'yuan', '金额“1.001”精确到分以下（元最多保留两位小数）'],
    ['0.1234567', 'wan', '金额“0.1234567”万元精确到分以下（万元最多保留六位小数）'],
    ['1,23,4', 'yuan', '金额“1,23,4”不是有效的数字'],
    ['12万元', 'yuan', '金额“12万元”不是有效的数字'],
  ] as const)('%s %s is refused', (text, unit, message) => {
    expect(parseAmount(text, unit)).toEqual({ ok: false, message })
  })
})

describe('parseCodeCell', () => {
  it.each([
    ['2010301', { code: '2010301', name: '' }],
    ['2010301 行政运行', { code: '2010301', name: '行政运行' }],
    ['[2010301]行政运行', { code: '2010301', name: '行政运行' }],
    ['【30101】基本工资', { code: '30101', name: '基本工资' }],
    ['2010301-行政运行', { code: '2010301', name: '行政运行' }],
    ['2010301.0', { code: '2010301', name: '' }],
    ['２０１０３０１', { code: '2010301', name: '' }],
    ["'30101", { code: '30101', name: '' }],
  ])('%s', (text, expected) => expect(parseCodeCell(text)).toEqual(expected))

  it('has no code in a name-only cell', () => expect(parseCodeCell('基本工资')).toBeUndefined())
})

describe('labels', () => {
  it('reads sources, with the period and 单位资金 kinds they may carry', () => {
    expect(parseSourceCell('一般公共预算')).toEqual({ source: 'general' })
    expect(parseSourceCell('财政拨款')).toEqual({ source: 'general' })
    expect(parseSourceCell('政府性基金预算')).toEqual({ source: 'fund' })
    expect(parseSourceCell('国有资本经营预算')).toEqual({ source: 'state-capital' })
    expect(parseSourceCell('财政专户管理资金')).toEqual({ source: 'special-account' })
    expect(parseSourceCell('事业收入')).toEqual({ source: 'unit', unitFundKind: 'business-income' })
    expect(parseSourceCell('单位资金')).toEqual({ source: 'unit' })
    expect(parseSourceCell('上年结转')).toEqual({ period: 'carryover' })
    expect(parseSourceCell('一般公共预算（上年结转）')).toEqual({ source: 'general', period: 'carryover' })
    expect(parseSourceCell('政府性基金上年结转')).toEqual({ source: 'fund', period: 'carryover' })
    expect(parseSourceCell('一般公共预算当年拨款')).toEqual({ source: 'general', period: 'current' })
    expect(parseSourceCell('自筹')).toBeUndefined()
  })

  it('reads periods, kinds, unit types, categories and yes/no', () => {
    expect(parsePeriod('当年预算')).toBe('current')
    expect(parsePeriod('上年结转')).toBe('carryover')
    expect(parseKind('项目支出')).toBe('project')
    expect(parseKind('基本')).toBe('basic')
    expect(parseUnitType('参公单位')).toBe('civil-servant-managed')
    expect(parseUnitType('公益一类事业单位')).toBe('public-welfare-1')
    expect(parseUnitType('行政')).toBe('administrative')
    expect(parseProjectCategory('其他运转类')).toBe('operating')
    expect(parseProjectCategory('特定目标')).toBe('targeted')
    expect(parseYesNo('是')).toBe(true)
    expect(parseYesNo('false')).toBe(false)
    expect(parseYesNo('也许')).toBeUndefined()
    expect(parseWholeNumber('３年')).toBe(3)
  })
})
