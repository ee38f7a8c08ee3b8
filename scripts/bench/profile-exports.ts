// The exports of one department under the CPU profiler, one format at a time, as `npm run bench`
// runs them (the analysis is done first and not profiled):
//   node --import tsx --cpu-prof --cpu-prof-dir=<folder> scripts/bench/profile-exports.ts large|004 xlsx|pdf
// or, to profile the export alone (not the loading of modules or the analysis), with a folder:
//   node --import tsx scripts/bench/profile-exports.ts large|004 xlsx|pdf <folder>
// Prints the CPU time of the export; open the .cpuprofile in Chrome DevTools.
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { Session } from 'node:inspector/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { loadDocument } from '../../core/document/envelope'
import { analyze } from '../../core/rules/analyze'
import { loadCatalog } from '../../electron/main/templates/catalog-loader'
import { largeDepartmentText } from '../large-sample'
import { exportPdf, exportRequest, exportXlsx } from './exports'
import { cpuNote, peakRssMb, timeOnce } from './measure'

const [id, format, profileDir] = process.argv.slice(2)
if ((id !== '004' && id !== 'large') || (format !== 'xlsx' && format !== 'pdf')) {
  process.stderr.write('用法：node --import tsx --cpu-prof scripts/bench/profile-exports.ts 004|large xlsx|pdf [剖析文件夹]\n')
  process.exit(2)
}
const file = id === '004' ? join(import.meta.dirname, '..', '..', 'samples', '004-datong-approval-2026.json') : undefined
const r = loadDocument(file ? readFileSync(file, 'utf8') : largeDepartmentText())
if (!r.ok) throw new Error(r.message)
const out = mkdtempSync(join(tmpdir(), `profile-${id}-`))
try {
  const analysis = analyze(r.document.data, loadCatalog(r.document.templateYear))
  const req = exportRequest(r.document, analysis, out, id)
  const session = profileDir ? new Session() : undefined
  if (session) {
    session.connect()
    await session.post('Profiler.enable')
    await session.post('Profiler.start')
  }
  const t = await timeOnce<unknown>(() => (format === 'xlsx' ? exportXlsx(req) : exportPdf(req)))
  if (session && profileDir) {
    const { profile } = await session.post('Profiler.stop')
    mkdirSync(profileDir, { recursive: true })
    writeFileSync(join(profileDir, `${id}-${format}.cpuprofile`), JSON.stringify(profile))
  }
  process.stdout.write(`${id} ${format}: ${t.ms.toFixed(0)} ms，${cpuNote(t)}，峰值内存 ${peakRssMb().toFixed(0)} MB\n`)
} finally {
  rmSync(out, { recursive: true, force: true })
}
