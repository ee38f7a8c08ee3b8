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

// What one line contributes, remembered per line object: lines are immutable, and re-parsing 4,220
// amounts and group keys was a third of re-deriving a large department after each keystroke.
const lineFacts = new WeakMap<BudgetLine, { fen: Fen; key: string }>()

function factsOf(line: BudgetLine, remember: boolean): { fen: Fen; key: string } {
  let facts = remember ? lineFacts.get(line) : undefined
  if (!facts) {
    facts = { fen: yuanToFen(line.amount), key: roundingGroupKey(line) }
    if (remember) lineFacts.set(line, facts)
  }
  return facts
}

// The last allocation of a group, kept on its first line: the allocation depends on the amounts
// alone, so a group whose amounts did not change is not allocated again.
const lastAllocation = new WeakMap<BudgetLine, { fens: Fen[]; wans: WanCents[] }>()
const sameFens = (a: readonly Fen[], b: readonly Fen[]) => a.length === b.length && a.every((f, i) => f === b[i])

function allocate(first: BudgetLine, fens: Fen[], remember: boolean): WanCents[] {
  if (!remember) return allocateGroup(fens)
  const last = lastAllocation.get(first)
  if (last && sameFens(last.fens, fens)) return last.wans
  const wans = allocateGroup(fens)
  lastAllocation.set(first, { fens, wans })
  return wans
}

/**
 * Rounds every line of the document; lines referring to unknown units are skipped (the loader
 * refuses them). `remember` reuses per-line facts and unchanged groups from earlier calls: only for
 * callers whose lines are never changed in place (the renderer's immutable drafts).
 */
export function roundLines(data: DocumentData, remember = false): RoundedLine[] {
  const units = new Map(data.units.map((u) => [u.id, u]))
  const projects = new Map(data.projects.map((p) => [p.id, p]))
  const groups = new Map<string, number[]>()
  const facts = data.lines.map((l) => factsOf(l, remember))
  facts.forEach(({ key }, i) => {
    const g = groups.get(key)
    if (g) g.push(i)
    else groups.set(key, [i])
  })
  const wans = new Array<WanCents>(data.lines.length)
  for (const members of groups.values()) {
    const allocated = allocate(data.lines[members[0] as number] as BudgetLine, members.map((i) => (facts[i] as { fen: Fen }).fen), remember)
    members.forEach((i, k) => (wans[i] = allocated[k] as WanCents))
  }
  const out: RoundedLine[] = []
  data.lines.forEach((line, i) => {
    const unit = units.get(line.unitId)
    if (!unit) return
    const { fen, key } = facts[i] as { fen: Fen; key: string }
    out.push({ line, index: i, fen, wan: wans[i] as WanCents, unit, project: line.projectId ? projects.get(line.projectId) : undefined, groupKey: key })
  })
  return out
}
