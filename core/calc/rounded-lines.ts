// Atomic lines → lines rounded to 0.01万元 inside their rounding groups (domain-core issue §3):
// one group per (project, period) and one per (unit, fund source, 基本支出, period).
import { allocateGroup } from '../money/rounding'
import { yuanToFen, type Fen } from '../money/money'
import { defaultEconomicScope, type EconomicScope } from '../model/enums'
import type { BudgetLine, Project } from '../model/budget'
import type { DocumentData } from '../model/document-data'
import type { Unit } from '../model/organization'
import type { WanCents } from '../tables/table-model'

export interface RoundedLine {
  line: BudgetLine
  index: number
  fen: Fen
  wan: WanCents
  unit: Unit
  project: Project | undefined
  groupKey: string
}

export function roundingGroupKey(line: BudgetLine): string {
  return line.kind === 'project' ? `p|${line.projectId ?? ''}|${line.period}` : `b|${line.unitId}|${line.source}|${line.period}`
}

export function unitScope(unit: Unit): EconomicScope {
  return unit.economicScope ?? defaultEconomicScope(unit.type)
}

/** Rounds every line of the document; lines referring to unknown units are skipped (the loader refuses them). */
export function roundLines(data: DocumentData): RoundedLine[] {
  const units = new Map(data.units.map((u) => [u.id, u]))
  const projects = new Map(data.projects.map((p) => [p.id, p]))
  const groups = new Map<string, number[]>()
  const fens: Fen[] = new Array<Fen>(data.lines.length)
  data.lines.forEach((line, i) => {
    fens[i] = yuanToFen(line.amount)
    const key = roundingGroupKey(line)
    const g = groups.get(key)
    if (g) g.push(i)
    else groups.set(key, [i])
  })
  const wans = new Array<WanCents>(data.lines.length)
  for (const members of groups.values()) {
    const allocated = allocateGroup(members.map((i) => fens[i] as Fen))
    members.forEach((i, k) => (wans[i] = allocated[k] as WanCents))
  }
  const out: RoundedLine[] = []
  data.lines.forEach((line, i) => {
    const unit = units.get(line.unitId)
    if (!unit) return
    out.push({ line, index: i, fen: fens[i] as Fen, wan: wans[i] as WanCents, unit, project: line.projectId ? projects.get(line.projectId) : undefined, groupKey: roundingGroupKey(line) })
  })
  return out
}
