// Dev tool: prints a sample's performance forms as text grids, to eyeball the FormModels.
//   npx tsx scripts/performance/print-forms.ts 004 [count]
import { derive } from '../../core/calc/derive'
import { namesFromCatalog } from '../../core/calc/catalog-names'
import { buildAllFormModels } from '../../core/performance'
import { loadCatalog } from '../../electron/main/templates/catalog-loader'
import { loadSample } from '../../tests/samples/sample-files'
import type { SeedId } from '../../tests/seeds/seed-files'

const id = (process.argv[2] ?? '004') as SeedId
const limit = Number(process.argv[3] ?? 3)
const doc = loadSample(id)
const derivation = derive(doc.data, namesFromCatalog(loadCatalog(doc.templateYear)))
for (const m of buildAllFormModels(derivation, { templateYear: doc.templateYear }).slice(0, limit)) {
  console.log(`\n${m.title}\n${m.subtitle}`)
  for (const r of m.rows) console.log(r.cells.map((c) => (c === null ? '·' : `${c.text.slice(0, 14)}${c.rowSpan > 1 ? `↕${c.rowSpan}` : ''}${c.colSpan > 1 ? `⟷${c.colSpan}` : ''}`)).join(' | '))
  console.log(m.footer.map((f) => `${f.label}${f.value}`).join('  '), JSON.stringify(m.keepTogether), JSON.stringify(m.header))
}
