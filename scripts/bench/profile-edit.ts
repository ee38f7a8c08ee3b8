// Typing's cost under the CPU profiler: the renderer's live analysis of the large department (or
// 004) after one edited line, repeated, as a session runs it (warm caches, immutable updates):
//   node --import tsx --cpu-prof --cpu-prof-dir=<folder> scripts/bench/profile-edit.ts large|004 [edits]
// Prints the median CPU time of one edit and of its parts; open the .cpuprofile in Chrome DevTools.
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { loadDocument } from '../../core/document/envelope'
import type { DocumentData } from '../../core/model/document-data'
import { loadCatalog } from '../../electron/main/templates/catalog-loader'
import { analyzeDraft } from '../../renderer/src/state/analyze-draft'
import { largeDepartmentText } from '../large-sample'
import { cpuNote, timeMedian } from './measure'

const id = process.argv[2]
const edits = Number(process.argv[3] ?? 200)
if (id !== '004' && id !== 'large') {
  process.stderr.write('用法：node --import tsx --cpu-prof scripts/bench/profile-edit.ts 004|large [次数]\n')
  process.exit(2)
}
const file = id === '004' ? join(import.meta.dirname, '..', '..', 'samples', '004-datong-approval-2026.json') : undefined
const r = loadDocument(file ? readFileSync(file, 'utf8') : largeDepartmentText())
if (!r.ok) throw new Error(r.message)
const doc = r.document
const catalog = loadCatalog(doc.templateYear)

function withEditedLine(data: DocumentData, k: number): DocumentData {
  const index = (k * 97) % data.lines.length
  return { ...data, lines: data.lines.map((l, i) => (i === index ? { ...l, amount: `${(Number(l.amount) + 1 + k).toFixed(2)}` } : l)) }
}

let draft = doc.data
const t = await timeMedian(
  edits,
  (k) => {
    draft = withEditedLine(draft, k + 10)
    analyzeDraft(draft, doc.templateYear, catalog)
  },
  5,
)
process.stdout.write(`${id}：修改一行后重新推导 ${t.ms.toFixed(1)} ms，${cpuNote(t)}（${edits} 次的中位数）\n`)
