// 000's 绩效目标 attachments (spec §5.1 a, §5.2), read from the seed's tab-separated text: the 整体
// form (附件3) and the 38 project forms, matched to the 38 projects of 表12 by 实施单位 and amount
// (scripts/samples/forms/match.ts), never by name. Two forms leave 年度资金总额 blank (spec §6.3 N12):
// 临县第一书记经费 matches by its 实施期 37,500元 (表12 3.75); 孝义市惠企政策梳理及运营服务项目 (实施期
// 300,000元, no 30.00 in 表12) is the unit's one project left. Each form keeps the seed's 实施期资金总额;
// its 年度 amount is derived from the project's lines.
import type { DocumentDataInput } from '../../../core/model/document-data'
import { readSeedText } from '../../../tests/seeds/seed-files'
import { cleanLines, normalizeName } from '../../../tests/seeds/seed-text'
import { fenOf, matchForms, seedT12Projects, type FormMatch } from '../forms/match'
import { formBlocks, parseProjectForm, type ParsedForm, type ProjectFormInput } from '../forms/standard-form'
import { overallForm } from './overall-form'
import { PROJECTS } from './projects'

type PerformanceInput = NonNullable<DocumentDataInput['performance']>

const pad = (n: number) => String(n).padStart(2, '0')
/** The sample's project ids follow 表12 order (generate.ts). */
export const projectIdAt = (i: number): string => `p${pad(i + 1)}`

let cached: string[] | undefined
const seedLines = (): string[] => (cached ??= cleanLines(readSeedText('000')))

export interface FormReport {
  formName: string
  projectName: string
  match: FormMatch
  parsed: ParsedForm
}

export function readProjectForms(): { forms: ProjectFormInput[]; report: FormReport[] } {
  const parsed = formBlocks(seedLines(), /项目支出绩效目标表$/, '十一、国有资产占有使用情况').map(parseProjectForm)
  const rows = seedT12Projects('000')
  if (rows.length !== PROJECTS.length) throw new Error(`000: 表12 has ${rows.length} projects, the sample ${PROJECTS.length}`)
  rows.forEach((r, i) => {
    if (r.name !== normalizeName(PROJECTS[i]?.name ?? '')) throw new Error(`000: 表12 row ${i + 1} ${r.name} is not ${PROJECTS[i]?.name}`)
  })
  const matches = matchForms(
    parsed.map((p) => ({
      name: p.name,
      unitName: p.unitName,
      ...(p.annualPrinted ? { annualFen: fenOf(p.annualYuan, '元') } : {}),
      implementationFen: fenOf(p.form.implementationTotal ?? '0', '元'),
      shape: p.shape,
    })),
    rows,
    { rowShape: (i) => ({ attribute: PROJECTS[i]?.attribute, durationYears: PROJECTS[i]?.durationYears }) },
  )
  const report = matches.map((m) => {
    const p = parsed[m.form] as ParsedForm
    return { formName: p.name, projectName: PROJECTS[m.row]?.name ?? '', match: m, parsed: p }
  })
  // Spec §9.1: forms follow the 表12 order (matches are sorted by row).
  const forms = report.map((r) => ({ projectId: projectIdAt(r.match.row), ...r.parsed.form }))
  return { forms, report }
}

export function performanceInputs(): PerformanceInput {
  return { overall: overallForm(seedLines()), projectForms: readProjectForms().forms }
}

/** Printed by generate.ts: how each form was matched where it was not by a unique amount, and names that differ. */
export function describeMatches(): string[] {
  return readProjectForms().report.flatMap((r) => {
    const notes: string[] = []
    if (r.match.by !== 'amount') notes.push(`matched by ${r.match.by}`)
    if (normalizeName(r.formName) !== normalizeName(r.projectName)) notes.push(`form name ${r.formName}`)
    return notes.length > 0 ? [`  ${r.projectName}: ${notes.join('; ')}`] : []
  })
}
