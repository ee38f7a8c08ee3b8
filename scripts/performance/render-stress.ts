// Dev tool: renders the layout stress document (tests/performance/form-builders.ts) in both layouts.
//   npx tsx scripts/performance/render-stress.ts out/stress
import { execFileSync } from 'node:child_process'
import { mkdirSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { derive } from '../../core/calc/derive'
import { buildAllFormModels } from '../../core/performance'
import { namesFor } from '../../tests/builders/catalog'
import { stressDocument } from '../../tests/performance/form-builders'
import { renderFormsPdf } from '../../tests/performance/render-forms'

const outDir = process.argv[2] ?? 'out/stress'
mkdirSync(outDir, { recursive: true })
for (const year of [2025, 2026]) {
  const forms = buildAllFormModels(derive(stressDocument(year), namesFor(year)))
  const file = join(outDir, `stress-${year}.pdf`)
  writeFileSync(file, await renderFormsPdf(forms))
  execFileSync('pdftoppm', ['-png', '-r', '50', file, join(outDir, `stress-${year}`)])
  console.log(file)
}
