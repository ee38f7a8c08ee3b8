import { describe, expect, it } from 'vitest'
import { indicator } from '../../tests/performance/form-builders'
import { addToUserLibrary, mergeLibrary, parseIndicatorLibrary, suggestIndicators } from './indicator-library'

const file = JSON.stringify({
  description: '测试',
  year: 2026,
  entries: [
    { level1: 'satisfaction', level2: 'beneficiary-satisfaction', name: '服务对象满意度', value: '≥95%', count: 12, seen: ['004'] },
    { level1: 'satisfaction', level2: 'beneficiary-satisfaction', name: '社会公众满意度', value: '≥95%', count: 3, seen: ['004'] },
    { level1: 'output', level2: 'timeliness', name: '资金到位及时', value: '资金到位及时', count: 5, seen: ['004'] },
    { level1: 'output', level2: 'timeliness', name: '服务完成及时性', value: '及时', count: 9, seen: ['000'] },
    { level1: 'output', level2: 'cost', name: '项目预算数', value: '≤216.45万元', count: 4, seen: ['004'] },
  ],
})

describe('indicator library', () => {
  const shipped = parseIndicatorLibrary(file)

  it('reads the shipped file into indicators with parsed values', () => {
    expect(shipped[0]?.indicator).toEqual({ level1: 'satisfaction', level2: 'beneficiary-satisfaction', name: '服务对象满意度', value: { comparator: '≥', value: '95', unit: '%' } })
    expect(() => parseIndicatorLibrary('{"year":2026,"entries":[]}')).toThrow()
  })

  it('suggests by 二级 and query: exact, then containing (shorter first), then most characters shared', () => {
    expect(suggestIndicators(shipped, 'timeliness', '').map((i) => i.name)).toEqual(['服务完成及时性', '资金到位及时'])
    expect(suggestIndicators(shipped, 'beneficiary-satisfaction', '满意度').map((i) => i.name)).toEqual(['服务对象满意度', '社会公众满意度'])
    expect(suggestIndicators(shipped, 'beneficiary-satisfaction', '社会公众满意度').map((i) => i.name)[0]).toBe('社会公众满意度')
    expect(suggestIndicators(shipped, undefined, '及时').map((i) => i.name)).toEqual(['资金到位及时', '服务完成及时性'])
    expect(suggestIndicators(shipped, 'cost', '网络')).toEqual([])
  })

  it('puts the officer’s own indicators first and keeps one of each name', () => {
    const mine = addToUserLibrary([], indicator('timeliness', '工单办结时限', '≤3个工作日'))
    expect(addToUserLibrary(mine, indicator('timeliness', '工单办结时限', '≤5个工作日'))).toHaveLength(1)
    expect(addToUserLibrary(mine, indicator('timeliness', '  ', ''))).toHaveLength(1)
    const merged = mergeLibrary(shipped, [...mine, indicator('timeliness', '服务完成及时性', '及时')])
    expect(merged.filter((e) => e.indicator.name === '服务完成及时性').map((e) => e.origin)).toEqual(['user'])
    expect(suggestIndicators(merged, 'timeliness', '').map((i) => i.name)).toEqual(['工单办结时限', '服务完成及时性', '资金到位及时'])
  })
})
