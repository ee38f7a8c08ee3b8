import { describe, expect, it } from 'vitest'
import { narrativeFor } from '../../tests/builders/narrative-build'
import { narrativeBase } from '../../tests/builders/narrative-documents'
import { parseGlossaryText } from './glossary'
import { narrativeToPlainText } from './plain-text'
import { reasonSuggestions } from './reason-suggestions'

describe('plain-text copy', () => {
  const text = narrativeToPlainText(narrativeFor(narrativeBase(), ['一、基本支出：指…', '六、财政专户管理资金：\n专指教育收费…']))
  const lines = text.split('\n')
  it('has both parts, every heading and one paragraph per line', () => {
    expect(lines[0]).toBe('第三部分 2026年度部门预算情况说明')
    expect(lines).toContain('十二、其他说明')
    expect(lines).toContain('（一）一般公共预算当年支出规模变化情况')
    expect(lines.indexOf('第四部分 名词解释')).toBeGreaterThan(lines.indexOf('十二、其他说明'))
    expect(lines.slice(-3)).toEqual(['六、财政专户管理资金：', '专指教育收费…', ''])
  })
  it('writes a chart as its caption and figures, attachments as a marker', () => {
    expect(text).toContain('图：三公经费分布图\n公务用车运行维护费：2.00万元，占100.00%\n')
    expect(text).toContain('〔此处附：部门（单位）整体支出绩效目标申报表、项目支出绩效目标表〕')
  })
})

describe('glossary.txt format (templates/README.md)', () => {
  it('splits entries on blank lines and keeps the lines of one entry', () => {
    expect(parseGlossaryText('\uFEFF一、甲：…\r\n\r\n六、乙：\r\n 专指… \r\n\n\n十二、丙。\n')).toEqual(['一、甲：…', '六、乙：\n专指…', '十二、丙。'])
  })
})

describe('reason suggestions', () => {
  it('offers the seeds’ reasons by figure and direction', () => {
    expect(reasonSuggestions('officeOperation', 'increase').map((s) => s.text)).toContain('新招录公务员，日常公用经费增加')
    expect(reasonSuggestions('incomeTotal', 'decrease').map((s) => s.source)).toContain('004 一')
    expect(reasonSuggestions('abroad', 'increase')).toEqual([])
  })
})
