// previewImport / applyImport: sheets + mapping + base document → what the import would do, and the
// new document only when nothing is wrong (all or nothing; the base document is never changed).
import { mergeOwnCatalog } from '../catalogs/own-catalog'
import type { Catalog, CatalogKind } from '../catalogs/types'
import { CURRENT_SCHEMA_VERSION, DOCUMENT_FORMAT, formatPath, type BudgetDocument } from '../document/envelope'
import { templateYearNotice } from '../document/template-notice'
import { fenToYuanString, yuanToFen } from '../money/money'
import type { Project } from '../model/budget'
import { Comparisons } from '../model/disclosure-inputs'
import { DocumentData, type DocumentDataInput } from '../model/document-data'
import type { UnitType } from '../model/enums'
import type { Unit } from '../model/organization'
import { CODE_KIND_LABELS, type CodeChangeTable } from '../rollover/code-changes'
import { assembleLines, type CarryoverLine, type ContinuingProject, type DuplicateRow, type RowLocation } from './assemble'
import { visibleContent } from './hidden-content'
import { applyIncome, departmentFor, readSheets, sheetReports } from './read-sheets'
import { emptySheetText, type SheetReport } from './template-disclosure'
import type { ColumnMappingInput } from './mapping'
import type { SkippedRow } from './line-rows'
import { applyProjectDrafts, applyUnitDrafts, IdPool, type EntityContext } from './resolve-entities'
import { problemAt, type ImportProblem, type SheetData } from './sheet'
import { applyComparisons } from './template-extras'
import { importPerformanceSheet, type PerformanceImportSummary } from './performance-sheet-read'

/** `'template'`: the app's 导入模板; otherwise one mapping per sheet to read. */
export type ImportMapping = 'template' | ColumnMappingInput | readonly ColumnMappingInput[]

export interface ImportOptions {
  codeChanges?: CodeChangeTable
  /** replace (default): the imported lines replace every line of the base document; append: they are added. */
  lines?: 'replace' | 'append'
  /** Hidden sheets, rows and columns are imported too (the officer confirmed); otherwise reported and left out. */
  includeHidden?: boolean
  /** Types for units a mapped workbook names but the document lacks (default 行政单位, with a warning). */
  newUnitTypes?: Readonly<Record<string, UnitType>>
  /** Without a base document: the budget year (else the 部门 sheet's, else the catalog's). */
  budgetYear?: number
  templateYear?: number
  appVersion?: string
  savedAt?: string
}

export interface UnknownCode {
  kind: CatalogKind
  label: string
  code: string
  rows: RowLocation[]
  /** The name the sheet gave it (added to the document's own catalog). */
  name?: string
}

export interface ImportSummary {
  lines: number
  basicLines: number
  projectLines: number
  /** 元, all imported lines. */
  amount: string
  carryoverAmount: string
}

/** What one sheet brings: its lines, the units and projects they fall on, and its totals in 元. */
export interface SheetImportSummary {
  sheet: string
  lines: number
  basicLines: number
  projectLines: number
  units: number
  projects: number
  amount: string
  carryoverAmount: string
  /** Rows read without a line (合计 rows, amounts of 0, rows with no amount). */
  skipped: number
  errors: number
  warnings: number
}

export interface ImportPreview {
  /** No errors: the import can be applied (warnings are for the officer to confirm). */
  ok: boolean
  rowsOk: number
  problems: ImportProblem[]
  /** What each sheet brings, or that it is empty and imports nothing. */
  sheets: SheetReport[]
  duplicates: DuplicateRow[]
  unknownCodes: UnknownCode[]
  newUnits: Unit[]
  newProjects: Project[]
  carryoverLines: CarryoverLine[]
  continuingProjects: ContinuingProject[]
  /** Base projects that have no line after the import (kept, with their forms). */
  projectsWithoutLines: Project[]
  skipped: SkippedRow[]
  summary: ImportSummary
  /** The template's 绩效目标表: how many project forms it brings and its problems (absent without the sheet). */
  performance?: PerformanceImportSummary
  /** Per sheet read, in workbook order. */
  sheetSummaries: SheetImportSummary[]
  resultingDocument?: BudgetDocument
}

export type ImportOutcome = { ok: true; document: BudgetDocument; preview: ImportPreview } | { ok: false; preview: ImportPreview }

const SEVERITY = { error: 0, warning: 1 } as const

