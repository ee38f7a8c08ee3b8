// Atomic lines → lines rounded to 0.01万元 inside their rounding groups (domain-core issue §3):
// one group per (project, period) and one per (unit, fund source, 基本支出, period).
import { allocateGroup } from '../money/rounding'
import { sameValues } from './same-values'
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

function allocate(first: BudgetLine, fens: Fen[], remember: boolean): WanCents[] {
  if (!remember) return allocateGroup(fens)
  const last = lastAllocation.get(first)
  if (last && sameValues(last.fens, fens)) return last.wans
  const wans = allocateGroup(fens)
  lastAllocation.set(first, { fens, wans })
  return wans
}

/** One rounding of a document's lines, with what an edit of a few lines needs to redo only their groups. */
export interface Rounding {
  data: DocumentData
  lines: RoundedLine[]
  /** Where each line of `data.lines` is in `lines`; -1 for a line left out (unknown unit). */
  at: number[]
  facts: { fen: Fen; key: string }[]
  /** Line indexes of each rounding group, in line order. */
  groups: Map<string, number[]>
}

function roundAll(data: DocumentData, remember: boolean): Rounding {
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
  const at: number[] = []
  data.lines.forEach((line, i) => {
    const unit = units.get(line.unitId)
    if (!unit) {
      at.push(-1)
      return
    }
    const { fen, key } = facts[i] as { fen: Fen; key: string }
    at.push(out.length)
    out.push({ line, index: i, fen, wan: wans[i] as WanCents, unit, project: line.projectId ? projects.get(line.projectId) : undefined, groupKey: key })
  })
  return { data, lines: out, at, facts, groups }
}

/**
 * Rounds every line of the document; lines referring to unknown units are skipped (the loader
 * refuses them). `remember` reuses per-line facts and unchanged groups from earlier calls: only for
 * callers whose lines are never changed in place (the renderer's immutable drafts).
 */
export function roundLines(data: DocumentData, remember = false): RoundedLine[] {
  return roundAll(data, remember).lines
}

export function rounding(data: DocumentData, remember = false): Rounding {
  return roundAll(data, remember)
}

/** The last item with the id, as a Map built from the list finds it. */
function lastWithId<T extends { id: string }>(list: readonly T[], id: string): T | undefined {
  for (let i = list.length - 1; i >= 0; i--) if ((list[i] as T).id === id) return list[i]
  return undefined
}

/** Beyond this many replaced lines an edit is rounded from scratch (a paste, an import). */
const MAX_CHANGED_LINES = 64

/**
 * A few lines added or removed (a line whose amount stops or starts parsing leaves or joins the
 * analysed copy): the lines are rounded again, reusing each unchanged group's allocation, and
 * `changed` names only the lines whose money, unit, project or group changed, or that came or went.
 * A line that only moved (its index shifted) is not changed for the tables, which never read the
 * index. Undefined when more than a few lines differ.
 */
