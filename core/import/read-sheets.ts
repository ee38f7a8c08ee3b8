// Which sheets an import reads and what they say, before anything is resolved against the document.
import type { Catalog } from '../catalogs/types'
import type { BudgetDocument } from '../document/envelope'
import type { IncomeEntry } from '../model/budget'
import type { DocumentData } from '../model/document-data'
import type { Department } from '../model/organization'
import type { CodeChangeTable } from '../rollover/code-changes'
import { parseLineSheet, type LineDraft, type LineField, type SkippedRow, type UnknownCodeUse } from './line-rows'
import { ColumnMapping, type ColumnMappingInput } from './mapping'
import { normalizeHeader, problemAt, type ImportProblem, type SheetData } from './sheet'
import { readComparisonRows, readDepartmentRows, readIncomeRows, type ComparisonDraft, type DepartmentDraft, type IncomeDraft } from './template-extras'
import { lineSpecOf, locateTemplateSheet, readProjectRows, readUnitRows, type ProjectDraft, type UnitDraft } from './template-sheets'
import { emptySheetText, TEMPLATE_SECTIONS, type SectionRead, type SheetReport } from './template-disclosure'
import { TEMPLATE_SHEETS } from './template-layout'

export interface ReadSheets {
  department?: DepartmentDraft
  departmentSheet?: string
  units: UnitDraft[]
  projects: ProjectDraft[]
  lines: LineDraft[]
  comparisons?: ComparisonDraft
  income?: IncomeDraft[]
  /** The disclosure sections (政府采购, 国有资产, 概况, 其他说明 …), applied once units are resolved. */
  sections: SectionRead[]
  problems: ImportProblem[]
  unknownCodes: UnknownCodeUse[]
  skipped: SkippedRow[]
}

/** True when the workbook has the template's line sheets (基本支出 or 项目支出明细). */
export function isImportTemplate(sheets: readonly SheetData[]): boolean {
  const names = new Set(sheets.map((s) => s.name.trim()))
  return names.has(TEMPLATE_SHEETS.basic.name) || names.has(TEMPLATE_SHEETS.projectLines.name)
}

export function readSheets(sheets: readonly SheetData[], mapping: 'template' | ColumnMappingInput | readonly ColumnMappingInput[], catalog: Catalog, changes?: CodeChangeTable): ReadSheets {
  const out: ReadSheets = { units: [], projects: [], lines: [], sections: [], problems: [], unknownCodes: [], skipped: [] }
  const addLines = (parsed: ReturnType<typeof parseLineSheet>) => {
    // No argument spreading: a sheet of 150 000 rows would overflow the call stack.
    for (const d of parsed.drafts) out.lines.push(d)
    for (const p of parsed.problems) out.problems.push(p)
    for (const u of parsed.unknownCodes) out.unknownCodes.push(u)
    for (const s of parsed.skipped) out.skipped.push(s)
  }
  if (mapping === 'template') {
    const p = out.problems
    if (!isImportTemplate(sheets)) {
      p.push(problemAt({ sheet: sheets[0]?.name ?? '', row: 0 }, 'error', '这不是本程序的导入模板（没有找到“基本支出”或“项目支出明细”工作表）；请改用列对应导入'))
      return out
    }
    const dept = locateTemplateSheet(sheets, 'department', p)
    if (dept) {
      out.department = readDepartmentRows(dept, p)
      out.departmentSheet = dept.sheet.name
    }
    const units = locateTemplateSheet(sheets, 'units', p)
    if (units) out.units = readUnitRows(units, p)
    const projects = locateTemplateSheet(sheets, 'projects', p)
    if (projects) out.projects = readProjectRows(projects, p)
    const basic = locateTemplateSheet(sheets, 'basic', p)
    if (basic) addLines(parseLineSheet(lineSpecOf(basic, 'basic'), catalog, changes))
    const projectLines = locateTemplateSheet(sheets, 'projectLines', p)
    if (projectLines) addLines(parseLineSheet(lineSpecOf(projectLines, 'project'), catalog, changes))
    const comparisons = locateTemplateSheet(sheets, 'comparisons', p)
    if (comparisons) out.comparisons = readComparisonRows(comparisons, p)
    const income = locateTemplateSheet(sheets, 'income', p)
    if (income) {
      const rows = readIncomeRows(income, catalog, changes, p, out.unknownCodes)
      if (rows.length > 0) out.income = rows
    }
    for (const section of TEMPLATE_SECTIONS) out.sections.push(section.read(sheets, p))
    return out
  }
  const mappings = Array.isArray(mapping) ? (mapping as readonly ColumnMappingInput[]) : [mapping as ColumnMappingInput]
  for (const m of mappings) {
    const parsed = ColumnMapping.safeParse(m)
    if (!parsed.success) {
      for (const issue of parsed.error.issues) out.problems.push(problemAt({ sheet: m.sheet, row: 0 }, 'error', `列对应设置有误：${issue.message}`))
      continue
    }
    const sheet = sheets.find((s) => s.name === parsed.data.sheet)
    if (!sheet) {
      out.problems.push(problemAt({ sheet: parsed.data.sheet, row: 0 }, 'error', `工作簿中没有名为“${parsed.data.sheet}”的工作表`))
      continue
    }
    const { columns, amountUnit, defaults, headerRow } = parsed.data
    addLines(parseLineSheet({ sheet, headerRow, columns: columns as Partial<Record<LineField, number>>, amountUnit, defaults }, catalog, changes))
  }
  return out
}

