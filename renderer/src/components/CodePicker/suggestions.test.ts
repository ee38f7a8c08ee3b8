import { describe, expect, it } from 'vitest'
import { UNIT_TYPE_LABELS } from '../../../../core/model/enums'
import { labelOptions } from '../../features/shared/columns'
import { defaultHighlight, optionSuggestions, type Suggestion } from './suggestions'

const UNIT_TYPES = labelOptions(UNIT_TYPE_LABELS, { 'civil-servant-managed': ['参照公务员法管理事业单位', '参公事业单位'], 'public-welfare-1': ['公益一类'], 'other-institution': ['事业单位'] })

function picked(query: string): string | undefined {
  const list = optionSuggestions(UNIT_TYPES, query, false)
  const i = defaultHighlight(list, query)
  return i >= 0 ? list[i]?.value : undefined
}

describe('suggestions prefer what the typed text begins with', () => {
  it('事业 never becomes 参公单位', () => {
    expect(picked('事业')).not.toBe('参公单位')
    expect(picked('事业')).toBe('其他事业单位')
    expect(optionSuggestions(UNIT_TYPES, '事业', false)[0]?.value).toBe('其他事业单位')
  })

  it('a label that begins with the text wins over one that only contains it', () => {
    expect(picked('公益一')).toBe('公益一类事业单位')
    expect(picked('参公')).toBe('参公单位')
    expect(picked('行政')).toBe('行政单位')
  })

  it('text only found inside several names pre-selects nothing, so Enter keeps what was typed', () => {
    const list: Suggestion[] = [
      { value: 'a', label: '公益一类事业单位' },
      { value: 'b', label: '公益二类事业单位' },
    ]
    expect(defaultHighlight(list, '类事业')).toBe(-1)
    expect(defaultHighlight(list.slice(0, 1), '类事业')).toBe(0)
  })
})
