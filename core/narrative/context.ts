// What every section builder reads: the derivation, the budget year and the compared figures.
import type { Derivation } from '../calc/derive'
import type { TableSet } from '../tables/table-model'
import type { RateWord } from './change-wording'
import { comparedFigures, type ComparedFigure, type ComparedFigureId } from './year-on-year'

export interface NarrativeContext {
  derivation: Derivation
  tables: TableSet
  year: number
  priorYear: number
  /** {部门名称} = department.displayName (spec §1.1: 004 prints `…[部门]` in 第三部分 too). */
  dept: string
  /** `部门`, or `单位` in a 所属单位's own 单位预算公开 (settings.disclosureLevel): 本部门 / 本单位. */
  org: '部门' | '单位'
  figure(id: ComparedFigureId): ComparedFigure
  /** settings.wording, absent choices left undefined (each section keeps the seeds' word). */
  wording: { rateWord?: RateWord; generalBudget: '当年支出' | '当年拨款' }
}

export function narrativeContext(derivation: Derivation): NarrativeContext {
  const year = derivation.data.department.budgetYear
  const figures = new Map(comparedFigures(derivation).map((f) => [f.id, f]))
  const wording = derivation.data.settings.wording
  return {
    derivation,
    tables: derivation.tables,
    year,
    priorYear: year - 1,
    dept: `${derivation.data.department.displayName}${wording?.subject === 'department-units' ? '各单位' : ''}`,
    wording: { ...(wording?.rateWord ? { rateWord: wording.rateWord } : {}), generalBudget: wording?.generalBudgetWord ?? '当年支出' },
    org: derivation.data.settings.disclosureLevel === 'unit' ? '单位' : '部门',
    figure(id) {
      const f = figures.get(id)
      if (!f) throw new Error(`no compared figure ${id}`)
      return f
    },
  }
}
