// What blocked the export of real published documents entered in the app (approximate amounts read
// as template residue; a 编制数 never entered read as 0; optional inputs demanded): the document goes
// through, and the text says nothing false.
import { describe, expect, it } from 'vitest'
import { buildNarrative } from '../../core/narrative'
import { analyze } from '../../core/rules/analyze'
import { loadNarrativeTemplate } from '../../electron/main/templates/narrative-template'
import { catalogFor } from '../builders/catalog'
import { inspectionOf, readyDocument } from './inspection-fixtures'

const blockingOf = (data: Parameters<typeof inspectionOf>[0]) => inspectionOf(data).blocking.map((f) => `${f.ruleId} ${f.message}`)

function narrativeOf(data: Parameters<typeof inspectionOf>[0]): string {
  const analysis = analyze(data, catalogFor(2026))
  const n = buildNarrative(analysis.derivation, { glossary: loadNarrativeTemplate(2026).glossary })
  return n.sections.flatMap((s) => s.blocks.flatMap((b) => (b.kind === 'paragraph' ? [b.text] : []))).join('\n')
}

describe('a real document goes through the 发布前体检', () => {
  it('the ready document has nothing blocking (the baseline of the cases below)', () => {
    expect(blockingOf(readyDocument())).toEqual([])
  })

  it.each(['主要用于购买服务80余万元', '安排项目经费300余万元。', '新增设备购置约50万元，信息化运维近百万元', '新增专项资金1.2亿元中的本级部分', '单价在万元以上的设备增加'])(
    'an approximate amount in a reason (%s) is no template residue',
    (reason) => {
      const doc = readyDocument((d) => {
        d.comparisons = { ...d.comparisons, incomeTotal: { prior: '9000000.00', reason }, expenditureTotal: { prior: '9000000.00', reason: `支出同收入，${reason}` } }
      })
      expect(narrativeOf(doc)).toContain(reason.replace(/。$/u, ''))
      expect(blockingOf(doc)).toEqual([])
    },
  )

  it('a 编制数 never entered is 未填写: no 超过编制0辆, a reminder, and the text states only the vehicles held', () => {
    const doc = readyDocument((d) => {
      d.assets = { asOf: '2025-12-31', vehicles: { confidential: 1, leadership: 1 }, officeArea: '1118.46' }
    })
    const inspection = inspectionOf(doc)
    expect(inspection.blocking.map((f) => f.message)).toEqual([])
    expect(inspection.findings.filter((f) => f.ruleId === 'A01' && f.severity !== 'info').map((f) => [f.severity, f.message])).toEqual([['warning', '公务用车编制数未填写（实有 2 辆）：填写后情况说明写明编制数，未填写时只写实有数']])
    const text = narrativeOf(doc)
    expect(text).toContain('实有公务用车2辆')
    expect(text).not.toMatch(/编制0辆|编制【/)
  })

  it('an entered 编制数 that is exceeded still blocks', () => {
    const doc = readyDocument((d) => {
      d.assets = { asOf: '2025-12-31', vehicleQuota: 0, vehicles: { confidential: 2 }, officeArea: '1118.46' }
    })
    expect(blockingOf(doc)).toEqual(['A01 公务用车实有 2 辆超过编制 0 辆'])
  })

  it('a 截至日期 never entered is a reminder naming the rule; the text has no 截至 and no placeholder', () => {
    const doc = readyDocument((d) => {
      d.assets = { vehicleQuota: 2, vehicles: { confidential: 1 }, officeArea: '1118.46' }
    })
    const inspection = inspectionOf(doc)
    expect(inspection.blocking).toEqual([])
    expect(inspection.warnings.filter((f) => f.ruleId === 'Y03').map((f) => f.message).join('')).toMatch(/截至日期未填写.*公开规则\(c\)8/)
    expect(narrativeOf(doc)).not.toMatch(/截至|【/)
  })

  it('整体绩效 never entered: 十 writes no 0个单位 or 0万元, a reminder asks for it', () => {
    const doc = readyDocument((d) => void (d.overallFiling = {}))
    const inspection = inspectionOf(doc)
    expect(inspection.blocking).toEqual([])
    expect(inspection.warnings.filter((f) => f.ruleId === 'Y05').map((f) => f.location.path?.join('.'))).toEqual(['overallFiling.unitCount'])
    const text = narrativeOf(doc)
    expect(text).toContain('机关及下属预算单位1个。')
    expect(text).not.toMatch(/0个单位|涉及资金0万元/)
  })
})
