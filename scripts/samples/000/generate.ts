// Builds samples/000-xiaoyi-approval-2025.json from the choices in this folder (the forms read from the
// seed by forms.ts) and checks it loads.
// Usage: npx tsx scripts/samples/000/generate.ts
import { writeFileSync } from 'node:fs'
import { Envelope, serializeDocument } from '../../../core/document/envelope'
import type { DocumentDataInput } from '../../../core/model/document-data'
import { SAMPLE_FILES } from '../../../tests/samples/sample-files'
import { BASIC_LINES, DEPARTMENT, UNIT_ID, UNITS } from './basic-lines'
import { describeMatches, performanceInputs } from './forms'
import { ASSETS, COMPARISONS, OTHER_NOTES, OVERALL_FILING, OVERVIEW, PROCUREMENT } from './inputs'
import { PROJECTS } from './projects'

const YEAR = 2025
/** Fixed, so that regenerating gives the same file. */
const SAVED_AT = '2025-03-05T00:00:00.000Z'

/** `114.03` (万元, two decimals) → `1140300.00` (元). */
function wanToYuan(wan: string): string {
  const m = /^(\d+)\.(\d{2})$/.exec(wan)
  if (!m) throw new Error(`万元 amount needs two decimals: ${wan}`)
  return `${String(Number(`${m[1]}${m[2]}`) * 100)}.00`
}

/** Half-up 元 → 0.01万元, as printed in T12 (integer arithmetic on 分). */
function yuanToPrintedWan(yuan: string): string {
  const [whole = '0', frac = ''] = yuan.split('.')
  const fen = Number(whole) * 100 + Number(frac.padEnd(2, '0'))
  const cents = Math.floor((fen + 5000) / 10000)
  return `${Math.trunc(cents / 100)}.${String(cents % 100).padStart(2, '0')}`
}

const pad = (n: number) => String(n).padStart(2, '0')

function buildData(): DocumentDataInput {
  const lines: NonNullable<DocumentDataInput['lines']> = BASIC_LINES.map((b, i) => ({
    id: `b${pad(i + 1)}`,
    unitId: UNIT_ID,
    functionCode: b.functionCode,
    kind: 'basic' as const,
    economicCode: b.economicCode,
    ...(b.governmentEconomicCode ? { governmentEconomicCode: b.governmentEconomicCode } : {}),
    source: 'general' as const,
    period: 'current' as const,
    amount: wanToYuan(b.wan),
    ...(b.note ? { note: b.note } : {}),
  }))
  const projects: NonNullable<DocumentDataInput['projects']> = []
  PROJECTS.forEach((p, i) => {
    const id = `p${pad(i + 1)}`
    projects.push({ id, unitId: UNIT_ID, name: p.name, category: p.category, attribute: p.attribute, durationYears: p.durationYears, continuing: false, classified: false })
    lines.push({
      id: `${id}-l1`,
      unitId: UNIT_ID,
      functionCode: p.functionCode,
      kind: 'project',
      projectId: id,
      economicCode: p.economicCode,
      source: 'general',
      period: 'current',
      amount: p.yuan,
      ...(p.note ? { note: p.note } : {}),
    })
  })
  return {
    department: DEPARTMENT,
    units: UNITS,
    lines,
    projects,
    comparisons: COMPARISONS,
    procurement: PROCUREMENT,
    assets: ASSETS,
    overview: OVERVIEW,
    otherNotes: OTHER_NOTES,
    overallFiling: OVERALL_FILING,
    // The 整体 form and the 38 project forms, read from the seed (forms.ts).
    performance: performanceInputs(),
    settings: { roundingFootnote: false },
  }
}

/** Where a line amount does not round to the form's 年度资金总额 (the listed 专家劳务费用 only). */
function reportFormMismatches(): void {
  for (const p of PROJECTS) {
    if (p.formYuan === null) continue
    const form = yuanToPrintedWan(p.formYuan)
    const line = yuanToPrintedWan(p.yuan)
    if (form !== line) console.log(`  ${p.name}: form ${p.formYuan}元 (${form}) → line ${p.yuan}元 (${line})`)
  }
}

const parsed = Envelope.safeParse({ format: 'budget-disclosure', schemaVersion: 1, appVersion: '0.1.0', templateYear: YEAR, savedAt: SAVED_AT, data: buildData() })
if (!parsed.success) {
  console.error(parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('\n'))
  process.exit(1)
}
writeFileSync(SAMPLE_FILES['000'], serializeDocument(parsed.data, '0.1.0', SAVED_AT))
const d = parsed.data.data
console.log(`000: ${d.units.length} unit, ${d.projects.length} projects, ${d.lines.length} lines, ${d.performance.projectForms.length} project forms → ${SAMPLE_FILES['000']}`)
reportFormMismatches()
for (const line of describeMatches()) console.log(line)
