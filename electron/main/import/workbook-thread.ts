// Untrusted files (workbooks, last year's published PDF or .docx) are parsed in a worker thread with
// a heap limit and a time limit: a hostile or huge file costs that thread, never main's event loop
// (the window and the local web host keep answering), and a parse that runs too long is stopped, not
// left running in the background. In the built app the worker is dist/electron/workbook-worker/
// index.cjs, loaded with require so it also resolves inside app.asar. From source (tests, the CLI
// and the browser mode under tsx) workbook-worker.ts is bundled once per process with esbuild into
// node_modules/.cache and required the same way: a worker that compiled its TypeScript through tsx's
// loader thread was seen to stall for minutes on a busy machine.
import { createHash } from 'node:crypto'
import { existsSync, mkdirSync, renameSync, writeFileSync } from 'node:fs'
import { createRequire } from 'node:module'
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { Worker } from 'node:worker_threads'
import { err, ok, type Result } from '../../../core/api/result'
import type { SheetData } from '../../../core/import/sheet'
import type { PublishedFileLimits, PublishedTextResult } from './published/published-file'
import { WORKER_READY } from './worker-ready'

export type WorkerJob = { kind: 'workbook'; bytes: Uint8Array } | { kind: 'published'; bytes: Uint8Array; name: string; limits: PublishedFileLimits }
export type WorkerAnswer = { ok: true; sheets: SheetData[] } | { ok: false; refused: boolean; message: string }
export type PublishedWorkerAnswer = { ok: true; result: PublishedTextResult } | { ok: false; message: string }

const HEAP_LIMIT_MB = 1536
/** A workbook within the size limits parses in seconds; past this it is stopped. */
export const WORKBOOK_TIMEOUT_MS = 120_000
const UNREADABLE = '无法读取这个 .xlsx 工作簿：文件内容已损坏或含有无法识别的部分；请在 Excel 或 WPS 中打开，另存为 .xlsx 后重新导入'
const OUT_OF_MEMORY = 'ERR_WORKER_OUT_OF_MEMORY'

/** `fn("arg")` as worker source; built by joining so the bundle holds no require/import call with a computed name. */
const call = (fn: string, arg: string) => [fn, '(', JSON.stringify(arg), ')'].join('')

let sourceBundle: string | undefined

/**
 * From source: workbook-worker.ts and the project code it imports, bundled as CommonJS (packages
 * stay external) into node_modules/.cache, where require finds the packages. Named by its content,
 * written through a temp file and a rename, so processes running at once share it safely.
 */
function bundleFromSource(here: string): string {
  if (sourceBundle && existsSync(sourceBundle)) return sourceBundle
  type BuildSync = (o: Record<string, unknown>) => { outputFiles: Array<{ contents: Uint8Array }> }
  const { buildSync } = createRequire(here)('esbuild') as { buildSync: BuildSync }
  const entry = fileURLToPath(new URL('./workbook-worker.ts', here))
  const out = buildSync({ entryPoints: [entry], bundle: true, platform: 'node', format: 'cjs', packages: 'external', target: 'node20', write: false, logLevel: 'error' })
  const code = out.outputFiles[0]?.contents
  if (!code) throw new Error('esbuild wrote no worker bundle')
  const dir = join(fileURLToPath(new URL('../../../', here)), 'node_modules', '.cache', 'workbook-worker')
  const file = join(dir, `${createHash('sha256').update(code).digest('hex').slice(0, 16)}.cjs`)
  if (!existsSync(file)) {
    mkdirSync(dir, { recursive: true })
    const temp = `${file}.${process.pid}.tmp`
    writeFileSync(temp, code)
    renameSync(temp, file)
  }
  sourceBundle = file
  return file
}

function workerCode(): string {
  const here = import.meta.url
  if (here.endsWith('.ts')) return call('require', bundleFromSource(here))
  return call('require', join(dirname(fileURLToPath(here)), '..', 'workbook-worker', 'index.cjs'))
}

interface WorkerRun<A, R> {
  job: WorkerJob
  timeoutMs: number
  answered: (a: A) => R
  /** The worker died: out of memory (`outOfMemory`) or an error it did not catch. */
  failed: (outOfMemory: boolean, message?: string) => R
  timedOut: () => R
}

/**
 * A worker that has not loaded its code by then is stopped and started again, at most
 * WORKER_RESTARTS times (a worker loads its bundle in well under a second).
 */
export const WORKER_STARTUP_MS = 20_000
const WORKER_RESTARTS = 2

/**
 * Runs one job in a fresh worker; the worker is terminated once there is an answer or the time is
 * up. A worker that does not start within WORKER_STARTUP_MS is replaced, up to WORKER_RESTARTS
 * times (the time limit runs on).
 */
export function runInWorker<A, R>(run: WorkerRun<A, R>, startupMs = WORKER_STARTUP_MS): Promise<R> {
  return new Promise((resolve) => {
    let settled = false
    let worker: Worker
    const settle = (r: R) => {
      if (settled) return
      settled = true
      clearTimeout(timer)
      clearTimeout(startup)
      resolve(r)
      void worker.terminate()
    }
    let startup: ReturnType<typeof setTimeout> | undefined
    const start = (attempt: number) => {
      const w = new Worker(workerCode(), { eval: true, workerData: run.job, resourceLimits: { maxOldGenerationSizeMb: HEAP_LIMIT_MB } })
      worker = w
      const current = () => worker === w
      startup = setTimeout(() => {
        if (!current() || settled || attempt >= WORKER_RESTARTS) return
        void w.terminate()
        start(attempt + 1)
      }, startupMs)
      w.on('message', (a: A | typeof WORKER_READY) => {
        if (!current()) return
        if (a === WORKER_READY) clearTimeout(startup)
        else settle(run.answered(a))
      })
      w.on('error', (e: Error & { code?: string }) => current() && settle(run.failed(e.code === OUT_OF_MEMORY, e.message)))
      w.on('exit', () => current() && settle(run.failed(false)))
    }
    const timer = setTimeout(() => settle(run.timedOut()), run.timeoutMs)
    start(0)
  })
}

export function readWorkbookInWorker(bytes: Uint8Array, timeoutMs = WORKBOOK_TIMEOUT_MS): Promise<Result<SheetData[]>> {
  return runInWorker<WorkerAnswer, Result<SheetData[]>>({
    job: { kind: 'workbook', bytes },
    timeoutMs,
    answered: (a) => (a.ok ? ok(a.sheets) : a.refused ? err('INVALID_DOCUMENT', a.message) : err('INVALID_DOCUMENT', UNREADABLE, [a.message])),
    failed: (outOfMemory, message) => (outOfMemory ? err('INVALID_DOCUMENT', '工作簿内容过多，读取时超出内存上限；请删除多余的内容或分成几个工作簿导入') : err('INVALID_DOCUMENT', UNREADABLE, message ? [message] : [])),
    timedOut: () => err('INVALID_DOCUMENT', `读取工作簿超过${Math.max(1, Math.round(timeoutMs / 1000))}秒仍未完成，已停止：文件可能过大或已损坏；请删除多余的内容或分成几个工作簿导入`),
  })
}
