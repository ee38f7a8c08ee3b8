// Wording the officer sets per document (settings.wording); each absent choice keeps the seeds'.
import { describe, expect, it } from 'vitest'
import { inspectionOf, readyDocument } from '../../tests/inspection/inspection-fixtures'
import { narrativeFor, paragraphOf, textsOf } from '../../tests/builders/narrative-build'
import { narrativeBase } from '../../tests/builders/narrative-documents'
import type { DocumentDataInput } from '../model/document-data'

type Wording = NonNullable<NonNullable<DocumentDataInput['settings']>['wording']>
const worded = (wording: Wording) => (d: DocumentDataInput) => void (d.settings = { ...(d.settings ?? {}), wording })

describe('wording choices', () => {
  it('defaults: 一/五 增长, 八 增加, 当年支出, the department’s name', () => {
    const n = narrativeFor(narrativeBase((d) => void (d.comparisons = { ...d.comparisons, officeOperation: { prior: '900000.00', reason: '新增人员' } })))
    expect(paragraphOf(n, '一')).toContain('比上年增加100.00万元，增长11.11%')
    expect(paragraphOf(n, '八')).toContain('比2025年预算增加10.00万元，增加11.11%，增加原因是新增人员')
    expect(textsOf(n, '五')[1]).toMatch(/^2026年度示例局一般公共预算当年支出1,000.00万元，比上年增加100.00万元，增长11.11%。$/)
  })

  it('rateWord 增加 makes every rate 增加/减少; 增长 makes 八 say 增长 too', () => {
    const plain = narrativeFor(narrativeBase(worded({ rateWord: '增加' })))
    expect(paragraphOf(plain, '一')).toContain('比上年增加100.00万元，增加11.11%')
    const growth = narrativeFor(narrativeBase((d) => (worded({ rateWord: '增长' })(d), (d.comparisons = { ...d.comparisons, officeOperation: { prior: '900000.00', reason: '新增人员' } }))))
    expect(paragraphOf(growth, '八')).toContain('比2025年预算增加10.00万元，增长11.11%，增加原因是新增人员')
  })

  it('generalBudgetWord 当年拨款 is used in 五’s headings and sentences', () => {
    const five = textsOf(narrativeFor(narrativeBase(worded({ generalBudgetWord: '当年拨款' }))), '五')
    expect(five.slice(0, 3)).toEqual(['（一）一般公共预算当年拨款规模变化情况', '2026年度示例局一般公共预算当年拨款1,000.00万元，比上年增加100.00万元，增长11.11%。', '（二）一般公共预算当年拨款结构情况'])
  })

  it('subject 部门各单位 heads the sentences', () => {
    expect(paragraphOf(narrativeFor(narrativeBase(worded({ subject: 'department-units' }))), '二')).toMatch(/^2026年度示例局各单位预算收入/)
  })

  it('every choice together passes the 体检', () => {
    const doc = readyDocument(worded({ rateWord: '增加', generalBudgetWord: '当年拨款', subject: 'department-units' }))
    expect(inspectionOf(doc).blocking.map((f) => `${f.ruleId} ${f.message}`)).toEqual([])
  })
})