export function previewImport(sheets: readonly SheetData[], mapping: ImportMapping, base: BudgetDocument | undefined, catalog: Catalog, options: ImportOptions = {}): ImportPreview {
  const hidden: ImportProblem[] = []
  const visible = visibleContent(sheets, options.includeHidden === true, hidden)
  const read = readSheets(visible, mapping, catalog, options.codeChanges)
  const problems = read.problems
  for (const p of hidden) problems.push(p)
  const dept = departmentFor(read, base, catalog, options, problems)
  const baseData = base?.data
  const ctx: EntityContext = {
    mode: mapping === 'template' ? 'template' : 'columns',
    budgetYear: dept.budgetYear,
    units: [...(baseData?.units ?? [])],
    projects: [...(baseData?.projects ?? [])],
    problems,
    newUnits: [],
    newProjects: [],
    unitIds: new IdPool(baseData?.units.map((u) => u.id)),
    projectIds: new IdPool(baseData?.projects.map((p) => p.id)),
    ...(options.newUnitTypes ? { newUnitTypes: options.newUnitTypes } : {}),
  }
  const notice = options.templateYear === undefined ? undefined : templateYearNotice(dept.budgetYear, options.templateYear)
  if (notice) problems.push(problemAt({ sheet: '文档', row: 0 }, 'warning', notice))
  applyUnitDrafts(ctx, read.units)
  applyProjectDrafts(ctx, read.projects)
  const append = options.lines === 'append'
  const assembled = assembleLines(ctx, read.lines, append ? (baseData?.lines.map((l) => l.id) ?? []) : [])
  if (!base && ctx.units.length > 0 && !ctx.units.some((u) => u.isHeadUnit)) ctx.units[0] = { ...(ctx.units[0] as Unit), isHeadUnit: true }
  if (ctx.units.length === 0) problems.push(problemAt({ sheet: sheets[0]?.name ?? '', row: 0 }, 'error', '没有任何单位：请在“单位”表中列出单位，或在预算行中填写单位'))

  // Names the sheet gives codes the catalog lacks extend the document's own catalog (issue 17).
  let ownCatalog = baseData?.ownCatalog
  for (const kind of ['functional', 'economicDepartment', 'economicGovernment', 'income'] as const) {
    const named = read.unknownCodes.flatMap((u) => (u.kind === kind && u.name ? [{ code: u.code, name: u.name }] : []))
    if (named.length > 0) ownCatalog = mergeOwnCatalog(catalog, ownCatalog, kind, named, 'imported').own
  }
  const lines = [...(append ? (baseData?.lines ?? []) : []), ...assembled.lines]
  const offset = lines.length - assembled.lines.length
  const usedProjects = new Set(lines.map((l) => l.projectId).filter((id): id is string => id !== undefined))
  const performance = mapping === 'template' ? importPerformanceSheet(visible, ctx.projects, ctx.units, lines, baseData?.performance.projectForms ?? [], problems) : undefined
  let input: DocumentDataInput = {
    ...(baseData ?? {}),
    department: dept,
    units: ctx.units,
    projects: ctx.projects,
    lines,
    ...applyIncome(baseData, read.income),
    comparisons: applyComparisons(baseData?.comparisons ?? Comparisons.parse({}), read.comparisons ?? {}),
    ...(performance ? { performance: { ...(baseData?.performance ?? {}), projectForms: performance.projectForms } } : {}),
    ...(ownCatalog ? { ownCatalog } : {}),
  }
  const sectionContext = { units: ctx.units, projects: ctx.projects, problems }
  for (const section of read.sections) if (section.apply) input = section.apply(input, sectionContext)
  let resulting: BudgetDocument | undefined
  if (!problems.some((p) => p.severity === 'error')) {
    const parsed = DocumentData.safeParse(input)
    if (parsed.success) {
      resulting = base
        ? { ...base, data: parsed.data }
        : { format: DOCUMENT_FORMAT, schemaVersion: CURRENT_SCHEMA_VERSION, appVersion: options.appVersion ?? '', templateYear: options.templateYear ?? dept.budgetYear, savedAt: options.savedAt ?? '', data: parsed.data }
    } else {
      for (const issue of parsed.error.issues) {
        const [head, index] = issue.path
        const source = head === 'lines' && typeof index === 'number' ? assembled.sources[index - offset] : undefined
        problems.push(problemAt(source ? { sheet: source.sheet, row: source.row } : { sheet: '文档', row: 0 }, 'error', `${formatPath(issue.path)}：${issue.message}`))
      }
    }
  }

  const unknown = new Map<string, UnknownCode>()
  for (const u of read.unknownCodes) {
    const key = `${u.kind}|${u.code}`
    const entry = unknown.get(key) ?? { kind: u.kind, label: CODE_KIND_LABELS[u.kind], code: u.code, rows: [], ...(u.name ? { name: u.name } : {}) }
    entry.rows.push({ sheet: u.sheet, row: u.row })
    unknown.set(key, entry)
  }
  const finalProjects = new Map(ctx.projects.map((p) => [p.id, p]))
  const sumFen = (xs: readonly { amount: string }[]) => xs.reduce((a, l) => a + yuanToFen(l.amount), 0)
  const sheetOrder = (name: string) => {
    const i = sheets.findIndex((s) => s.name === name)
    return i < 0 ? sheets.length : i
  }
  const columnOrder = (c: string | undefined) => (c === undefined ? '' : c.padStart(3, ' '))
  problems.sort((a, b) => SEVERITY[a.severity] - SEVERITY[b.severity] || sheetOrder(a.sheet) - sheetOrder(b.sheet) || a.row - b.row || (columnOrder(a.column) < columnOrder(b.column) ? -1 : columnOrder(a.column) > columnOrder(b.column) ? 1 : 0))
  const hasErrors = problems.some((p) => p.severity === 'error')
  const mapped = new Set(mapping === 'template' ? [] : (Array.isArray(mapping) ? (mapping as readonly ColumnMappingInput[]) : [mapping as ColumnMappingInput]).map((m) => m.sheet))
  // The template's sheets are listed by what they bring (`sheets`); a mapped import, by its lines.
  const perSheet = mapping === 'template' ? [] : sheets
    .map((sheet): SheetImportSummary => {
      const name = sheet.name
      const own = assembled.lines.filter((_, i) => assembled.sources[i]?.sheet === name)
      const mine = problems.filter((p) => p.sheet === name)
      return {
        sheet: name,
        lines: own.length,
        basicLines: own.filter((l) => l.kind === 'basic').length,
        projectLines: own.filter((l) => l.kind === 'project').length,
        units: new Set(own.map((l) => l.unitId)).size,
        projects: new Set(own.flatMap((l) => (l.projectId === undefined ? [] : [l.projectId]))).size,
        amount: fenToYuanString(sumFen(own)),
        carryoverAmount: fenToYuanString(sumFen(own.filter((l) => l.period === 'carryover'))),
        skipped: read.skipped.filter((r) => r.sheet === name).length,
        errors: mine.filter((p) => p.severity === 'error').length,
        warnings: mine.filter((p) => p.severity === 'warning').length,
      }
    })
    .filter((s) => mapped.has(s.sheet) || s.lines > 0 || s.errors + s.warnings + s.skipped > 0)
  return {
    ok: !hasErrors && resulting !== undefined,
    rowsOk: assembled.lines.length,
    problems,
    sheets: withPerformanceReport(sheetReports(sheets, read, mapping), performance?.summary, sheets),
    duplicates: assembled.duplicates,
    unknownCodes: [...unknown.values()],
    newUnits: ctx.newUnits.map((u) => ctx.units.find((x) => x.id === u.id) ?? u),
    newProjects: ctx.newProjects.map((p) => finalProjects.get(p.id) ?? p),
    carryoverLines: assembled.carryoverLines,
    continuingProjects: assembled.continuingProjects,
    projectsWithoutLines: ctx.projects.filter((p) => !usedProjects.has(p.id) && baseData?.projects.some((b) => b.id === p.id)),
    skipped: read.skipped,
    summary: {
      lines: assembled.lines.length,
      basicLines: assembled.lines.filter((l) => l.kind === 'basic').length,
      projectLines: assembled.lines.filter((l) => l.kind === 'project').length,
      amount: fenToYuanString(sumFen(assembled.lines)),
      carryoverAmount: fenToYuanString(sumFen(assembled.carryoverLines)),
    },
    ...(performance ? { performance: performance.summary } : {}),
    sheetSummaries: perSheet,
    ...(resulting && !hasErrors ? { resultingDocument: resulting } : {}),
  }
}

/** The 绩效目标表 joins the per-sheet list in its workbook position. */
function withPerformanceReport(reports: SheetReport[], summary: ImportPreview['performance'], sheets: readonly SheetData[]): SheetReport[] {
  if (!summary) return reports
  const report: SheetReport = summary.forms > 0 ? { sheet: summary.sheet, text: `《${summary.sheet}》：${summary.forms}张绩效目标表`, empty: false } : { sheet: summary.sheet, text: emptySheetText(summary.sheet), empty: true }
  const order = (name: string) => sheets.findIndex((s) => s.name === name)
  return [...reports, report].sort((a, b) => order(a.sheet) - order(b.sheet))
}

/** The new document when the preview has no errors; otherwise nothing is applied. */
export function applyImport(sheets: readonly SheetData[], mapping: ImportMapping, base: BudgetDocument | undefined, catalog: Catalog, options: ImportOptions = {}): ImportOutcome {
  const preview = previewImport(sheets, mapping, base, catalog, options)
  return preview.ok && preview.resultingDocument ? { ok: true, document: preview.resultingDocument, preview } : { ok: false, preview }
}
