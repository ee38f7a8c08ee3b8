// The draft → data the core can analyse. The same zod schemas that check a file on load check every
// row and form here (architecture rule 4); what does not parse is reported with its path into the
// draft and left out of (or replaced by a placeholder in) the analysed copy, so the checks, tables
// and totals keep running while the officer types. Nothing in the draft itself is changed.
import type { z } from 'zod'
import { BudgetLine, ControlTotal, IncomeEntry, Project } from '../../../core/model/budget'
import { Assets, Attachment, Comparisons, OtherNotes, OverallFiling, Overview, ProcurementItem } from '../../../core/model/disclosure-inputs'
import { checkDocumentReferences, DocumentDataShape, Settings, type DocumentData } from '../../../core/model/document-data'
import { Department, Unit } from '../../../core/model/organization'
import { Performance } from '../../../core/model/performance'
import { OwnCatalog } from '../../../core/model/own-catalog'
import { inputText } from '../text/zh-CN-input'
import { createParseCaches, parseList, parseRow, relativeIssues, repairCached, type ParseCaches, type Path, type RelativeIssue } from './parse-cache'

const t = inputText.draft

export type { Path } from './parse-cache'

export interface InputIssue {
  path: Path
  message: string
}

export const LIST_KEYS = ['lines', 'projects', 'fundIncome', 'stateCapitalIncome', 'controlTotals', 'procurement', 'attachments'] as const
export type ListKey = (typeof LIST_KEYS)[number]

export interface ValidatedDraft {
  /** The analysable copy, or null when there is nothing to analyse (no unit). */
  data: DocumentData | null
  issues: InputIssue[]
  /** For each list: index in `data` → index in the draft. */
  indexMaps: Record<ListKey, number[]>
}

const LIST_SCHEMAS: Record<ListKey, z.ZodType> = {
  lines: BudgetLine,
  projects: Project,
  fundIncome: IncomeEntry,
  stateCapitalIncome: IncomeEntry,
  controlTotals: ControlTotal,
  procurement: ProcurementItem,
  attachments: Attachment,
}

const SECTION_SCHEMAS = { comparisons: Comparisons, assets: Assets, overview: Overview, otherNotes: OtherNotes, overallFiling: OverallFiling, performance: Performance, settings: Settings } as const

type Loose = Record<string, unknown>

// One empty list for every validation: the incremental derivation rebuilds only the tables of the
// edited lines while every other part of the data is the same object as last time (derive.ts).
const NO_UNIT_INPUTS: DocumentData['unitInputs'] = Object.freeze([]) as unknown as DocumentData['unitInputs']

const at = (base: Path, issues: readonly RelativeIssue[]): InputIssue[] => issues.map((i) => ({ path: [...base, ...i.path], message: i.message }))

function withoutLeaf(value: unknown, path: Path): unknown {
  if (path.length === 0 || typeof value !== 'object' || value === null) return value
  const [head, ...rest] = path as [string | number, ...Path]
  if (Array.isArray(value)) {
    if (typeof head !== 'number') return value
    return rest.length === 0 ? value.filter((_, i) => i !== head) : value.map((v, i) => (i === head ? withoutLeaf(v, rest) : v))
  }
  const copy: Loose = { ...(value as Loose) }
  if (rest.length === 0) delete copy[String(head)]
  else copy[String(head)] = withoutLeaf(copy[String(head)], rest)
  return copy
}

/** Parses an object section; invalid leaves are dropped (their defaults apply) until it parses. */
function repairSection(schema: z.ZodType, value: unknown): { data: unknown; issues: RelativeIssue[] } {
  let current: unknown = value ?? {}
  let issues: RelativeIssue[] = []
  for (let pass = 0; pass < 20; pass++) {
    const r = schema.safeParse(current)
    if (r.success) return { data: r.data, issues }
    if (pass === 0) issues = relativeIssues(r.error)
    for (const issue of [...r.error.issues].reverse()) current = withoutLeaf(current, issue.path as Path)
  }
  return { data: schema.parse({}), issues }
}

function repairObject<T>(caches: ParseCaches, schema: z.ZodType<T>, value: unknown, placeholder: Loose, base: Path, issues: InputIssue[]): T | null {
  const first = parseRow(caches, schema, value)
  if (first.ok) return first.data as T
  issues.push(...at(base, first.issues))
  const copy: Loose = { ...(typeof value === 'object' && value !== null ? (value as Loose) : {}) }
  for (const issue of first.issues) {
    const key = issue.path[0]
    if (key === undefined) continue
    if (String(key) in placeholder) copy[String(key)] = placeholder[String(key)]
    else delete copy[String(key)]
  }
  const second = schema.safeParse(copy)
  return second.success ? second.data : null
}

function departmentPlaceholder(year: number): Loose {
  return { displayName: t.departmentPlaceholder, plainName: t.departmentPlaceholder, code: '000', level: 'county', regionName: t.regionPlaceholder, budgetYear: year }
}

// The parsed units, kept while the draft's unit list is the same array: the rules that read the
// units (and the tables' context) see the same object and are not run again after a budget line edit.
const unitLists = new WeakMap<ParseCaches, { draft: readonly unknown[]; units: (Unit | null)[]; issues: InputIssue[] }>()

