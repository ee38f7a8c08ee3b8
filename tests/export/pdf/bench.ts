// PDF export alone (not a test), for profiling: `npx tsx tests/export/pdf/bench.ts [004|large]`, best
// under `/usr/bin/time -v` for the peak memory. The large department is the one generator's
// (scripts/large-sample); `npm run bench` prints this figure with all the others and their goals.
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import type { BudgetDocument } from '../../../core/document/envelope'
import { analyze } from '../../../core/rules/analyze'
import { loadCatalog } from '../../../electron/main/templates/catalog-loader'
import { exportPdf, exportRequest } from '../../../scripts/bench/exports'
import { largeDepartment } from '../../../scripts/large-sample'
import { loadSample } from '../../samples/sample-files'

async function run(name: string, document: BudgetDocument): Promise<void> {
  const out = mkdtempSync(join(tmpdir(), `bench-pdf-${name}-`))
  try {
    const t0 = performance.now()
    const analysis = analyze(document.data, loadCatalog(document.templateYear))
    const { bytes } = await exportPdf(exportRequest(document, analysis, out, name))
    console.log(`${name}: ${Math.round(performance.now() - t0)} ms, ${(bytes / 1024).toFixed(0)} KB, rss ${Math.round(process.memoryUsage().rss / 1048576)} MB`)
  } finally {
    rmSync(out, { recursive: true, force: true, maxRetries: 5 })
  }
}

const which = process.argv[2] ?? '004'
await run(which, which === 'large' ? largeDepartment() : loadSample(which as '004'))
