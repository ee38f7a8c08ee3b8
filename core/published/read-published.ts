// Text of last year's published 部门预算公开 → what it prints, each item with where it was found,
// what could not be read, and the contradictions inside the document. Nothing is corrected: a
// printed figure is taken as printed and a disagreement is reported.
import { TABLE_IDS, type TableId } from '../tables/table-model'
import { locate } from './locate'
import { readFigures, type Contradiction, type FoundFigure, type PublishedFigureId, FIGURE_LABELS } from './read-figures'
import { readOrganization, type OrganizationReading } from './read-organization'
import { readProjects, type ProjectReading } from './read-projects'
import { normalizeName, toLines } from './text-lines'

export interface PublishedReading {
  /** The budget year the document discloses. */
  year: number
  organization: OrganizationReading
  figures: FoundFigure[]
  projects: ProjectReading
  tablesFound: TableId[]
  /** Tables printed with `注：本表无数据`. */
  emptyTables: TableId[]
  contradictions: Contradiction[]
  /** What could not be read, in Chinese. */
  missing: string[]
  /** 004's footnote under 表1 (`本套报表因取数时四舍五入…`). */
  roundingFootnote: boolean
}

export type ReadPublishedResult = { ok: true; reading: PublishedReading } | { ok: false; message: string }

/** The figures a new year's comparisons need; each missing one is reported. */
export const REQUIRED_FIGURES: readonly PublishedFigureId[] = [
  'incomeTotal',
  'expenditureTotal',
  'generalBudgetCurrent',
  'abroad',
  'reception',
  'vehiclePurchase',
  'vehicleOperation',
  'officeOperation',
]

const TABLE_NAMES: Record<TableId, string> = {
  T1: '表1 预算收支总表',
  T2: '表2 预算收入总表',
  T3: '表3 预算支出总表',
  T4: '表4 财政拨款收支总表',
  T5: '表5 一般公共预算支出预算表',
  T6: '表6 一般公共预算基本支出表',
  T7: '表7 政府性基金预算收入表',
  T8: '表8 政府性基金预算支出表',
  T9: '表9 国有资本经营预算收支预算表',
  T10: '表10 “三公”经费支出预算表',
  T11: '表11 机关运行经费预算表',
  T12: '表12 项目支出预算表（本年预算）',
  T13: '表13 项目支出预算表（上年结转）',
}

export function readPublished(text: string): ReadPublishedResult {
  if (text.replace(/\s/g, '').length < 50) return { ok: false, message: '文件中没有可读取的文字（可能是扫描件或图片），无法识别为部门预算公开文件' }
  const lines = toLines(text)
  const located = locate(lines)
  if (located.year === undefined) return { ok: false, message: '未能识别为部门预算公开文件：找不到“XXXX年度部门预算公开”或“XXXX年预算收支总表”' }
  const year = located.year
  const tablesFound = TABLE_IDS.filter((id) => located.tables[id] !== undefined)
  if (!located.tables.T1 && tablesFound.length < 3) {
    return { ok: false, message: `未能识别为部门预算公开文件：找不到“${year}年预算收支总表”等公开表格（只找到${tablesFound.length}张）` }
  }
  const organization = readOrganization(located, lines)
  const { figures, contradictions } = readFigures(located, year)
  const known = new Set([...organization.units.map((u) => u.name), ...organization.statedTypes.map((s) => s.name)])
  const projects = readProjects(located, year, known)
  const missing: string[] = []
  for (const id of TABLE_IDS) if (!located.tables[id]) missing.push(`未找到${TABLE_NAMES[id]}（标题“${year}年…”）`)
  for (const id of REQUIRED_FIGURES) {
    if (!figures.some((f) => f.id === id)) missing.push(`未能读取“${FIGURE_LABELS[id]}”：表中和第三部分均未找到，请手工填写上年数`)
  }
  if (!organization.displayName) missing.push('未能读取部门名称')
  if (!organization.code) missing.push('未能读取主管部门代码（绩效目标表“主管部门及代码”），请手工填写')
  if (!organization.regionName) missing.push('未能读取市/县名称和级次（绩效目标表标题），请核对')
  if (!organization.duties) missing.push('未能读取“一、本部门职责”')
  if (!organization.organization) missing.push('未能读取“二、机构设置情况”')
  if (located.tables.T12 && !located.tables.T12.empty && projects.projects.length === 0) missing.push('表12 未能读取项目')
  const formNames = new Set(projects.forms.map((f) => f.name))
  const noForm = projects.projects.filter((p) => !formNames.has(p.name))
  if (projects.forms.length > 0 && noForm.length > 0) missing.push(`${noForm.length}个项目未找到绩效目标表：${noForm.slice(0, 5).map((p) => p.name).join('、')}${noForm.length > 5 ? '等' : ''}`)
  for (const f of projects.forms) if (f.annualIndicators.length === 0) missing.push(`项目“${f.name}”的绩效目标表未能读取年度指标`)
  const noText = projects.forms.filter((f) => !f.texts.overview)
  if (noText.length > 0) missing.push(`${noText.length}张绩效目标表的项目概况等文字栏目未能完整读取（表格内折行），请对照上年文件补全`)
  return {
    ok: true,
    reading: {
      year,
      organization,
      figures,
      projects,
      tablesFound,
      emptyTables: tablesFound.filter((id) => located.tables[id]?.empty),
      contradictions: [...contradictions, ...projects.contradictions],
      missing,
      roundingFootnote: lines.some((l) => normalizeName(l.text).includes('本套报表因取数时四舍五入')),
    },
  }
}