function parseUnits(caches: ParseCaches, draftUnits: readonly unknown[], issues: InputIssue[]): (Unit | null)[] {
  const last = unitLists.get(caches)
  if (last && last.draft === draftUnits) {
    issues.push(...last.issues)
    return last.units
  }
  const own: InputIssue[] = []
  const units = draftUnits.map((u, i) => repairObject(caches, Unit, u, { name: t.unnamedUnit(i + 1), code: '', type: 'administrative', isHeadUnit: false }, ['units', i], own))
  unitLists.set(caches, { draft: draftUnits, units, issues: own })
  issues.push(...own)
  return units
}

const SHAPE_KEYS = Object.keys(DocumentDataShape.shape)
const defaultCaches = createParseCaches()

/**
 * `caches` remember parsed rows and sections between calls (see parse-cache.ts); a fresh set gives
 * the same result, computed from scratch.
 */
export function validateDraft(draft: DocumentData, templateYear: number, caches: ParseCaches = defaultCaches): ValidatedDraft {
  const issues: InputIssue[] = []
  const indexMaps = Object.fromEntries(LIST_KEYS.map((k) => [k, [] as number[]])) as Record<ListKey, number[]>
  const department =
    repairObject(caches, Department, draft.department, departmentPlaceholder(templateYear), ['department'], issues) ?? Department.parse(departmentPlaceholder(templateYear))
  const units = parseUnits(caches, draft.units ?? [], issues)
  if (units.length === 0) issues.push({ path: ['units'], message: t.noUnit })
  const lists = {} as Record<ListKey, unknown[]>
  for (const key of LIST_KEYS) {
    const parsed = parseList(caches, key, LIST_SCHEMAS[key], (draft[key] ?? []) as unknown[])
    lists[key] = parsed.parsed
    indexMaps[key] = parsed.indexes
    issues.push(...at([key], parsed.issues))
  }
  // A line whose unit or project was left out cannot be placed in any table.
  const unitIds = new Set(units.flatMap((u) => (u ? [u.id] : [])))
  const projectUnits = new Map((lists.projects as Project[]).map((p) => [p.id, p.unitId]))
  const keptLines: unknown[] = []
  const keptMap: number[] = []
  ;(lists.lines as BudgetLine[]).forEach((l, k) => {
    const draftIndex = indexMaps.lines[k] as number
    if (!unitIds.has(l.unitId)) issues.push({ path: ['lines', draftIndex, 'unitId'], message: t.badUnit })
    else if (l.projectId !== undefined && !projectUnits.has(l.projectId)) issues.push({ path: ['lines', draftIndex, 'projectId'], message: t.badProject })
    else if (l.projectId !== undefined && projectUnits.get(l.projectId) !== l.unitId) issues.push({ path: ['lines', draftIndex, 'unitId'], message: t.unitMismatch })
    else {
      keptLines.push(l)
      keptMap.push(draftIndex)
      return
    }
  })
  // Every line kept: the parsed list itself, so its identity lasts while the lines are unchanged.
  if (keptLines.length !== lists.lines.length) {
    lists.lines = keptLines
    indexMaps.lines = keptMap
  }
  const sections: Loose = {}
  for (const [key, schema] of Object.entries(SECTION_SCHEMAS)) {
    const value = (draft as unknown as Loose)[key]
    const r = repairCached(caches, schema, value, () => repairSection(schema, value))
    sections[key] = r.data
    issues.push(...at([key], r.issues))
  }
  if (units.length === 0 || units.some((u) => u === null)) return { data: null, issues, indexMaps }
  const heads = units.filter((u) => u?.isHeadUnit).length
  const fixedUnits = heads > 1 ? units.map((u, i) => ({ ...u, isHeadUnit: i === units.findIndex((x) => x?.isHeadUnit) })) : units
  // Every part is parsed output already; what DocumentData adds is its cross-references, checked
  // here on their own instead of re-parsing the whole document. 单位预算公开 inputs are not analysed live.
  // The document's own code names (tables print them); a broken list is reported and left out.
  const own = draft.ownCatalog === undefined ? undefined : parseRow(caches, OwnCatalog, draft.ownCatalog)
  if (own && !own.ok) issues.push(...own.issues.map((i) => ({ path: ['ownCatalog', ...i.path], message: i.message })))
  const assembled: Loose = { department, units: fixedUnits, ...lists, ...sections, unitInputs: NO_UNIT_INPUTS, ...(own?.ok ? { ownCatalog: own.data } : {}) }
  const data = Object.fromEntries(SHAPE_KEYS.filter((k) => k in assembled).map((k) => [k, assembled[k]])) as DocumentData
  const crossIssues: RelativeIssue[] = []
  checkDocumentReferences(data, { addIssue: (i) => crossIssues.push({ path: i.path, message: i.message }) })
  if (crossIssues.length === 0) {
    if (heads > 1) issues.push({ path: ['units'], message: t.twoHeads(heads) })
    return { data, issues, indexMaps }
  }
  for (const issue of crossIssues) {
    const [key, index, ...rest] = issue.path
    const map = typeof key === 'string' && typeof index === 'number' ? indexMaps[key as ListKey] : undefined
    issues.push({ path: map && typeof index === 'number' ? [key as string, map[index] ?? index, ...rest] : issue.path, message: issue.message })
  }
  return { data: null, issues, indexMaps }
}

/** A core finding's path into the analysed copy → the same place in the draft. */
export function toDraftPath(path: Path | undefined, maps: Record<ListKey, number[]>): Path | undefined {
  if (!path) return path
  const [key, index, ...rest] = path
  if (typeof key !== 'string' || typeof index !== 'number' || !(LIST_KEYS as readonly string[]).includes(key)) return path
  return [key, maps[key as ListKey][index] ?? index, ...rest]
}
