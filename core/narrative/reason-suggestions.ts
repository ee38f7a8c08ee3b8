// Editable suggestions for the reasons of 第三部分 (一, 五（一）, 七, 八): the reasons the seeds give,
// per figure and direction, plus their mirror images. The officer picks one and edits it; the
// sentence prints whatever is finally entered (spec §4.1, §4.7, §4.8).
import type { ComparedFigureId } from './year-on-year'

export type ReasonSuggestionFigure = ComparedFigureId
export type ChangeDirection = 'increase' | 'decrease'

export interface ReasonSuggestion {
  text: string
  /** Where the wording comes from: a seed and section (`004 一`), or `mirror of …`. */
  source: string
}

type Table = Partial<Record<ReasonSuggestionFigure, Record<ChangeDirection, ReasonSuggestion[]>>>

const totals: Record<ChangeDirection, ReasonSuggestion[]> = {
  increase: [
    { text: '增加了遗属补助、消防验收备案技术服务、环境影响评价购买技术评估服务等项目', source: '000 一' },
    { text: '本年项目支出增加', source: '001 一' },
    { text: '优化支出结构，预算编制更加精细化，部分项目预算金额有所调整', source: '004 一' },
  ],
  decrease: [
    { text: '优化支出结构，预算编制更加精细化，部分项目预算金额有所调整', source: '004 一' },
    { text: '本年项目支出减少', source: 'mirror of 001 一' },
  ],
}

const SUGGESTIONS: Table = {
  incomeTotal: totals,
  expenditureTotal: totals,
  generalBudgetCurrent: totals,
  threePublicTotal: {
    increase: [{ text: '我单位新增公务用车', source: 'mirror of 001 七' }],
    decrease: [{ text: '我单位公车调拨至机关事务管理局', source: '001 七' }],
  },
  vehicleOperation: {
    increase: [{ text: '我单位新增公务用车', source: 'mirror of 001 七' }],
    decrease: [{ text: '我单位公车调拨至机关事务管理局', source: '001 七' }],
  },
  officeOperation: {
    increase: [
      { text: '公用经费中其他交通费用增加', source: '000 八' },
      { text: '新招录公务员，日常公用经费增加', source: '004 八' },
    ],
    decrease: [
      { text: '公用经费中其他交通费用减少', source: 'mirror of 000 八' },
      { text: '人员减少，日常公用经费减少', source: 'mirror of 004 八' },
    ],
  },
}

export function reasonSuggestions(figure: ReasonSuggestionFigure, direction: ChangeDirection): readonly ReasonSuggestion[] {
  return SUGGESTIONS[figure]?.[direction] ?? []
}
