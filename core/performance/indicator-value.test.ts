import { describe, expect, it } from 'vitest'
import { formatIndicatorValue, indicatorProblems, parseIndicatorValue, validateIndicator } from './indicator-value'

describe('指标值', () => {
  it.each([
    ['≥95%', '≥', '95', '%'],
    ['≤365天', '≤', '365', '天'],
    ['114.72万元', '', '114.72', '万元'],
    ['<3.5万元', '<', '3.5', '万元'],
    ['≤1 小时', '≤', '1', '小时'],
    ['300元/年/核', '', '300', '元/年/核'],
    ['63人', '', '63', '人'],
    ['108', '', '108', ''],
    ['6月底前', '', '6', '月底前'],
    ['及时', '', '及时', ''],
    ['保障工作效率', '', '保障工作效率', ''],
    ['>=98%', '≥', '98', '%'],
    ['不低于９５％', '≥', '95', '%'],
    ['不超过1,000元', '≤', '1000', '元'],
    ['高于全省平均水平', '', '高于全省平均水平', ''],
  ])('reads %s', (typed, comparator, value, unit) => {
    expect(parseIndicatorValue(typed)).toEqual({ comparator, value, unit })
  })

  it('prints what it reads (the seeds’ forms round-trip)', () => {
    for (const s of ['≥95%', '≤15个工作日', '≤3.3136万元', '79003.1元/年/套', '16348.8平方米', '明显', '满足年度内新开办企业数']) {
      expect(formatIndicatorValue(parseIndicatorValue(s))).toBe(s)
    }
  })

  it('accepts numbers, quantities and words; names the problem in Chinese otherwise', () => {
    const ok = (name: string, typed: string) => validateIndicator({ name, value: parseIndicatorValue(typed) })
    expect(ok('满意度', '≥95%')).toEqual([])
    expect(ok('及时性', '及时')).toEqual([])
    expect(ok('满意度', '')).toEqual(['指标“满意度”的指标值未填写'])
    expect(ok('', '≥95%')).toEqual(['指标值“≥95%”缺少三级指标名称'])
    expect(validateIndicator({ name: '验收', value: { comparator: '≥', value: '合格', unit: '' } })).toEqual([
      '指标“验收”的指标值“≥合格”有比较符号，但后面不是数字（应如“≥95%”“≤15个工作日”）',
    ])
    expect(indicatorProblems({ name: '质量', value: { comparator: '', value: '合格', unit: '%' } })).toEqual(['unit-without-number'])
    expect(indicatorProblems({ name: '单价', value: { comparator: '', value: '1.2.3', unit: '元' } })).toEqual(['malformed-number'])
    expect(indicatorProblems({ name: '时限', value: { comparator: '≤', value: '', unit: '' } })).toEqual(['comparator-without-number'])
  })
})
