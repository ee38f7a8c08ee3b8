// Unit mistakes (issue 17): a prior-year figure typed in 元 where 万元 was meant (2.3 for 2.3万元) or
// the other way round is 100× or more off the current figure. Such a pair is flagged before the
// narrative prints a change of several thousand percent. Compared in 分, never in rounded 万元, so a
// prior of 2.30元 (0.00万元 once rounded) still counts.
import { parseYuan } from '../../money/money'
import { priorLineKey } from '../../rollover/prior-lines'
import { comparedFigures, type ComparedFigureId } from '../../narrative/year-on-year'
import type { Comparison } from '../../model/disclosure-inputs'
import type { DocumentData } from '../../model/document-data'
import type { Finding, StepId } from '../finding'
import { finding, type DocumentRule } from './context'

/** 100× either way (issue 17: ≥ 100× or ≤ 1/100). */
export const MAGNITUDE_FACTOR = 100
const FEN_PER_WAN_CENT = 10_000

const PRIOR: Partial<Record<ComparedFigureId, { step: StepId; path: (string | number)[]; get: (d: DocumentData) => Comparison }>> = {
  incomeTotal: { step: 'overview', path: ['comparisons', 'incomeTotal', 'prior'], get: (d) => d.comparisons.incomeTotal },
  expenditureTotal: { step: 'overview', path: ['comparisons', 'expenditureTotal', 'prior'], get: (d) => d.comparisons.expenditureTotal },
  generalBudgetCurrent: { step: 'overview', path: ['comparisons', 'generalBudgetCurrent', 'prior'], get: (d) => d.comparisons.generalBudgetCurrent },
  abroad: { step: 'three-public', path: ['comparisons', 'threePublic', 'abroad', 'prior'], get: (d) => d.comparisons.threePublic.abroad },
  reception: { step: 'three-public', path: ['comparisons', 'threePublic', 'reception', 'prior'], get: (d) => d.comparisons.threePublic.reception },
  vehiclePurchase: { step: 'three-public', path: ['comparisons', 'threePublic', 'vehiclePurchase', 'prior'], get: (d) => d.comparisons.threePublic.vehiclePurchase },
  vehicleOperation: { step: 'three-public', path: ['comparisons', 'threePublic', 'vehicleOperation', 'prior'], get: (d) => d.comparisons.threePublic.vehicleOperation },
  officeOperation: { step: 'three-public', path: ['comparisons', 'officeOperation', 'prior'], get: (d) => d.comparisons.officeOperation },
}

/** 元 with two decimals and thousands separators, then the same in 万元: `23,000.00元（2.30万元）`. */
function both(fen: number): string {
  const yuan = `${Math.trunc(fen / 100).toLocaleString('en-US')}.${String(fen % 100).padStart(2, '0')}`
  const wan = (fen / 1_000_000).toFixed(fen % 10_000 === 0 ? 2 : 6).replace(/(\.\d\d\d*?)0+$/, '$1')
  return `${yuan}元（${wan}万元）`
}

/** Whether two positive amounts differ by the factor or more. */
export function offByMagnitude(a: number, b: number): boolean {
  return a > 0 && b > 0 && (a >= b * MAGNITUDE_FACTOR || b >= a * MAGNITUDE_FACTOR)
}

export const M01: DocumentRule = {
  id: 'M01',
  title: '上年预算数与本年数的数量级相符（元/万元）',
  severity: 'warning',
  check(ctx) {
    const out: Finding[] = []
    for (const f of comparedFigures(ctx.derivation)) {
      const input = PRIOR[f.id]
      const typed = input?.get(ctx.derivation.data).prior
      if (!input || typed === undefined) continue
      const prior = parseYuan(typed)
      if (!prior.ok) continue
      const current = f.current * FEN_PER_WAN_CENT
      if (!offByMagnitude(current, prior.fen)) continue
      const times = current > prior.fen ? Math.round(current / prior.fen) : Math.round(prior.fen / current)
      out.push(
        finding(
          this,
          `${f.label}：上年预算数 ${both(prior.fen)} 与本年 ${both(current)} 相差约 ${times.toLocaleString('en-US')} 倍，请核对上年数是否按“元”和“万元”填错了单位`,
          input.step,
          input.path,
        ),
      )
    }
    return out
  },
}

/**
 * M02: a budget line 100× or more off the same line last year (kept by 上年文档结转): same unit,
 * project, 功能 and 经济 code and fund source, this year's rows of that key added up as last year's were.
 */
export const M02: DocumentRule = {
  id: 'M02',
  title: '预算行金额与上年同一预算行的数量级相符（元/万元）',
  severity: 'warning',
  reads: (d) => [d.lines, d.priorYearLines, d.units, d.projects],
  check(ctx) {
    const data = ctx.derivation.data
    if (!data.priorYearLines || data.priorYearLines.length === 0) return []
    const prior = new Map<string, number>()
    for (const p of data.priorYearLines) {
      const a = parseYuan(p.amount)
      if (a.ok) prior.set(priorLineKey(p), a.fen)
    }
    const current = new Map<string, { fen: number; first: number }>()
    data.lines.forEach((l, index) => {
      const a = parseYuan(l.amount)
      if (!a.ok) return
      const key = priorLineKey(l)
      const entry = current.get(key)
      if (entry) entry.fen += a.fen
      else current.set(key, { fen: a.fen, first: index })
    })
    const unitName = new Map(data.units.map((u) => [u.id, u.name]))
    const projectName = new Map(data.projects.map((p) => [p.id, p.name]))
    const out: Finding[] = []
    for (const [key, { fen, first }] of current) {
      const last = prior.get(key)
      if (last === undefined || !offByMagnitude(fen, last)) continue
      const l = data.lines[first]
      if (!l) continue
      const times = fen > last ? Math.round(fen / last) : Math.round(last / fen)
      const where = `单位“${unitName.get(l.unitId) ?? l.unitId}”${l.projectId !== undefined ? `项目“${projectName.get(l.projectId) ?? l.projectId}”` : '基本支出'}的 ${l.functionCode}/${l.economicCode} 预算行`
      out.push(
        finding(
          this,
          `${where}：本年 ${both(fen)}，上年同一预算行 ${both(last)}，相差约 ${times.toLocaleString('en-US')} 倍，请核对金额是否按“元”和“万元”填错了单位`,
          l.projectId !== undefined ? 'projects' : 'basic',
          ['lines', first, 'amount'],
        ),
      )
    }
    return out
  },
}
