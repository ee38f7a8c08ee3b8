import { describe, it, expect } from 'vitest'
import { parseSeedNarrative } from './parse-seed-narrative'
import { SEED_IDS, readSeedText } from './seed-files'

describe.each(SEED_IDS)('seed %s: narrative', (id) => {
  const n = parseSeedNarrative(readSeedText(id))
  it('has the twelve sections and the glossary', () => {
    expect(Object.keys(n.sections)).toEqual(['一', '二', '三', '四', '五', '六', '七', '八', '九', '十', '十一', '十二'])
    expect(n.glossary).toHaveLength(13)
    expect(n.glossary[0]).toBe('一、基本支出：指为保障机构正常运转、完成日常工作任务而发生的人员支出和公用支出。')
    expect(n.glossary[5]).toBe('六、财政专户管理资金：')
    expect(n.sections['十']?.at(-1)).toBe('（项目绩效目标表公开情况见附件）')
    expect(n.sections['十']?.some((p) => /绩效目标申报表|^附件|^\d+\+\d+$/.test(p))).toBe(false)
    expect(n.sections['十一']?.[0]).toBe('1、车辆情况：')
    expect(n.sections['十二']?.[2]).toBe('（二）其他')
    expect(n.sections['十二']).toHaveLength(4)
  })
})

describe('narrative details', () => {
  it('004', () => {
    const n = parseSeedNarrative(readSeedText('004'))
    expect(n.sections['七']?.[0]).toMatch(/^2026年大同市行政审批服务管理局\[部门\]财政拨款安排的“三公”经费预算3\.50万元与2025年预算数相同/)
    expect(n.sections['七']?.[1]).toBe('三公经费分布图')
    expect(n.sections['四']).toHaveLength(1) // the page break inside 四 is joined
    expect(n.sections['四']?.[0]).toContain('国有资本经营预算拨款0万元。其中：当年拨款收入3,229.82万元')
    expect(n.sections['五']?.[0]).toBe('（一）一般公共预算当年支出规模变化情况')
    expect(n.sections['十二']?.[3]).toBe('本部门无其他情况说明。')
  })
  it('000 strips markdown and stray attachment lines', () => {
    const n = parseSeedNarrative(readSeedText('000'))
    expect(n.sections['一']?.[0]).toMatch(/^2025年度孝义市行政审批服务管理局预算收入总计2,045.61万元/)
    expect(n.sections['十']).toHaveLength(6)
    expect(n.sections['十二']).toEqual(['（一）政府购买服务指导性目录', '见附件。', '（二）其他', '无。'])
    expect(n.glossary[2]).toMatch(/^三、“三公”经费：指省直部门/)
  })
  it('001 keeps 十二 free of the attached catalogue', () => {
    const n = parseSeedNarrative(readSeedText('001'))
    expect(n.sections['十二']).toEqual(['（一）政府购买服务指导性目录', '无', '（二）其他', '无'])
    expect(n.sections['九']?.[0]).toMatch(/^1,317.51万元。/)
    expect(n.sections['七']).toHaveLength(2)
  })
})