/** What each sheet brings, in workbook order: the template's sheets (each, even when empty) or each mapped sheet. */
export function sheetReports(sheets: readonly SheetData[], read: ReadSheets, mapping: 'template' | ColumnMappingInput | readonly ColumnMappingInput[]): SheetReport[] {
  const linesBySheet = new Map<string, number>()
  for (const d of read.lines) linesBySheet.set(d.sheet, (linesBySheet.get(d.sheet) ?? 0) + 1)
  const reports: SheetReport[] = []
  const add = (name: string, text: string | undefined) => reports.push(text === undefined ? { sheet: name, text: emptySheetText(name), empty: true } : { sheet: name, text: `《${name}》：${text}`, empty: false })
  const named = (id: keyof typeof TEMPLATE_SHEETS) => sheets.find((s) => normalizeHeader(s.name) === normalizeHeader(TEMPLATE_SHEETS[id].name))?.name
  if (mapping !== 'template') {
    for (const s of sheets) if (linesBySheet.has(s.name)) add(s.name, `${linesBySheet.get(s.name)}行预算`)
    return reports
  }
  const department = named('department')
  const filledItems = Object.values(read.department ?? {}).filter((v) => v !== undefined).length
  if (department) add(department, filledItems > 0 ? `部门信息${filledItems}项` : undefined)
  const units = named('units')
  if (units) add(units, read.units.length > 0 ? `${read.units.length}个单位` : undefined)
  const basic = named('basic')
  if (basic) reports.push({ sheet: basic, text: `《${basic}》：${linesBySheet.get(basic) ?? 0}行预算`, empty: !linesBySheet.has(basic) })
  const projects = named('projects')
  if (projects) add(projects, read.projects.length > 0 ? `${read.projects.length}个项目` : undefined)
  const projectLines = named('projectLines')
  if (projectLines) reports.push({ sheet: projectLines, text: `《${projectLines}》：${linesBySheet.get(projectLines) ?? 0}行预算`, empty: !linesBySheet.has(projectLines) })
  const comparisons = named('comparisons')
  const c = read.comparisons ?? {}
  const filled = Object.values(c).filter((e) => typeof e === 'object' && (e.prior !== undefined || e.reason !== undefined)).length + (c.officeOperationComparison !== undefined ? 1 : 0)
  if (comparisons) add(comparisons, filled > 0 ? `上年数及变动原因${filled}项` : undefined)
  const income = named('income')
  if (income) add(income, read.income ? `${read.income.length}行收入` : undefined)
  for (const s of read.sections) for (const r of s.reports) reports.push(r)
  const order = (name: string) => sheets.findIndex((s) => s.name === name)
  return reports.sort((a, b) => order(a.sheet) - order(b.sheet))
}

