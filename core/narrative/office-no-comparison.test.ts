// 八 with `本年不作比较` (a new unit; a text about staffing only): its own sentence, no prior figure
// asked for, nothing blocking; without the choice a missing prior figure is still asked for.
import { describe, expect, it } from 'vitest'
import { inspectionOf, readyDocument } from '../../tests/inspection/inspection-fixtures'
import { narrativeFor, paragraphOf } from '../../tests/builders/narrative-build'
import { narrativeBase } from '../../tests/builders/narrative-documents'
import type { DocumentDataInput } from '../model/document-data'
import { narrativeToPlainText } from './plain-text'

const notCompared = (note?: string, level: 'department' | 'unit' = 'department') => (d: DocumentDataInput) => {
  d.settings = { ...(d.settings ?? {}), disclosureLevel: level }
  d.comparisons = { ...d.comparisons, officeOperation: note === undefined ? {} : { reason: note }, officeOperationComparison: 'none' }
}

describe('八 本年不作比较', () => {
  it('states the amount and that no comparison is made, with the officer’s explanation when typed', () => {
    expect(paragraphOf(narrativeFor(narrativeBase(notCompared())), '八')).toBe('本部门2026年所属示例局，1家行政单位，机关运行经费财政拨款预算100.00万元，本年不作比较。')
    expect(paragraphOf(narrativeFor(narrativeBase(notCompared('本部门2025年新设立。'))), '八')).toBe(
      '本部门2026年所属示例局，1家行政单位，机关运行经费财政拨款预算100.00万元，本年不作比较，本部门2025年新设立。',
    )
    expect(paragraphOf(narrativeFor(narrativeBase(notCompared(undefined, 'unit'))), '八')).toBe('本单位为行政单位，2026年机关运行经费财政拨款预算100.00万元，本年不作比较。')
  })

  it('is in the exported text (the PDF and the plain text render the same narrative)', () => {
    expect(narrativeToPlainText(narrativeFor(narrativeBase(notCompared('在职人员较上年增加2人'))))).toContain('本年不作比较，在职人员较上年增加2人。')
  })

  it('asks for no prior figure and blocks nothing', () => {
    const doc = readyDocument(notCompared())
    const inspection = inspectionOf(doc)
    expect(inspection.blocking.map((f) => f.message)).toEqual([])
    expect(inspection.findings.filter((f) => f.location.path?.join('.').startsWith('comparisons.officeOperation'))).toEqual([])
  })

  it('without the choice, a missing prior figure is asked for and the finding offers the choice', () => {
    const doc = readyDocument((d) => void (d.comparisons = { ...d.comparisons, officeOperation: {} }))
    const y01 = inspectionOf(doc).blocking.filter((f) => f.ruleId === 'Y01').map((f) => f.message)
    expect(y01).toEqual(['请填写上年机关运行经费预算数（本年 100.00 万元），情况说明需要比较增减（公开规则(c)6：机关运行经费有增减须说明原因）；新设单位等不与上年比较的，请选择“本年不作比较”'])
  })
})
