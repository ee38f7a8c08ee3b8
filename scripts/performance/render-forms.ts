// Dev tool: renders a sample's performance forms to PDF (and PNG pages with pdftoppm) to look at.
//   npx tsx scripts/performance/render-forms.ts 004 out/forms [first] [count]
import { execFileSync } from 'node:child_process'
import { mkdirSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { namesFromCatalog } from '../../core/calc/catalog-names'
import { derive } from '../../core/calc/derive'
import { buildAllFormModels } from '../../core/performance'
import { loadCatalog } from '../../electron/main/templates/catalog-loader'
import { renderFormsPdf } from '../../tests/performance/render-forms'
import { loadSample } from '../../tests/samples/sample-files'
import type { SeedId } from '../../tests/seeds/seed-files'

const [id = '004', outDir = 'out/forms', first = '0', count = '100'] = process.argv.slice(2)
const doc = loadSample(id as SeedId)
const derivation = derive(doc.data, namesFromCatalog(loadCatalog(doc.templateYear)))
const forms = buildAllFormModels(derivation, { templateYear: doc.templateYear, includeMissing: true }).slice(Number(first), Number(first) + Number(count))
mkdirSync(outDir, { recursive: true })
const file = join(outDir, `forms-${id}.pdf`)
writeFileSync(file, await renderFormsPdf(forms))
execFileSync('pdftoppm', ['-png', '-r', '50', file, join(outDir, `forms-${id}`)])
console.log(`${file}: ${forms.length} forms`)
