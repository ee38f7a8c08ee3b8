// `npm run bench`: the scale figures of the issue for sample 004 and the large department, one line
// per figure with its goal and ✓/✗, then the screen under load in Chromium. Each department runs
// in its own process so its peak memory is its own. A benchmark, not a test: it always exits 0.
import { spawnSync } from 'node:child_process'
import { cpus, loadavg } from 'node:os'
import { join } from 'node:path'

const here = import.meta.dirname
const tsx = join(here, '..', '..', 'node_modules', '.bin', 'tsx')

function run(script: string, arg: string): void {
  const r = spawnSync(tsx, [join(here, script), arg], { stdio: 'inherit' })
  if (r.status !== 0) process.stdout.write(`（${script} ${arg} 未能完成，退出码 ${r.status ?? r.signal}）\n`)
}

const load = () => loadavg().map((l) => l.toFixed(1)).join(' / ')
process.stdout.write(`预算公开编制助手性能基准：Node ${process.version}，${cpus().length} 核，负载 ${load()}（1/5/15 分钟平均；负载高于核数时各项用时偏长，CPU 时间更可比）\n`)
for (const department of ['004', 'large']) run('department.ts', department)
for (const department of ['004', 'large']) run('screen.ts', department)
process.stdout.write(`结束时负载 ${load()}\n`)
