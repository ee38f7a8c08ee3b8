// 001's project forms (spec §5.2, §5.3, §6.3 N12): the seed attaches 18 forms for 62 projects, in three
// layouts. Each is read from the seed text (forms-read.ts, ../forms/standard-form.ts) and matched to a
// 表12 project by unit and amount (../forms/match.ts; 001 has one unit, and its 申报表 forms fill the
// 实施单位 cell with the contractor or leave it blank). Six forms print an amount 表12 does not have
// (spec §6.3); they are attached to the project identified below, and the app prints the 年度 amount of
// that project's lines: the published amount is a listed difference (samples/notes-001.md), not data.
import type { DocumentDataInput } from '../../../core/model/document-data'
import { readSeedText } from '../../../tests/seeds/seed-files'
import { cleanLines, normalizeName } from '../../../tests/seeds/seed-text'
import { fenOf, matchForms, seedT12Projects, type FormMatch } from '../forms/match'
import { parseProjectForm, type ParsedForm, type ProjectFormInput } from '../forms/standard-form'
import { parseDeclarationForm } from './forms-read'
import { PROJECTS, SHAPES } from './projects'

type ProjectForms = NonNullable<NonNullable<DocumentDataInput['performance']>['projectForms']>

/** The forms whose printed 年度资金总额 disagrees with 表12 (spec §6.3 001 N12): form name → 表12 project. */
export const IDENTIFIED: readonly { form: string; project: string; printed: string; why: string }[] = [
  { form: '宣传资料及文印费用', project: '宣传资料及文印费用', printed: '20万元', why: '表12 15.00; same name' },
  { form: '开发区化工园区气防站建设', project: '化工园区气防站建设费用', printed: '200万元', why: '表12 40.00' },
  { form: '对外合作及培训费用', project: '对外合作及培训费用', printed: '30万元', why: '表12 10.00; same name' },
  {
    form: '孝义经济开发区现代煤化工产业园安全风险智能化管控平台项目',
    project: '现代煤化工产业园安全风险智能化管控平台项目',
    printed: '6,964,800元 (696.48万元)',
    why: '表12 100.00',
  },
  { form: '高质量发展奖励金发放', project: '高质量发展奖励金', printed: '1950000 under a 万元 header', why: '1,950,000元 = 195.00万元, 表12 195.00: a unit error' },
  {
    form: '孝义经济开发区2024年度土地利用状况调查分析数据库更新',
    project: '开发区土地利用情况调查分析数据库建设项目',
    printed: '14.03万元',
    why: '表12 14.82 or 10.03 (土地利用情况调查分析数据库建设项目工作经费); the form describes the database itself (hardware, software, platform)',
  },
]

const pad = (n: number) => String(n).padStart(2, '0')
/** The sample's project ids follow 表12 order (generate.ts). */
export const projectIdAt = (i: number): string => `p${pad(i + 1)}`

let cached: string[] | undefined
const seedLines = (): string[] => (cached ??= cleanLines(readSeedText('001')))

const PROJECT_TITLE = /项目(?:支出)?绩效目标(?:申报)?表(?:\s*\(\s*\d{4}\s*年度\))?$/
const OVERALL_TITLE = /整体支出绩效目标申报表/

/** The project forms' blocks: from a title to the next title (the 整体 form's included) or 十一. */
function projectBlocks(lines: string[]): string[][] {
  const starts = lines.map((l, i) => (PROJECT_TITLE.test(l) || OVERALL_TITLE.test(l) ? i : -1)).filter((i) => i >= 0)
  const stop = lines.findIndex((l) => l === '十一、国有资产占有使用情况')
  return starts.filter((s) => PROJECT_TITLE.test(lines[s] as string)).map((s) => lines.slice(s, starts.find((x) => x > s) ?? stop))
}

export interface FormReport {
  formName: string
  projectName: string
  layout: 'standard' | 'declaration' | 'provincial'
  match: FormMatch
  parsed: ParsedForm
}

export function readProjectForms(): { forms: ProjectForms; report: FormReport[] } {
  const blocks = projectBlocks(seedLines())
  const layouts = blocks.map((b) => (/项目支出绩效目标表$/.test(b[0] as string) ? ('standard' as const) : /^山西省省级/.test(b[0] as string) ? ('provincial' as const) : ('declaration' as const)))
  const parsed = blocks.map((b, i) => (layouts[i] === 'standard' ? parseProjectForm(b) : parseDeclarationForm(b)))
  const rows = seedT12Projects('001')
  if (rows.length !== PROJECTS.length) throw new Error(`001: 表12 has ${rows.length} projects, the sample ${PROJECTS.length}`)
  rows.forEach((r, i) => {
    if (r.name !== normalizeName(PROJECTS[i]?.name ?? '')) throw new Error(`001: 表12 row ${i + 1} ${r.name} is not ${PROJECTS[i]?.name}`)
  })
  const identified = new Map<number, number>()
  for (const id of IDENTIFIED) {
    const form = parsed.findIndex((p) => p.name === id.form)
    const row = rows.findIndex((r) => r.name === normalizeName(id.project))
    if (form < 0 || row < 0) throw new Error(`001: identified form ${id.form} → ${id.project} not found`)
    identified.set(form, row)
  }
  const matches = matchForms(
    parsed.map((p) => ({ name: p.name, unitName: p.unitName, ...(p.annualPrinted ? { annualFen: fenOf(p.annualYuan, '元') } : {}), shape: p.shape })),
    rows,
    { identified, rowShape: (i) => SHAPES[PROJECTS[i]?.shape ?? 'once'] },
  )
  const report = matches.map((m) => ({
    formName: parsed[m.form]?.name ?? '',
    projectName: PROJECTS[m.row]?.name ?? '',
    layout: layouts[m.form] ?? 'standard',
    match: m,
    parsed: parsed[m.form] as ParsedForm,
  }))
  // Spec §9.1: forms follow the 表12 order (matches are sorted by row).
  const forms: ProjectFormInput[] = report.map((r) => ({ projectId: projectIdAt(r.match.row), ...r.parsed.form }))
  return { forms, report }
}

/** Printed by generate.ts: each form, its project and how it was matched. */
export function describeMatches(): string[] {
  return readProjectForms().report.map((r) => {
    const name = normalizeName(r.formName) === normalizeName(r.projectName) ? '' : ` (form: ${r.formName})`
    return `  ${r.projectName}${name}: ${r.layout}, by ${r.match.by}, 年度 ${r.parsed.annualYuan}元 as printed`
  })
}
