import { describe, expect, it } from 'vitest'
import { reasonSuggestions } from '../../../../core/narrative/reason-suggestions'
import { insertReason } from './reason-text'

const all = [...reasonSuggestions('officeOperation', 'increase'), ...reasonSuggestions('officeOperation', 'decrease')].map((s) => s.text)

describe('insertReason', () => {
  it('fills an empty field and replaces another suggestion', () => {
    expect(insertReason(undefined, '新招录公务员，日常公用经费增加', all)).toBe('新招录公务员，日常公用经费增加')
    expect(insertReason('  ', '新招录公务员，日常公用经费增加', all)).toBe('新招录公务员，日常公用经费增加')
    expect(insertReason('公用经费中其他交通费用增加', '新招录公务员，日常公用经费增加', all)).toBe('新招录公务员，日常公用经费增加')
  })

  it('appends to the officer’s own words, once', () => {
    expect(insertReason('新增两名公务员。', '公用经费中其他交通费用增加', all)).toBe('新增两名公务员；公用经费中其他交通费用增加')
    expect(insertReason('新增两名公务员；公用经费中其他交通费用增加', '公用经费中其他交通费用增加', all)).toBe('新增两名公务员；公用经费中其他交通费用增加')
  })
})
