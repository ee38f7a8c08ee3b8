// Dev tool: lists a sample's findings of the performance rules (P01–P04, F01–F10).
//   npx tsx scripts/performance/list-findings.ts 004
import { analyze } from '../../core/rules/analyze'
import { loadCatalog } from '../../electron/main/templates/catalog-loader'
import { loadSample } from '../../tests/samples/sample-files'
import type { SeedId } from '../../tests/seeds/seed-files'

const doc = loadSample((process.argv[2] ?? '004') as SeedId)
for (const f of analyze(doc.data, loadCatalog(doc.templateYear)).findings) {
  if (/^[PF]\d\d$/.test(f.ruleId)) console.log(`${f.ruleId} ${f.severity} ${f.message}`)
}