function roundResized(data: DocumentData, last: Rounding): { rounding: Rounding; changed: RoundedLine[] } | undefined {
  const next = data.lines
  const prev = last.data.lines
  let head = 0
  const shorter = Math.min(next.length, prev.length)
  while (head < shorter && next[head] === prev[head]) head++
  let tail = 0
  while (tail < shorter - head && next[next.length - 1 - tail] === prev[prev.length - 1 - tail]) tail++
  const gone = prev.length - head - tail
  const came = next.length - head - tail
  if (gone + came > MAX_CHANGED_LINES) return undefined
  const delta = came - gone
  // Per line of `next`: its facts; the groups of the lines that came or went are allocated again.
  const added = next.slice(head, head + came).map((l) => factsOf(l as BudgetLine, true))
  const facts = [...last.facts.slice(0, head), ...added, ...last.facts.slice(prev.length - tail)]
  const touched = new Set<string>()
  for (let i = head; i < head + gone; i++) touched.add((last.facts[i] as { key: string }).key)
  for (const f of added) touched.add(f.key)
  const groups = new Map<string, number[]>()
  facts.forEach(({ key }, i) => {
    const g = groups.get(key)
    if (g) g.push(i)
    else groups.set(key, [i])
  })
  const wans = new Map<number, WanCents>()
  for (const key of touched) {
    const members = groups.get(key)
    if (!members) continue
    const allocated = allocate(next[members[0] as number] as BudgetLine, members.map((i) => (facts[i] as { fen: Fen }).fen), true)
    members.forEach((i, k) => wans.set(i, allocated[k] as WanCents))
  }
  const lines: RoundedLine[] = []
  const at: number[] = []
  const changed: RoundedLine[] = []
  const place = (line: BudgetLine, i: number, old: RoundedLine | undefined) => {
    const { fen, key } = facts[i] as { fen: Fen; key: string }
    const unit = old?.unit ?? lastWithId(data.units, line.unitId)
    if (!unit) {
      at.push(-1)
      return
    }
    // Every line of an untouched group was placed before, with its unit (the units are the same).
    const wan = wans.get(i) ?? (old as RoundedLine).wan
    at.push(lines.length)
    if (old && old.index === i && old.wan === wan) {
      lines.push(old)
      return
    }
    const project = old ? old.project : line.projectId ? lastWithId(data.projects, line.projectId) : undefined
    const fresh: RoundedLine = { line, index: i, fen, wan, unit, project, groupKey: key }
    lines.push(fresh)
    // A line that only moved is the same to the tables, which never read the index.
    if (!old) changed.push(fresh)
    else if (old.wan !== wan) changed.push(old, fresh)
  }
  const oldAt = (j: number) => (last.at[j] === -1 ? undefined : last.lines[last.at[j] as number])
  for (let i = 0; i < head; i++) place(next[i] as BudgetLine, i, oldAt(i))
  for (let i = head; i < head + came; i++) place(next[i] as BudgetLine, i, undefined)
  for (let j = head; j < head + gone; j++) {
    const old = oldAt(j)
    if (old) changed.push(old)
  }
  for (let j = prev.length - tail; j < prev.length; j++) {
    const i = j + delta
    const old = oldAt(j)
    if (old) place(next[i] as BudgetLine, i, old)
    else place(next[i] as BudgetLine, i, undefined)
  }
  return { rounding: { data, lines, at, facts, groups }, changed }
}

/**
 * The rounding of `data` from the rounding of an earlier version of it, when only a few line
 * objects were replaced and each stays in its rounding group: only those groups are allocated
 * again, and every other rounded line is the earlier object. `changed` holds the rounded lines
 * that differ, earlier and new versions both. A few lines added or removed go to roundResized.
 * Undefined when the edit is larger (units, projects, many lines, a line moved to another group):
 * the caller rounds from scratch. Immutable data only.
 */
export function roundEdited(data: DocumentData, last: Rounding): { rounding: Rounding; changed: RoundedLine[] } | undefined {
  if (data.units !== last.data.units || data.projects !== last.data.projects) return undefined
  const next = data.lines
  const prev = last.data.lines
  if (next.length !== prev.length) return roundResized(data, last)
  const edited: number[] = []
  for (let i = 0; i < next.length; i++) {
    if (next[i] === prev[i]) continue
    edited.push(i)
    if (edited.length > MAX_CHANGED_LINES) return undefined
  }
  const facts = last.facts.slice()
  const groups = new Set<string>()
  const placed = new Map<number, { unit: Unit; project: Project | undefined }>()
  for (const i of edited) {
    const line = next[i] as BudgetLine
    const f = factsOf(line, true)
    if (f.key !== (facts[i] as { key: string }).key) return undefined
    const unit = lastWithId(data.units, line.unitId)
    // A line that joins or leaves the rounded lines shifts the others: round from scratch.
    if ((unit === undefined) !== (last.at[i] === -1)) return undefined
    if (unit) placed.set(i, { unit, project: line.projectId ? lastWithId(data.projects, line.projectId) : undefined })
    facts[i] = f
    groups.add(f.key)
  }
  const lines = last.lines.slice()
  const changed: RoundedLine[] = []
  for (const key of groups) {
    const members = last.groups.get(key) as number[]
    const wans = allocate(next[members[0] as number] as BudgetLine, members.map((i) => (facts[i] as { fen: Fen }).fen), true)
    members.forEach((i, k) => {
      const o = last.at[i] as number
      if (o < 0) return
      const old = lines[o] as RoundedLine
      const line = next[i] as BudgetLine
      const wan = wans[k] as WanCents
      if (old.line === line && old.wan === wan) return
      const { unit, project } = placed.get(i) ?? old
      const { fen } = facts[i] as { fen: Fen }
      const fresh: RoundedLine = { line, index: i, fen, wan, unit, project, groupKey: key }
      lines[o] = fresh
      changed.push(old, fresh)
    })
  }
  return { rounding: { data, lines, at: last.at, facts, groups: last.groups }, changed }
}
