// Dev tool: writes a sample's forms workbook and prints it with LibreOffice (PDF + PNG pages).
//   npx tsx scripts/performance/render-forms-xlsx.ts 004 out/forms-xlsx
import { execFileSync } from 'node:child_process'
import { mkdirSync, mkdtempSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { namesFromCatalog } from '../../core/calc/catalog-names'
import { derive } from '../../core/calc/derive'
import { writeFormsWorkbook } from '../../electron/main/export/forms-xlsx'
import { loadCatalog } from '../../electron/main/templates/catalog-loader'
import { loadSample } from '../../tests/samples/sample-files'
import type { SeedId } from '../../tests/seeds/seed-files'

const [id = '004', outDir = 'out/forms-xlsx'] = process.argv.slice(2)
const doc = loadSample(id as SeedId)
const derivation = derive(doc.data, namesFromCatalog(loadCatalog(doc.templateYear)))
mkdirSync(outDir, { recursive: true })
const file = join(outDir, `forms-${id}.xlsx`)
const forms = await writeFormsWorkbook(derivation, file, { templateYear: doc.templateYear, generatedAt: new Date('2026-03-01T08:00:00Z'), includeMissing: true })
const profile = mkdtempSync(join(tmpdir(), 'lo-'))
execFileSync('libreoffice', [`-env:UserInstallation=file://${profile}`, '--headless', '--convert-to', 'pdf', '--outdir', outDir, file], { stdio: 'ignore' })
execFileSync('pdftoppm', ['-png', '-r', '50', join(outDir, `forms-${id}.pdf`), join(outDir, `forms-${id}`)])
console.log(`${file}: ${forms.length} sheets`)
