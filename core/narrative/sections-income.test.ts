import { describe, expect, it } from 'vitest'
import { syntheticCarryoverDepartment } from '../../tests/builders/document-builder'
import { narrativeFor, paragraphOf, textsOf } from '../../tests/builders/narrative-build'
import {
  decreasedDepartment,
  fundDepartment,
  narrativeBase,
  noComparisonsDepartment,
  priorYearZeroDepartment,
  unchangedDepartment,
} from '../../tests/builders/narrative-documents'
import { PLACEHOLDERS } from './text'

describe('一 to 四 with carry-over (spec §2.14 worked example)', () => {
  const n = narrativeFor(syntheticCarryoverDepartment())
  it('一 gives both totals with their carry-over', () => {
    expect(paragraphOf(n, '一')).toContain('2026年度示例局预算收入总计1,120.00万元，其中：本年收入1,000.00万元，上年结转120.00万元，')
    expect(paragraphOf(n, '一')).toContain('；本年部门预算支出总计1,120.00万元，其中：本年预算安排1,000.00万元，上年结转120.00万元，')
  })
  it('二 writes all six sources with shares summing to 100.00%', () => {
    expect(paragraphOf(n, '二')).toBe(
      '2026年度示例局预算收入1,120.00万元，主要包括一般公共预算拨款收入1,000.00万元，占89.29%；政府性基金预算拨款收入0万元，占0%；国有资本经营预算拨款收入0万元，占0%；财政专户管理资金收入0万元，占0%；单位资金0万元，占0%；上年结转120.00万元，占10.71%。',
    )
  })
  it('三 and 四 include the carried-over spending', () => {
    expect(paragraphOf(n, '三')).toBe('2026年度示例局支出预算1,120.00万元，其中：基本支出600.00万元，占53.57%；项目支出520.00万元，占46.43%。')
    expect(paragraphOf(n, '四')).toBe(
      '2026年度示例局财政拨款收支总预算1,120.00万元。其中：一般公共预算拨款1,120.00万元，政府性基金预算拨款0万元，国有资本经营预算拨款0万元。其中：当年拨款收入1,000.00万元，上年结转收入120.00万元。支出包括：一般公共服务支出1,120.00万元等。',
    )
  })
  it('五 is based on T5 only (no carry-over)', () => {
    expect(textsOf(n, '五')[1]).toMatch(/^2026年度示例局一般公共预算当年支出1,000\.00万元，/)
  })
})

describe('一 and 五（一） year on year (spec §4.1, §9.5)', () => {
  it('an increase: 增加 … 增长 … 主要原因是 the officer’s words', () => {
    const n = narrativeFor(narrativeBase())
    expect(paragraphOf(n, '一')).toBe(
      '2026年度示例局预算收入总计1,000.00万元，其中：本年收入1,000.00万元，上年结转0万元，比上年增加100.00万元，增长11.11%，主要原因是新增示例业务项目；' +
        '本年部门预算支出总计1,000.00万元，其中：本年预算安排1,000.00万元，上年结转0万元，比上年增加100.00万元，增长11.11%，主要原因是新增示例业务项目。',
    )
    expect(textsOf(n, '五')[1]).toBe('2026年度示例局一般公共预算当年支出1,000.00万元，比上年增加100.00万元，增长11.11%。')
  })
  it('a decrease: 减少 … 下降 (004)', () => {
    const n = narrativeFor(decreasedDepartment())
    expect(paragraphOf(n, '一')).toContain('比上年减少200.00万元，下降16.67%，主要原因是部分项目到期；')
    expect(textsOf(n, '五')[1]).toContain('比上年减少200.00万元，下降16.67%。')
  })
  it('no change: 与上年持平, no reason clause unless one is entered', () => {
    const n = narrativeFor(unchangedDepartment())
    expect(paragraphOf(n, '一')).toContain('上年结转0万元，与上年持平；本年部门预算支出总计')
    expect(paragraphOf(n, '一')).not.toContain('原因')
    expect(textsOf(n, '五')[1]).toBe('2026年度示例局一般公共预算当年支出1,000.00万元，与上年持平。')
  })
  it('a prior year of 0: no percentage, `上年无此项支出`', () => {
    const n = narrativeFor(priorYearZeroDepartment())
    expect(paragraphOf(n, '一')).toContain('比上年增加1,000.00万元，上年无此项支出，主要原因是新设立部门；')
    expect(paragraphOf(n, '一')).not.toMatch(/增长\d/)
  })
  it('a missing prior figure or reason prints a placeholder, never 0', () => {
    const n = narrativeFor(noComparisonsDepartment())
    expect(paragraphOf(n, '一')).toContain(`上年结转0万元，比上年增减${PLACEHOLDERS.prior}；`)
    expect(textsOf(n, '五')[1]).toContain(`比上年增减${PLACEHOLDERS.prior}。`)
    const noReason = narrativeFor(narrativeBase((d) => (d.comparisons = { ...d.comparisons, incomeTotal: { prior: '9000000.00' } })))
    expect(paragraphOf(noReason, '一')).toContain(`增长11.11%，主要原因是${PLACEHOLDERS.reason}；`)
  })
  it('a reason’s closing punctuation is not doubled (001 printed `增加。；`)', () => {
    const n = narrativeFor(narrativeBase((d) => (d.comparisons = { ...d.comparisons, incomeTotal: { prior: '9000000.00', reason: '本年项目支出增加。' } })))
    expect(paragraphOf(n, '一')).toContain('主要原因是本年项目支出增加；')
  })
})

describe('政府性基金 (001 pattern)', () => {
  const n = narrativeFor(fundDepartment())
  it('二 and 四 carry the fund money; 五 stays 一般公共预算 only', () => {
    expect(paragraphOf(n, '二')).toContain('一般公共预算拨款收入1,000.00万元，占78.40%；政府性基金预算拨款收入275.58万元，占21.60%；')
    expect(paragraphOf(n, '四')).toContain('其中：一般公共预算拨款1,000.00万元，政府性基金预算拨款275.58万元，国有资本经营预算拨款0万元。')
    expect(paragraphOf(n, '四')).toContain('支出包括：一般公共服务支出1,000.00万元、城乡社区支出275.58万元等。')
    expect(textsOf(n, '五')[3]).toBe('2026年度示例局一般公共预算当年支出1,000.00万元，主要用于以下方面：一般公共服务支出1,000.00万元，占100.00%等。')
  })
})
