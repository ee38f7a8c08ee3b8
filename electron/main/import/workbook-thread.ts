// Workbooks are parsed in a worker thread with a heap limit: a hostile or huge file costs that
// thread, never main's event loop (the window and the local web host keep answering). From source
// (tests, the CLI under tsx) the worker loads workbook-worker.ts through tsx; in the built app it is
// dist/electron/workbook-worker/index.cjs, loaded with require so it also resolves inside app.asar.
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { Worker } from 'node:worker_threads'
import { err, ok, type Result } from '../../../core/api/result'
import type { SheetData } from '../../../core/import/sheet'

export type WorkerAnswer = { ok: true; sheets: SheetData[] } | { ok: false; refused: boolean; message: string }

const HEAP_LIMIT_MB = 1536
const UNREADABLE = '无法读取这个 .xlsx 工作簿：文件内容已损坏或含有无法识别的部分；请在 Excel 或 WPS 中打开，另存为 .xlsx 后重新导入'

/** `fn("arg")` as worker source; built by joining so the bundle holds no require/import call with a computed name. */
const call = (fn: string, arg: string) => [fn, '(', JSON.stringify(arg), ')'].join('')

function workerCode(): string {
  const here = import.meta.url
  if (here.endsWith('.ts')) {
    // From source: register tsx's loader in the worker, then load the TypeScript entry.
    const entry = new URL('./workbook-worker.ts', here).href
    return `${call('import', 'tsx/esm/api')}.then((m) => { m.register(); return ${call('import', entry)} })`
  }
  return call('require', join(dirname(fileURLToPath(here)), '..', 'workbook-worker', 'index.cjs'))
}

export function readWorkbookInWorker(bytes: Uint8Array): Promise<Result<SheetData[]>> {
  return new Promise((resolve) => {
    let settled = false
    const settle = (r: Result<SheetData[]>) => {
      if (settled) return
      settled = true
      resolve(r)
      void worker.terminate()
    }
    const worker = new Worker(workerCode(), { eval: true, workerData: { kind: 'workbook', bytes }, resourceLimits: { maxOldGenerationSizeMb: HEAP_LIMIT_MB } })
    worker.on('message', (a: WorkerAnswer) => {
      if (a.ok) settle(ok(a.sheets))
      else settle(a.refused ? err('INVALID_DOCUMENT', a.message) : err('INVALID_DOCUMENT', UNREADABLE, [a.message]))
    })
    worker.on('error', (e: Error & { code?: string }) => {
      settle(e.code === 'ERR_WORKER_OUT_OF_MEMORY' ? err('INVALID_DOCUMENT', '工作簿内容过多，读取时超出内存上限；请删除多余的内容或分成几个工作簿导入') : err('INVALID_DOCUMENT', UNREADABLE, [e.message]))
    })
    worker.on('exit', () => settle(err('INVALID_DOCUMENT', UNREADABLE)))
  })
}
