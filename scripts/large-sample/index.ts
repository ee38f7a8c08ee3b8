// The large department (the scale issue): 150 units of every type, 3,000 basic lines, 600 projects
// each with its 绩效目标表, 政府性基金 and 上年结转 money, built deterministically from a seed with
// codes of the shipped catalogs only. `scripts/make-large-sample.ts` writes it to a file; the
// benchmark, the PDF tests and the screen measurement build it in memory.
import { namesFromCatalog } from '../../core/calc/catalog-names'
import { derive } from '../../core/calc/derive'
import type { Catalog } from '../../core/catalogs/types'
import { CURRENT_SCHEMA_VERSION, DOCUMENT_FORMAT, serializeDocument, type BudgetDocument } from '../../core/document/envelope'
import { DocumentData, type DocumentDataInput } from '../../core/model/document-data'
import { loadCatalog } from '../../electron/main/templates/catalog-loader'
import { basicLines, projectLines, projects, PROJECTS_PER_UNIT } from './budget'
import { fenToYuanString, wanCentsToFen } from '../../core/money/money'
import { assets, comparisons, fundIncome, OVERVIEW, procurement } from './disclosure'
import { overallForm, projectForms } from './forms'
import { department, units } from './organization'
import { seededRandom } from './random'

export const LARGE = { units: 150, basicLinesPerUnit: 20, projectsPerUnit: PROJECTS_PER_UNIT, budgetYear: 2026, seed: 20260301 } as const
export const LARGE_COUNTS = { units: LARGE.units, basicLines: LARGE.units * LARGE.basicLinesPerUnit, projects: LARGE.units * LARGE.projectsPerUnit } as const

/** Fixed envelope fields: the same bytes on every run. */
export const LARGE_APP_VERSION = 'large-sample'
export const LARGE_SAVED_AT = '2026-01-15T08:00:00.000Z'

export function largeDepartmentData(catalog: Catalog = loadCatalog(LARGE.budgetYear)): DocumentData {
  const random = seededRandom(LARGE.seed)
  const unitList = units(LARGE.units, random)
  const basic = basicLines(unitList, random)
  const projectList = projects(unitList, random)
  const lines = [...basic, ...projectLines(unitList, projectList, random, basic.length + 1)]
  const input: DocumentDataInput = {
    department: department(LARGE.budgetYear),
    units: unitList,
    lines,
    projects: projectList,
    procurement: procurement(unitList, random),
    assets: assets(LARGE.budgetYear, unitList.length),
    overview: OVERVIEW,
    otherNotes: { purchaseServiceCatalog: '本部门政府购买服务指导性目录详见附件。', other: '' },
    performance: { overall: overallForm(unitList.length), projectForms: projectForms(projectList, lines, random) },
    settings: { roundingFootnote: true },
  }
  // Income and prior-year figures are read off this year's derivation, as an officer would copy them.
  const draft = derive(DocumentData.parse(input), namesFromCatalog(catalog))
  // 整体绩效: every unit files one; the amount is the department's whole budget (表1 支出总计).
  const overallFiling = { unitCount: unitList.length, amount: fenToYuanString(draft.lines.reduce((s, l) => s + wanCentsToFen(l.wan), 0)) }
  return DocumentData.parse({ ...input, fundIncome: fundIncome(draft), comparisons: comparisons(draft, random), overallFiling })
}

export function largeDepartment(catalog?: Catalog): BudgetDocument {
  return { format: DOCUMENT_FORMAT, schemaVersion: CURRENT_SCHEMA_VERSION, appVersion: LARGE_APP_VERSION, templateYear: LARGE.budgetYear, savedAt: LARGE_SAVED_AT, data: largeDepartmentData(catalog) }
}

export function largeDepartmentText(catalog?: Catalog): string {
  return serializeDocument(largeDepartment(catalog), LARGE_APP_VERSION, LARGE_SAVED_AT)
}
