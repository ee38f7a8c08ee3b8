// Dev tool: writes samples/004-datong-approval-2026.json from the transcription in this folder.
// Regenerate and re-list the differences with:
//   npx tsx scripts/samples/004/generate.ts
//   npx tsx scripts/samples/update-expected-differences.ts 004
//   npx tsx scripts/samples/004/annotate-differences.ts
import { writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { CURRENT_SCHEMA_VERSION, DOCUMENT_FORMAT, serializeDocument, type BudgetDocument } from '../../../core/document/envelope'
import { DocumentData } from '../../../core/model/document-data'
import { REPO_ROOT } from '../../../tests/samples/sample-files'
import { lines, projects, UNITS } from './budget'
import { disclosureInputs } from './disclosure'
import { performanceInputs } from './performance'

const data = DocumentData.parse({
  department: { displayName: '大同市行政审批服务管理局[部门]', plainName: '大同市行政审批服务管理局', code: '032', level: 'city', regionName: '大同市', budgetYear: 2026 },
  units: [...UNITS],
  projects: projects(),
  lines: lines(),
  ...disclosureInputs(),
  performance: performanceInputs(),
  settings: { roundingFootnote: true },
})
const savedAt = '2026-01-01T00:00:00.000Z'
const doc: BudgetDocument = { format: DOCUMENT_FORMAT, schemaVersion: CURRENT_SCHEMA_VERSION, appVersion: '0.1.0', templateYear: 2026, savedAt, data }
writeFileSync(join(REPO_ROOT, 'samples', '004-datong-approval-2026.json'), serializeDocument(doc, '0.1.0', savedAt))
console.log(`004: ${data.units.length} units, ${data.projects.length} projects, ${data.lines.length} lines, ${data.performance.projectForms.length} project forms`)
