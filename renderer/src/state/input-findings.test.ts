import { describe, expect, it } from 'vitest'
import { buildData, department } from '../../../tests/builders/document-builder'
import { analyzeDraft } from './analyze-draft'
import { catalogFor } from '../../../tests/builders/catalog'

function draftWith(unitId: string, amount: string) {
  // Built valid, then given what the officer typed (the draft keeps text that does not parse).
  const data = buildData({
    department: department(2026),
    units: [{ id: 'u1', name: '示例局', type: 'administrative', isHeadUnit: true }],
    lines: [{ id: 'l1', unitId: 'u1', functionCode: '2010301', kind: 'basic', economicCode: '30101', source: 'general', period: 'current', amount: '1.00' }],
  })
  const line = data.lines[0]
  if (line) Object.assign(line, { unitId, amount })
  return data
}

describe('input findings speak of the field itself', () => {
  const catalog = catalogFor(2026)
  it('a unit name that is not in the list is named as such, not as a malformed 编号', () => {
    const messages = analyzeDraft(draftWith('不存在的单位', '100.00'), 2026, catalog).findings.map((f) => f.message)
    const unit = messages.find((m) => m.includes('不存在的单位'))
    expect(unit).toContain('没有名为“不存在的单位”的单位')
    expect(messages.join('\n')).not.toContain('编号只能包含')
  })

  it('an amount typed in 万元, the document entry unit, is reported in 万元', () => {
    const wanDraft = draftWith('u1', '12a')
    wanDraft.settings = { ...wanDraft.settings, entryUnit: 'wan' }
    const inWan = analyzeDraft(wanDraft, 2026, catalog).findings.find((f) => f.message.includes('12a'))
    expect(inWan?.message).toContain('请按万元填写')
    expect(inWan?.message).not.toContain('单位：元')
    const inYuan = analyzeDraft(draftWith('u1', '12a'), 2026, catalog).findings.find((f) => f.message.includes('12a'))
    expect(inYuan?.message).toContain('请按元填写')
  })
})
