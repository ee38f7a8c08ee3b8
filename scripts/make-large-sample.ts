// Writes the large department (scripts/large-sample) as a document file: the same bytes every run.
//   npx tsx scripts/make-large-sample.ts --out /tmp/large.ysgk.json
import { writeFileSync } from 'node:fs'
import { resolve } from 'node:path'
import { LARGE_COUNTS, largeDepartmentText } from './large-sample'

const args = process.argv.slice(2)
const at = args.indexOf('--out')
const out = at >= 0 ? args[at + 1] : undefined
if (!out) {
  process.stderr.write('用法：npx tsx scripts/make-large-sample.ts --out <文件>\n')
  process.exit(2)
}
const text = largeDepartmentText()
writeFileSync(resolve(out), text)
process.stdout.write(`已生成大型部门样例：${LARGE_COUNTS.units} 个单位、${LARGE_COUNTS.basicLines} 条基本支出、${LARGE_COUNTS.projects} 个项目 → ${resolve(out)}（${(Buffer.byteLength(text) / 1048576).toFixed(1)} MB）\n`)