const PLACEHOLDER_REGION = '未填写'
const PLACEHOLDER_NAME = '未命名部门'

/** The department of the result: the base's with the 部门 sheet's filled cells on top, or a new one. */
export function departmentFor(read: ReadSheets, base: BudgetDocument | undefined, catalog: Catalog, options: { budgetYear?: number }, problems: ImportProblem[]): Department {
  const d = read.department ?? {}
  const where = { sheet: read.departmentSheet ?? TEMPLATE_SHEETS.department.name, row: 0 }
  const filled = Object.fromEntries(Object.entries(d).filter(([, v]) => v !== undefined)) as Partial<Department>
  if (base) {
    const year = base.data.department.budgetYear
    if (d.budgetYear !== undefined && d.budgetYear !== year) problems.push(problemAt(where, 'error', `模板的预算年度为${d.budgetYear}年，与当前文档的${year}年不一致`))
    return { ...base.data.department, ...filled, budgetYear: year }
  }
  const budgetYear = d.budgetYear ?? options.budgetYear ?? catalog.year
  const firstUnit = read.units[0]?.name ?? read.lines.find((l) => l.unit !== '')?.unit
  const name = d.displayName ?? d.plainName ?? firstUnit ?? PLACEHOLDER_NAME
  const missing = [!d.displayName && !d.plainName && '部门名称', !d.code && '主管部门代码', !d.level && '级次', !d.regionName && '市/县名称'].filter(Boolean)
  if (missing.length > 0) problems.push(problemAt(where, 'warning', `未提供${missing.join('、')}，已暂填（部门名称暂用“${name}”），请在“单位与部门”一步中补充`))
  return {
    displayName: d.displayName ?? name,
    plainName: d.plainName ?? d.displayName ?? name,
    code: d.code ?? '000',
    level: d.level ?? 'county',
    regionName: d.regionName ?? PLACEHOLDER_REGION,
    budgetYear,
    ...(d.approvalDate ? { approvalDate: d.approvalDate } : {}),
    ...(d.publicationDate ? { publicationDate: d.publicationDate } : {}),
  }
}

/** 表7/表9 income: the template's rows replace the base's lists; without rows the base's are kept. */
export function applyIncome(base: DocumentData | undefined, rows: readonly IncomeDraft[] | undefined): { fundIncome: IncomeEntry[]; stateCapitalIncome: IncomeEntry[] } {
  if (!rows) return { fundIncome: base?.fundIncome ?? [], stateCapitalIncome: base?.stateCapitalIncome ?? [] }
  const used = new Set<string>(rows.map((r) => r.id).filter((id): id is string => id !== undefined))
  const entry = (r: IncomeDraft, prefix: string): IncomeEntry => {
    let id = r.id ?? `${prefix}-${r.incomeCode}`
    for (let n = 2; r.id === undefined && used.has(id); n++) id = `${prefix}-${r.incomeCode}-${n}`
    used.add(id)
    return { id, incomeCode: r.incomeCode, ...(r.name ? { name: r.name } : {}), amount: r.amount }
  }
  return {
    fundIncome: rows.filter((r) => r.kind === 'fund').map((r) => entry(r, 'fi')),
    stateCapitalIncome: rows.filter((r) => r.kind === 'state-capital').map((r) => entry(r, 'sci')),
  }
}

/** The 预算年度 written on the template's 部门 sheet, if any (the CLI needs the year to pick a catalog). */
export function templateBudgetYear(sheets: readonly SheetData[]): number | undefined {
  const located = locateTemplateSheet(sheets, 'department', [])
  return located ? readDepartmentRows(located, []).budgetYear : undefined
}
