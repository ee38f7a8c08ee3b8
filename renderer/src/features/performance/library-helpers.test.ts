import { describe, expect, it } from 'vitest'
import { Indicator } from '../../../../core/model/performance'
import { mergeLibrary, type LibraryEntry } from '../../../../core/performance/indicator-library'
import { newIndicators } from './library-helpers'

const ind = (level2: Indicator['level2'], name: string) => Indicator.parse({ level1: level2 === 'social' ? 'benefit' : 'output', level2, name })
const template: LibraryEntry[] = [{ indicator: ind('quantity', '人员数量'), origin: 'template', count: 3 }]

describe('newIndicators', () => {
  it('keeps named indicators the library lacks, once, comparing names without spaces', () => {
    const library = mergeLibrary(template, [ind('social', '群众办事满意')])
    const form = [ind('quantity', '人员 数量'), ind('quantity', '评审会议次数'), ind('quantity', '评审会议次数'), ind('social', '群众办事满意'), ind('quantity', ''), ind('social', '人员数量')]
    expect(newIndicators(form, library).map((i) => `${i.level2}:${i.name}`)).toEqual(['quantity:评审会议次数', 'social:人员数量'])
  })
})
