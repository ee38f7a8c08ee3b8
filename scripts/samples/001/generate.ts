// Builds samples/001-xiaoyi-devzone-2024.json from the explicit choices of this folder: the unit and
// its basic lines (basic-lines.ts), the 62 projects (projects.ts) and the 第三部分 inputs
// (disclosure-inputs.ts), with the forms read from the seed (forms.ts). Usage: npx tsx scripts/samples/001/generate.ts
import { writeFileSync } from 'node:fs'
import { loadDocumentValue, serializeDocument } from '../../../core/document/envelope'
import { fenToYuanString, parseWanToFen } from '../../../core/money/money'
import type { DocumentDataInput } from '../../../core/model/document-data'
import { SAMPLE_FILES } from '../../../tests/samples/sample-files'
import { BASIC_LINES, DEPARTMENT, UNIT_ID, UNITS } from './basic-lines'
import { describeMatches, readProjectForms } from './forms'
import { ASSETS, COMPARISONS, OTHER_NOTES, OVERALL_FILING, OVERALL_FORM, OVERVIEW, PROCUREMENT } from './disclosure-inputs'
import { PROJECTS, SHAPES } from './projects'

const APP_VERSION = '0.1.0'
/** Fixed so that regenerating an unchanged sample gives the same file. */
const SAVED_AT = '2024-02-01T00:00:00.000Z'

/** `14.82` (万元) → `148200.00` (元); `元:29808.00` → `29808.00`. */
function toYuan(amount: string): string {
  if (amount.startsWith('元:')) return amount.slice(2)
  const r = parseWanToFen(amount)
  if (!r.ok) throw new Error(`bad 万元 amount ${amount}`)
  return fenToYuanString(r.fen)
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
    amount: toYuan(b.wan),
    ...(b.note ? { note: b.note } : {}),
  }))
  const projects: NonNullable<DocumentDataInput['projects']> = []
  PROJECTS.forEach((p, i) => {
    const id = `p${pad(i + 1)}`
    projects.push({ id, unitId: UNIT_ID, name: p.name, category: p.category, ...SHAPES[p.shape], classified: false })
    lines.push({
      id: `${id}-1`,
      unitId: UNIT_ID,
      functionCode: p.functionCode ?? '2120399',
      kind: 'project',
      projectId: id,
      economicCode: p.economicCode,
      source: p.source ?? 'general',
      period: 'current',
      amount: toYuan(p.amount),
      ...(p.note ? { note: p.note } : {}),
    })
  })
  return {
    department: DEPARTMENT,
    units: UNITS,
    lines,
    projects,
    // 表7: 1030148 国有土地使用权出让收入 275.58, the income of the 政府性基金 project line.
    fundIncome: [{ id: 'fi-1030148', incomeCode: '1030148', amount: toYuan('275.58') }],
    comparisons: COMPARISONS,
    procurement: PROCUREMENT,
    assets: ASSETS,
    overview: OVERVIEW,
    otherNotes: OTHER_NOTES,
    overallFiling: OVERALL_FILING,
    // The seed attaches the 整体 form and 18 project forms (forms.ts), although 十 says `公开项目绩效目标62个`
    // (spec §6.3 N12): the 44 projects without a form are left without one, and P01 reports them.
    performance: { overall: OVERALL_FORM, projectForms: readProjectForms().forms },
    settings: { roundingFootnote: false },
  }
}

const loaded = loadDocumentValue({ format: 'budget-disclosure', schemaVersion: 1, appVersion: APP_VERSION, templateYear: 2024, savedAt: SAVED_AT, data: buildData() })
if (!loaded.ok) {
  console.error(loaded.message)
  for (const p of loaded.problems) console.error(`  ${p.path}: ${p.message}`)
  process.exit(1)
}
writeFileSync(SAMPLE_FILES['001'], serializeDocument(loaded.document, APP_VERSION, SAVED_AT))
const written = loaded.document.data
console.log(`wrote ${SAMPLE_FILES['001']}: ${written.units.length} unit, ${written.lines.length} lines, ${written.projects.length} projects, ${written.performance.projectForms.length} project forms`)
for (const line of describeMatches()) console.log(line)
