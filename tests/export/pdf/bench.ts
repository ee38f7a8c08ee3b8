// PDF export benchmark (not a test): `npx tsx tests/export/pdf/bench.ts [004|large]`, best run
// under `/usr/bin/time -v` for the peak memory. Targets: sample 004 < 3 s; the large department
// (150 units, 600 projects with forms) < 60 s and < 1.5 GB.
import { writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { tmpdir } from 'node:os'
import { analyze } from '../../../core/rules/analyze'
import type { BudgetDocument } from '../../../core/document/envelope'
import { buildPdf } from '../../../electron/main/export/pdf/build-pdf'
import { loadCatalog } from '../../../electron/main/templates/catalog-loader'
import { loadSample } from '../../samples/sample-files'
import { largeDepartment, standInForms } from './large-department'

async function run(name: string, document: BudgetDocument, forms: boolean): Promise<void> {
  const t0 = performance.now()
  const analysis = analyze(document.data, loadCatalog(document.templateYear))
  let last = ''
  const { bytes } = await buildPdf(
    { document, analysis, outDir: '.', baseName: name, generatedAt: new Date('2026-03-01T00:00:00Z'), documentDir: '.', onProgress: (d, t, label) => {
      if (label !== last) process.stdout.write(`  ${label} ${d}/${t} @ ${Math.round(performance.now() - t0)} ms\n`)
      last = label
    } },
    { performanceForms: forms ? standInForms(document) : [] },
  )
  const ms = Math.round(performance.now() - t0)
  const file = join(tmpdir(), `bench-${name}.pdf`)
  writeFileSync(file, bytes)
  console.log(`${name}: ${ms} ms, ${(bytes.length / 1024).toFixed(0)} KB, rss ${Math.round(process.memoryUsage().rss / 1048576)} MB → ${file}`)
}

const which = process.argv[2] ?? '004'
if (which === 'large') await run('large', largeDepartment(), true)
else await run(which, loadSample(which as '004'), false)
