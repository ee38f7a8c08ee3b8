// Timing and printing for `npm run bench`: one line per figure, with its goal and ✓/✗ when the
// issue sets one. The benchmark prints; it never fails (figures vary with the machine).
export interface Goal {
  /** The figure must be at most this (same unit as the value). */
  max: number
  text: string
}

export interface Figure {
  department: string
  label: string
  value: number | undefined
  unit: 'ms' | 's' | 'MB' | '×' | '次'
  goal?: Goal
  note?: string
}

const UNIT_DIGITS: Record<Figure['unit'], number> = { ms: 1, s: 2, MB: 0, '×': 2, 次: 0 }

/** Pads to a display width where a CJK character counts as two columns. */
export function padDisplay(text: string, width: number): string {
  let w = 0
  for (const ch of text) w += /[\u1100-\uffff]/.test(ch) ? 2 : 1
  return text + ' '.repeat(Math.max(0, width - w))
}

export function formatFigure(f: Figure): string {
  const value = f.value === undefined ? '未测得' : `${f.value.toFixed(UNIT_DIGITS[f.unit])} ${f.unit}`
  const verdict = f.goal && f.value !== undefined ? ` ${f.value <= f.goal.max ? '✓' : '✗'}` : ''
  const goal = f.goal ? `目标 ${f.goal.text}${verdict}` : '目标 —'
  return `${padDisplay(f.department, 10)} ${padDisplay(f.label, 44)} ${padDisplay(value, 14)} ${goal}${f.note ? `  （${f.note}）` : ''}`
}

export function printFigure(f: Figure): void {
  process.stdout.write(`${formatFigure(f)}\n`)
}

export function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b)
  const mid = Math.floor(sorted.length / 2)
  return sorted.length % 2 === 1 ? (sorted[mid] as number) : ((sorted[mid - 1] as number) + (sorted[mid] as number)) / 2
}

const cpuMs = (u: NodeJS.CpuUsage) => (u.user + u.system) / 1000

/** Wall-clock and CPU time of one call; CPU time shows how much of the wait was other programs'. */
export async function timeOnce<T>(run: () => T | Promise<T>): Promise<{ ms: number; cpuMs: number; value: T }> {
  const cpu = process.cpuUsage()
  const start = performance.now()
  const value = await run()
  return { ms: performance.now() - start, cpuMs: cpuMs(process.cpuUsage(cpu)), value }
}

/** Medians of `runs` timed calls after `warmup` untimed ones (JIT and caches warm, as in a session). */
export async function timeMedian(runs: number, run: (i: number) => unknown, warmup = 2): Promise<{ ms: number; cpuMs: number }> {
  for (let i = 0; i < warmup; i++) await run(-1 - i)
  const walls: number[] = []
  const cpus: number[] = []
  for (let i = 0; i < runs; i++) {
    const t = await timeOnce(() => run(i))
    walls.push(t.ms)
    cpus.push(t.cpuMs)
  }
  return { ms: median(walls), cpuMs: median(cpus) }
}

export const cpuNote = (t: { cpuMs: number }) => `CPU ${t.cpuMs.toFixed(0)} ms`

/** Peak resident memory of this process so far, in MB (Linux reports maxRSS in KB). */
export function peakRssMb(): number {
  return process.resourceUsage().maxRSS / 1024
}
